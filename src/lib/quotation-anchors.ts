/**
 * Anchors for the quotations of an article, stable while their words and provision stay: the
 * quotation of a provision is "quote-<document>-<provision>", a statement "said-<first words>".
 * Assigned once per article (article-body.ts), so a provision quoted twice or two statements that
 * start alike still get anchors of their own ("…-2"), and text in any script gives a usable one.
 */

/** Lower-case words of any script joined by hyphens: "Exclusively defensive!" → "exclusively-defensive". */
function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '');
}

interface Quotation {
  kind: 'provision' | 'statement';
  text: string;
  provision?: string | undefined;
}

/** The anchors of an article's quotations, in reading order. */
export function quotationAnchors(quotations: Quotation[]): string[] {
  const taken = new Map<string, number>();
  return quotations.map((quotation, index) => {
    const words =
      quotation.kind === 'provision'
        ? slugify(quotation.provision ?? '')
        : slugify(quotation.text.split(/\s+/).slice(0, 6).join(' '));
    const base = `${quotation.kind === 'provision' ? 'quote' : 'said'}-${words || index + 1}`;
    const seen = (taken.get(base) ?? 0) + 1;
    taken.set(base, seen);
    return seen === 1 ? base : `${base}-${seen}`;
  });
}
