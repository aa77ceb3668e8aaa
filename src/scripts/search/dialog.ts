import { connectSearch, noFilters } from './connect';
import { loadEngine } from './engine';

/**
 * The search dialog every page opens with "/", Ctrl/Cmd+K or the Search button. A native modal
 * <dialog>: it traps focus, closes on Esc or its Close button, and focus goes back to where the
 * reader was.
 */
let dialog: HTMLDialogElement | undefined;
let input: HTMLInputElement;
let returnTo: Element | null = null;

/** An element the code itself just created: missing means a bug, not a page to cope with. */
function part<T extends Element>(root: ParentNode, selector: string): T {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`search dialog: no ${selector}`);
  return found;
}

function build(searchPage: string): HTMLDialogElement {
  const element = document.createElement('dialog');
  element.className = 'search-dialog';
  element.setAttribute('aria-labelledby', 'search-dialog-label');
  element.innerHTML = `
    <div class="search-dialog-form" role="search">
      <div class="search-dialog-top">
        <label id="search-dialog-label" for="search-dialog-input">Search the site</label>
        <button type="button" class="button search-dialog-close">Close</button>
      </div>
      <input id="search-dialog-input" type="search" autocomplete="off" spellcheck="false" placeholder="Article 4, “hundred years”, …" />
      <p class="search-status" id="search-dialog-status" role="status" aria-live="polite"></p>
      <ul class="search-results" id="search-dialog-results" aria-label="Results" hidden></ul>
      <p class="search-dialog-help"><span class="key-hints"><kbd>↑</kbd> <kbd>↓</kbd> to move, <kbd>Enter</kbd> to open, <kbd>Esc</kbd> to close · </span><a class="search-dialog-more">Search with filters</a></p>
    </div>`;
  document.body.append(element);
  input = part<HTMLInputElement>(element, 'input');
  const run = connectSearch({
    input,
    listbox: part<HTMLElement>(element, 'ul'),
    status: part<HTMLElement>(element, '[role="status"]'),
  });
  const more = part<HTMLAnchorElement>(element, '.search-dialog-more');
  more.href = searchPage;
  input.addEventListener('input', () => {
    more.href = `${searchPage}?q=${encodeURIComponent(input.value)}`;
    void run(input.value, noFilters);
  });
  part<HTMLButtonElement>(element, '.search-dialog-close').addEventListener('click', () => element.close());
  element.addEventListener('close', () => {
    if (returnTo instanceof HTMLElement) returnTo.focus();
  });
  // A click on the backdrop (outside the box) closes the dialog.
  element.addEventListener('click', (event) => event.target === element && element.close());
  return element;
}

export function openSearchDialog(searchPage: string) {
  dialog ??= build(searchPage);
  if (dialog.open) return;
  // Opened by a key, the button was never pointed at: Pagefind loads while the reader types.
  void loadEngine().catch(() => {});
  returnTo = document.activeElement;
  dialog.showModal();
  input.focus();
  input.select();
}
