/**
 * On a page opened from a search result (?highlight=…), marks the searched words with Pagefind's
 * highlighter and scrolls the first one into view. Our own CSS styles the marks (the script's
 * injected styles are off, as the Content-Security-Policy allows no inline style), and marks add
 * no padding, so nothing on the page moves.
 */
export async function highlightSearchTerms() {
  const { default: PagefindHighlight } = await import(
    /* @vite-ignore */ `${import.meta.env.BASE_URL}pagefind/pagefind-highlight.js`
  );
  new PagefindHighlight({
    highlightParam: 'highlight',
    markContext: '[data-pagefind-body]',
    addStyles: false,
  });
  const first = document.querySelector('mark.pagefind-highlight');
  if (first && !location.hash) first.scrollIntoView({ block: 'center' });
}
