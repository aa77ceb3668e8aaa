import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page, TestInfo } from '@playwright/test';
import { e2eSites } from '../../scripts/lib/e2e-servers.mjs';
import { builtPages } from '../../src/integrations/built-site';

/** The built site each Playwright project serves (see playwright.config.ts). */
export function distDir(testInfo: TestInfo): string {
  const site = e2eSites().find((s) => s.name === testInfo.project.name);
  if (!site) throw new Error(`No e2e site for project ${testInfo.project.name}`);
  return resolve(import.meta.dirname, '../..', site.dir);
}

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

/** A path relative to the site's base, as an absolute URL path: "documents/x/" → "/treaty/documents/x/". */
export function sitePath(baseURL: string | undefined, path: string): string {
  return `${new URL(baseURL ?? 'http://localhost/').pathname}${path.replace(/^\//, '')}`;
}

export const ARTICLE = 'articles/2024-10-15-putin-proposes-ratification/';

/** The text of an element as a reader copies it: quotation marks included, copy-link controls not. */
export async function readableText(page: Page, selector: string): Promise<string> {
  return page.locator(selector).evaluate((element) => {
    const copy = element.cloneNode(true) as HTMLElement;
    // Copy-link controls (the paragraph number in the margin, the ¶ marks) are not the text.
    copy.querySelectorAll('[data-copy-link]').forEach((control) => control.remove());
    return copy.textContent ?? '';
  });
}
