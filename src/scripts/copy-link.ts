/**
 * Copy-link controls and copy buttons. A `[data-copy-link]` link copies the absolute URL of its
 * target (resolved against the page's canonical URL) instead of navigating; a
 * `[data-copy-from="id"]` button copies the text of that element. Each says so in #copy-status.
 */
import { isoDate, LOCAL_ZONE, longDate } from '../lib/dates';

function announce(message: string) {
  const status = document.getElementById('copy-status');
  if (!status) return;
  status.textContent = '';
  // A fresh text node, so screen readers announce a repeat of the same message.
  requestAnimationFrame(() => (status.textContent = message));
}

async function copy(text: string, what: string) {
  try {
    await navigator.clipboard.writeText(text);
    announce(`${what} copied`);
  } catch {
    announce(`Could not copy the ${what.toLowerCase()}; your browser did not allow it.`);
  }
}

/** Today's date in the citation, as the reader's access date. */
function setAccessDates() {
  const today = new Date();
  const iso = isoDate(today, LOCAL_ZONE);
  const long = longDate(today, LOCAL_ZONE);
  document.querySelectorAll<HTMLTimeElement>('time[data-access-date]').forEach((time) => {
    time.dateTime = iso;
    time.textContent = time.dataset['accessDate'] === 'iso' ? iso : long;
  });
}

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * What a copied link is resolved against: the page's canonical URL, unless the site was built
 * without SITE_URL (canonical links on localhost) and the reader is elsewhere: then the address
 * the reader is actually on, so nobody is handed a link to their own computer.
 */
function permalinkBase(): string {
  const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href;
  if (!canonical) return location.href;
  const url = new URL(canonical);
  return LOCAL_HOSTS.has(url.hostname) && url.origin !== location.origin ? location.href : canonical;
}

export function installCopyLinks() {
  setAccessDates();
  document
    .querySelectorAll<HTMLButtonElement>('[data-copy-from]')
    .forEach((button) => (button.hidden = false));
  document.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target : null;
    const link = target?.closest<HTMLAnchorElement>('a[data-copy-link]');
    const button = target?.closest<HTMLButtonElement>('button[data-copy-from]');
    if (link) {
      event.preventDefault();
      void copy(new URL(link.getAttribute('href') ?? '', permalinkBase()).href, 'Link');
    } else if (button) {
      const source = document.getElementById(button.dataset['copyFrom'] ?? '');
      if (source) void copy(source.textContent ?? '', button.dataset['copyWhat'] ?? 'Text');
    }
  });
}
