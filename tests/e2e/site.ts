import { readdirSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { Page, TestInfo } from '@playwright/test';

/** The built site each Playwright project serves (see playwright.config.ts). */
export function distDir(testInfo: TestInfo): string {
  return resolve(import.meta.dirname, '../..', testInfo.project.name === 'subpath' ? 'dist-subpath' : 'dist');
}

/** Every page of a built site, as paths relative to the base path ("", "documents/x/", "404.html"). */
export function builtPages(dist: string): string[] {
  return readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => relative(dist, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .filter((file) => !file.startsWith('pagefind/'))
    .map((file) => (file.endsWith('index.html') ? file.slice(0, -'index.html'.length) : file))
    .sort();
}

/** A path relative to the site's base, as an absolute URL path: "documents/x/" → "/treaty/documents/x/". */
export function sitePath(baseURL: string | undefined, path: string): string {
  return `${new URL(baseURL ?? 'http://localhost/').pathname}${path.replace(/^\//, '')}`;
}

export const ARTICLE = 'articles/2024-10-15-putin-proposes-ratification/';

/** The text of an element as a reader sees it, with the quotation marks `<q>` draws put back. */
export async function readableText(page: Page, selector: string): Promise<string> {
  return page.locator(selector).evaluate((element) => {
    const copy = element.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('q').forEach((q) => {
      const nested = q.parentElement?.closest('q');
      q.prepend(nested ? '‘' : '“');
      q.append(nested ? '’' : '”');
    });
    return copy.textContent ?? '';
  });
}
