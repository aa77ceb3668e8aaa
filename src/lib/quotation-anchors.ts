/** Anchors for quotations inside an article, stable while their words and provision stay. */

const slugify = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** "russia-dprk-treaty/article-4" → "quote-russia-dprk-treaty-article-4". */
export const provisionQuoteId = (provisionId: string): string => `quote-${slugify(provisionId)}`;

/** A statement's anchor from its first words: "exclusively defensive position." → "said-exclusively-defensive-position". */
export const statementId = (text: string): string =>
  `said-${slugify(text.split(/\s+/).slice(0, 6).join(' '))}`;
