/**
 * The only script every page runs before interaction. It waits for the reader to ask for search
 * (the Search link, Ctrl/Cmd+K or "/") and only then loads Pagefind's Component UI from the
 * bundle path the page declares, so the search costs nothing until it is used. The URL is built
 * at run time: a static import would make the bundler try to resolve Pagefind at build time.
 */
let loading: Promise<void> | undefined;

function loadComponentUi(bundle: string, base: string): Promise<void> {
  loading ??= new Promise<void>((resolve, reject) => {
    const css = document.createElement('link');
    css.rel = 'stylesheet';
    css.href = `${bundle}pagefind-component-ui.css`;
    const script = document.createElement('script');
    script.type = 'module';
    script.src = `${bundle}pagefind-component-ui.js`;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error('Search could not be loaded'));
    document.head.append(css, script);
    const config = document.createElement('pagefind-config');
    config.setAttribute('bundle-path', bundle);
    config.setAttribute('base-url', base);
    document.body.append(config);
  });
  return loading;
}

async function openModal(bundle: string, base: string) {
  await loadComponentUi(bundle, base);
  let modal = document.querySelector<HTMLElement & { open(): void }>('pagefind-modal');
  if (!modal) {
    modal = document.createElement('pagefind-modal') as HTMLElement & { open(): void };
    document.body.append(modal);
    await customElements.whenDefined('pagefind-modal');
    await new Promise(requestAnimationFrame);
  }
  modal.open();
}

function isTyping(target: EventTarget | null) {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
  );
}

export function installSearchLoader() {
  const trigger = document.querySelector<HTMLAnchorElement>('[data-search-open]');
  const bundle = trigger?.dataset['bundle'];
  const base = trigger?.dataset['base'];
  if (!trigger || !bundle || !base) return;
  trigger.setAttribute('role', 'button');
  trigger.addEventListener('click', (event) => {
    event.preventDefault();
    void openModal(bundle, base);
  });
  document.addEventListener('keydown', (event) => {
    const shortcut =
      (event.key === 'k' && (event.ctrlKey || event.metaKey)) ||
      (event.key === '/' && !isTyping(event.target));
    if (!shortcut || document.querySelector('pagefind-modal dialog[open]')) return;
    event.preventDefault();
    void openModal(bundle, base);
  });
  document.querySelectorAll<HTMLElement>('[data-search-nojs]').forEach((note) => (note.hidden = true));
  const inline = document.querySelector<HTMLElement>('[data-search-inline]');
  if (inline) void loadComponentUi(bundle, base);
}
