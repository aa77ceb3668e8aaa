import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { builtPages } from '../../src/integrations/built-site';
import type { Content } from '../content';

const isRedirect = (dist: string, page: string) =>
  readFileSync(join(dist, page.endsWith('/') ? `${page}index.html` : page), 'utf8').includes(
    '<meta http-equiv="refresh"',
  );

/**
 * Every page of a built site, as paths relative to the base path ("", "documents/x/", "404.html").
 * A moved URL's redirect page (redirects.json) is not a page of its own and is left out.
 */
export function pagesOf(dist: string): string[] {
  return builtPages(dist)
    .filter((page) => !isRedirect(dist, page))
    .map((page) => page.slice(1));
}

/** A path relative to the site's base, as an absolute URL path: "documents/x/" → "/corpus/documents/x/". */
export function sitePath(baseURL: string | undefined, path: string): string {
  return `${new URL(baseURL ?? 'http://localhost/').pathname}${path.replace(/^\//, '')}`;
}

/** The text of an element as a reader copies it: quotation marks included, copy-link controls and labels not. */
export async function readableText(page: Page, selector: string): Promise<string> {
  return page.locator(selector).evaluate((element) => {
    const copy = element.cloneNode(true) as HTMLElement;
    // Copy-link controls (the paragraph number in the margin, the ¶ marks) and the labels after
    // quotations ("Art. 4 →") are not the text.
    copy.querySelectorAll('[data-copy-link], .quote-label').forEach((control) => control.remove());
    return copy.textContent ?? '';
  });
}

/**
 * A few pages of each kind that between them show everything that kind of page can show: all of
 * them where there are few, else the first and last of each document, one with statements and one
 * whose label comes from public reporting. For sweeps too slow to run on every page of a large site.
 */
export function representativePages(content: Content): string[] {
  const provisions = content.documents.flatMap((d) => {
    const own = content.provisionsOf(d.id);
    return own.length <= 3 ? own : [own[0]!, own.at(-1)!];
  });
  const withStatements = content.provisions.find((p) =>
    content.articles.some((a) => a.statements.some((s) => s.about === p.id)),
  );
  const fromContext = content.provisions.find((p) => p.labelSource);
  const chosen = [...provisions, withStatements, fromContext].flatMap((p) => (p ? [p.path] : []));
  return [
    ...new Set([
      '',
      'search/',
      'about/',
      'corrections/',
      '404.html',
      ...content.documents.flatMap((d) =>
        content
          .unquotedOf(d)
          .slice(0, 1)
          .map((u) => u.path),
      ),
      ...content.articles.map((a) => a.path),
      ...content.documents.map((d) => d.path),
      ...chosen,
      ...content.timelines.map((t) => t.path),
    ]),
  ];
}

/** Words of a text, lower-cased: letters and digits only. */
export const wordsOf = (text: string): string[] => [...(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [])];
