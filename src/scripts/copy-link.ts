/**
 * Copy-link controls, copy buttons and the Share button. A `[data-copy-link]` link copies the
 * absolute URL of its target instead of navigating; a `[data-copy-from="id"]` button copies the
 * text of that element; `[data-share]` hands the page to the system's share sheet where there is
 * one. Each says it worked, on screen ("Copied", for a moment) and in #copy-status; a copied link
 * also stands in the address bar.
 */
import { isoDate, LOCAL_ZONE, longDate } from '../lib/dates';

function announce(message: string) {
  const status = document.getElementById('copy-status');
  if (!status) return;
  status.textContent = '';
  // A fresh text node, so screen readers announce a repeat of the same message.
  requestAnimationFrame(() => (status.textContent = message));
}

async function copy(text: string, what: string, control: HTMLElement) {
  try {
    await navigator.clipboard.writeText(text);
    announce(`${what} copied`);
    control.dataset['copied'] = '';
    setTimeout(() => delete control.dataset['copied'], 2000);
  } catch {
    announce(`${what} not copied: the browser did not allow it.`);
  }
}

/** Today's date in the citation, as the reader's access date: one calendar day, the reader's. */
function setAccessDates() {
  const today = new Date();
  const iso = isoDate(today, LOCAL_ZONE);
  const long = longDate(today, LOCAL_ZONE);
  document.querySelectorAll<HTMLTimeElement>('time[data-access-date]').forEach((time) => {
    time.dateTime = iso;
    time.textContent = time.dataset['accessDate'] === 'iso' ? iso : long;
  });
}

const LOCAL_HOSTS = /^(localhost|127\.0\.0\.1)$/;

/**
 * What a copied link is resolved against: the page's canonical URL, unless the site was built
 * without SITE_URL (canonical links on localhost) and the reader is elsewhere: then the address
 * the reader is actually on, so nobody is handed a link to their own computer.
 */
function permalinkBase(): string {
  const canonical = new URL(
    document.querySelector<HTMLLinkElement>('link[rel=canonical]')?.href ?? location.href,
  );
  return LOCAL_HOSTS.test(canonical.hostname) && canonical.origin !== location.origin
    ? location.href
    : canonical.href;
}

export function installCopyLinks() {
  setAccessDates();
  document
    .querySelectorAll<HTMLButtonElement>('[data-copy-from]')
    .forEach((button) => (button.hidden = false));
  if ('share' in navigator) {
    document.querySelectorAll<HTMLButtonElement>('[data-share]').forEach((button) => (button.hidden = false));
  }
  document.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target : null;
    const link = target?.closest<HTMLAnchorElement>('a[data-copy-link]');
    const button = target?.closest<HTMLButtonElement>('button[data-copy-from]');
    if (link) {
      event.preventDefault();
      const href = link.getAttribute('href') ?? '';
      void copy(new URL(href, permalinkBase()).href, 'Link', link);
      // The address bar shows the link just copied, as a reader who copies from it expects.
      history.replaceState(history.state, '', new URL(href, location.href));
    } else if (button) {
      const source = document.getElementById(button.dataset['copyFrom'] ?? '');
      if (source) void copy(source.textContent ?? '', button.dataset['copyWhat'] ?? 'Text', button);
    } else if (target?.closest('[data-share]')) {
      navigator.share({ title: document.title, url: permalinkBase() }).catch(() => undefined);
    }
  });
  // On paper a link shows where it goes: its full address, not a path on this site, without a
  // text fragment (#:~:text=…, encoded words that only a browser follows), and in its own letters
  // (Cyrillic, not %D0%B3…). Every address content gives decodes (src/lib/web-address.ts).
  addEventListener('beforeprint', () =>
    document.querySelectorAll<HTMLAnchorElement>('main a[href^="http"], main a[href^="/"]').forEach((a) => {
      a.dataset['printHref'] = decodeURI(a.href.replace(/#?:~:.*/, ''));
    }),
  );
}
