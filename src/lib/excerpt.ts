/**
 * Where a quoted excerpt starts or ends inside its provision, as far as its own words show it:
 * a quotation that starts in lower case begins mid-sentence, and one that ends on a comma, a
 * colon or without a full stop stops mid-sentence. There the page shows an ellipsis, so no one
 * takes a fragment for the whole provision.
 */
export function excerptEllipses(quote: string): { before: string; after: string } {
  const text = quote.trim();
  const startsMid = /^\p{Ll}/u.test(text);
  const endsMid = !/[.!?]["”’]?$/.test(text);
  return { before: startsMid ? '…\u2009' : '', after: endsMid ? '\u2009…' : '' };
}
