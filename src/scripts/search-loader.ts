/**
 * The search part of the page script. Nothing of search is fetched until a reader reaches for it:
 * pointing at or focusing the Search button starts loading the search code and Pagefind, so
 * results come sooner; the button, Ctrl/Cmd+K or "/" opens the dialog. Pagefind's URLs are built
 * at run time: a static import would make the bundler try to resolve them at build time.
 */
function isTyping(target: EventTarget | null) {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
  );
}

const searchCode = () => import('./search');

export function installSearchLoader() {
  const trigger = document.querySelector<HTMLAnchorElement>('[data-search-open]');
  if (!trigger) return;
  const open = () => searchCode().then((m) => m.openSearchDialog(trigger.href));
  const warm = () => void searchCode().then((m) => m.loadEngine());
  // A pointer event comes before a tap too, so touch screens warm up as well.
  for (const intent of ['pointerenter', 'focus']) trigger.addEventListener(intent, warm, { once: true });

  // The shortcut as this reader types it (a touch screen shows none: see search.css).
  const hint = trigger.querySelector('kbd');
  if (hint && /Mac|iPhone|iPad/.test(navigator.platform)) hint.textContent = '⌘K';

  trigger.setAttribute('role', 'button');
  trigger.addEventListener('click', (event) => {
    event.preventDefault();
    void open();
  });
  document.addEventListener('keydown', (event) => {
    const shortcut =
      (event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey)) ||
      (event.key === '/' && !isTyping(event.target));
    if (!shortcut || document.querySelector('dialog.search-dialog[open]')) return;
    event.preventDefault();
    void open();
  });

  const form = document.querySelector<HTMLFormElement>('form[data-search-page]');
  if (form) void searchCode().then((m) => m.startSearchPage(form));
  // A page opened from a search result marks the words searched for (in the search code, which
  // the reader who searched has loaded already).
  if (new URLSearchParams(location.search).has('highlight'))
    void searchCode().then((m) => m.highlightSearchTerms());
}
