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
      const canonical =
        document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href ?? location.href;
      void copy(new URL(link.getAttribute('href') ?? '', canonical).href, 'Link');
    } else if (button) {
      const source = document.getElementById(button.dataset['copyFrom'] ?? '');
      if (source) void copy(source.textContent ?? '', button.dataset['copyWhat'] ?? 'Text');
    }
  });
}
