/**
 * The search part of the page script. It waits for the reader to ask for search (the Search link,
 * Ctrl/Cmd+K or "/") and only then loads the search code and Pagefind, so search costs nothing
 * until it is used. Pagefind's URLs are built at run time: a static import would make the bundler
 * try to resolve them at build time.
 */
function isTyping(target: EventTarget | null) {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
  );
}

export function installSearchLoader() {
  const trigger = document.querySelector<HTMLAnchorElement>('[data-search-open]');
  if (!trigger) return;
  const open = () => import('./search').then((m) => m.openSearchDialog(trigger.href));

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

  document.querySelectorAll<HTMLElement>('[data-search-nojs]').forEach((note) => (note.textContent = ''));
  const form = document.querySelector<HTMLFormElement>('form[data-search-page]');
  if (form) {
    void import('./search').then((m) => m.startSearchPage(form));
  }
  if (new URLSearchParams(location.search).has('highlight')) {
    void import('./search/highlight').then((m) => m.highlightSearchTerms());
  }
}
