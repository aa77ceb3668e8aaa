import type { Hit } from './engine';

/**
 * The WAI-ARIA combobox pattern with a listbox popup: the input keeps focus, arrow keys move the
 * active option (aria-activedescendant), Enter opens it, and the number of results is announced.
 * Result text is only ever set as text; the excerpt's <mark> tags come from engine.safeExcerpt.
 */
export interface ComboboxParts {
  input: HTMLInputElement;
  listbox: HTMLElement;
  status: HTMLElement;
}

export interface Combobox {
  show(query: string, hits: Hit[]): void;
}

function el(tag: string, className: string, text?: string): HTMLElement {
  const element = document.createElement(tag);
  element.className = className;
  if (text !== undefined) element.textContent = text;
  return element;
}

export function createCombobox({ input, listbox, status }: ComboboxParts): Combobox {
  let hits: Hit[] = [];
  let active = -1;
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-controls', listbox.id);
  input.setAttribute('aria-expanded', 'false');
  listbox.setAttribute('role', 'listbox');

  const options = () => [...listbox.querySelectorAll<HTMLElement>('[role="option"]')];
  const open = (index: number) => {
    const hit = hits[index];
    if (hit) location.assign(hit.url);
  };
  const activate = (index: number) => {
    active = index;
    options().forEach((option, i) => option.setAttribute('aria-selected', String(i === index)));
    const current = options()[index];
    if (current) {
      input.setAttribute('aria-activedescendant', current.id);
      current.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  };

  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (hits.length === 0) return;
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      activate((active + step + hits.length) % hits.length);
    } else if (event.key === 'Enter' && hits.length > 0) {
      event.preventDefault();
      open(Math.max(active, 0));
    }
  });

  return {
    show(query, found) {
      hits = found;
      listbox.replaceChildren(
        ...found.map((hit, i) => {
          const option = el('li', 'search-hit');
          option.id = `${listbox.id}-${i}`;
          option.setAttribute('role', 'option');
          option.setAttribute('aria-selected', 'false');
          const excerpt = el('span', 'search-hit-excerpt');
          excerpt.innerHTML = hit.excerpt;
          option.append(
            el('span', 'search-hit-title', hit.title),
            el('span', 'search-hit-context', hit.context),
            excerpt,
          );
          option.addEventListener('click', () => open(i));
          option.addEventListener('pointermove', () => active !== i && activate(i));
          return option;
        }),
      );
      active = -1;
      input.removeAttribute('aria-activedescendant');
      input.setAttribute('aria-expanded', String(found.length > 0));
      listbox.hidden = found.length === 0;
      status.textContent = query.trim()
        ? `${found.length === 0 ? 'No' : found.length} result${found.length === 1 ? '' : 's'} for “${query.trim()}”`
        : '';
    },
  };
}
