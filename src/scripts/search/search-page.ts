import type { SearchFilters } from './engine';
import { connectSearch } from './connect';

/**
 * The search page, /search/?q=…&kind=…&document=…&speaker=…: it runs the search in its address on
 * load, and keeps the address in step with the form (replacing, not adding, history entries), so
 * a search can be shared, reloaded and returned to with the back button.
 */
export function startSearchPage(form: HTMLFormElement) {
  const input = form.elements.namedItem('q') as HTMLInputElement;
  const listbox = form.querySelector<HTMLElement>('[data-search-results]');
  const status = form.querySelector<HTMLElement>('[data-search-status]');
  if (!listbox || !status) return;
  // Until now it said that search needs JavaScript.
  status.textContent = '';
  const run = connectSearch({ input, listbox, status, pattern: 'links' });

  const fromAddress = new URLSearchParams(location.search);
  // A reader may have typed before this code arrived: what they typed wins over the address.
  const typed = input.value !== '';
  if (!typed) input.value = fromAddress.get('q') ?? '';
  const kinds = fromAddress.getAll('kind');
  form
    .querySelectorAll<HTMLInputElement>('input[name="kind"]')
    .forEach((box) => (box.checked = kinds.includes(box.value)));
  for (const name of ['document', 'speaker']) {
    const select = form.elements.namedItem(name) as HTMLSelectElement;
    select.value = fromAddress.get(name) ?? '';
  }

  const current = (): SearchFilters => {
    const data = new FormData(form);
    return {
      kind: data.getAll('kind').map(String),
      document: String(data.get('document') ?? ''),
      speaker: String(data.get('speaker') ?? ''),
    };
  };
  const update = () => {
    const data = new FormData(form);
    const params = new URLSearchParams();
    for (const [key, value] of data) if (value) params.append(key, String(value));
    const query = params.toString();
    history.replaceState(null, '', query ? `?${query}` : location.pathname);
    void run(input.value, current());
  };
  form.addEventListener('input', update);
  // Filters report on change; the search box has reported every keystroke already, and its
  // change on losing focus (to a result being clicked) must not redraw the results under the click.
  form.addEventListener('change', (event) => event.target !== input && update());
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    update();
  });
  const filtered = (f: SearchFilters) => f.kind.length > 0 || Boolean(f.document || f.speaker);
  const disclosure = form.querySelector<HTMLDetailsElement>('[data-search-filters]');
  if (disclosure && filtered(current())) disclosure.open = true;
  // Words, or a filter alone: the page lists what the filter selects.
  if (typed) update();
  else if (input.value || filtered(current())) void run(input.value, current());
  input.focus();
}
