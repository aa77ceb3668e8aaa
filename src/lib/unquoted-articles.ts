import type { DocumentModel } from './model';
import { href, provisionPath, provisionSlug } from './permalinks';

/**
 * The articles of a document that no report quotes, where the document's number of articles is
 * known (articleCount). Each gets a page at the address its quoted neighbours' pattern gives it
 * (/documents/<document>/article-<n>/), so a reader who types or shares that address learns that
 * the reports do not quote it, and where the whole document can be read, instead of a bare 404.
 */
export interface UnquotedArticle {
  document: DocumentModel;
  number: number;
  slug: string;
  path: string;
  href: string;
}

const ARTICLE_LABEL = /^Article (\d+)$/;

/**
 * The numbers from 1 to `count` that no provision of the document has, by its label ("Article 6")
 * or by its file name (article-6): from the content's own fields, so the content checks and the
 * pages agree on which pages there are.
 */
export function unquotedNumbers(count: number, provisions: { id: string; label: string }[]): number[] {
  const numbers = new Set(provisions.map((p) => Number(ARTICLE_LABEL.exec(p.label)?.[1])));
  const slugs = new Set(provisions.map((p) => provisionSlug(p.id)));
  return Array.from({ length: count }, (_, i) => i + 1).filter(
    (n) => !numbers.has(n) && !slugs.has(`article-${n}`),
  );
}

/** The site path of the page of an unquoted article. */
export const unquotedPath = (documentId: string, number: number): string =>
  provisionPath(documentId, `${documentId}/article-${number}`);

export function unquotedArticles(document: DocumentModel): UnquotedArticle[] {
  const provisions = document.provisions.map((p) => ({ id: p.id, label: p.data.label }));
  return unquotedNumbers(document.data.articleCount?.count ?? 0, provisions).map((number) => {
    const path = unquotedPath(document.id, number);
    return { document, number, slug: `article-${number}`, path, href: href(path) };
  });
}
