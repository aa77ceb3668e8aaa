/**
 * The markup of a copy-link control, in one place: the ¶ after a title or a quotation
 * (CopyLink.astro) and the paragraph numbers an article's margin shows (paragraph-links.ts).
 * Without JavaScript it is a plain link to the anchor; the page script copies its absolute URL.
 */
export function copyLinkAttributes(href: string, label: string, className: string): Record<string, string> {
  return {
    class: className,
    href,
    'aria-label': label,
    'data-copy-link': '',
    'data-pagefind-ignore': '',
  };
}
