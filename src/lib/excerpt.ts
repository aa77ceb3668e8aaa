/**
 * Where a quoted excerpt starts or ends inside its provision, as far as its own words show it: a
 * quotation that starts in lower case begins mid-sentence, and one that ends on a letter or digit,
 * with no punctuation at all, stops mid-sentence. There the page shows an ellipsis, so no one
 * takes a fragment for the whole provision. A closing comma, colon or semicolon says nothing: in
 * a report it is often the report's own punctuation (`…,” the article reads`), and the provision
 * may well end there.
 */
export function excerptEllipses(quote: string): { before: string; after: string } {
  const text = quote.trim();
  const startsMid = /^\p{Ll}/u.test(text);
  const endsMid = /[\p{L}\p{N}]$/u.test(text);
  return { before: startsMid ? '…\u2009' : '', after: endsMid ? '\u2009…' : '' };
}
