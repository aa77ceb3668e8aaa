/**
 * A link to a paragraph that also asks the browser to highlight the quoted words (a URL text
 * fragment, https://wicg.github.io/scroll-to-text-fragment/). Browsers without support scroll to
 * the paragraph anchor and ignore the rest.
 */
const encode = (text: string) => encodeURIComponent(text).replace(/-/g, '%2D');

export function textFragmentHref(paragraphHref: string, quote: string, wordsEachEnd = 4): string {
  const words = quote.trim().split(/\s+/);
  const directive =
    words.length <= wordsEachEnd * 2
      ? encode(words.join(' '))
      : `${encode(words.slice(0, wordsEachEnd).join(' '))},${encode(words.slice(-wordsEachEnd).join(' '))}`;
  return `${paragraphHref}:~:text=${directive}`;
}
