import { expect, test } from '@playwright/test';
import { readContent } from '../content';
import { distDir, pagesOf, sitePath } from './helpers';

/**
 * Walks the site from the home page by following links, the way a reader (or a crawler) would,
 * and checks every internal link and fragment on the way.
 */
async function crawl(request: import('@playwright/test').APIRequestContext, baseURL: string) {
  const base = new URL(baseURL);
  const seen = new Map<string, { status: number; ids: Set<string>; links: string[] }>();
  const queue = [base.href];
  while (queue.length > 0) {
    const url = queue.shift()!;
    if (seen.has(url)) continue;
    const response = await request.get(url);
    const html = response.ok() ? await response.text() : '';
    const ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
    const links = [...html.matchAll(/<a\s[^>]*href="([^"]+)"/g)].map((m) => new URL(m[1]!, url).href);
    seen.set(url, { status: response.status(), ids, links });
    for (const link of links) {
      const target = new URL(link);
      target.hash = '';
      // Pages only: the feed and other files are checked by their own tests.
      const isPage = target.pathname.endsWith('/') || target.pathname.endsWith('.html');
      if (isPage && target.origin === base.origin && target.pathname.startsWith(base.pathname))
        queue.push(target.href);
    }
  }
  return seen;
}

test('should reach every built page by following links from the home page, each answering 200', async ({
  request,
  baseURL,
}, testInfo) => {
  const pages = await crawl(request, baseURL!);
  const reached = [...pages.keys()].map((url) => new URL(url).pathname).sort();
  const built = pagesOf(distDir(testInfo))
    .filter((page) => page !== '404.html')
    .map((page) => sitePath(baseURL, page))
    .sort();
  expect(reached).toEqual(built);
  for (const [url, { status }] of pages) expect(status, url).toBe(200);
});

test('should have no broken internal link or fragment', async ({ request, baseURL }) => {
  test.setTimeout(60_000);
  const pages = await crawl(request, baseURL!);
  const broken: string[] = [];
  for (const [from, { links }] of pages) {
    for (const link of links) {
      const url = new URL(link);
      if (url.origin !== new URL(baseURL!).origin) continue;
      // "#p-6:~:text=…" names the element p-6; the rest is a text fragment for the browser.
      const fragment = decodeURIComponent(url.hash.slice(1).split(':~:')[0]!);
      url.hash = '';
      if (!url.pathname.endsWith('/') && !url.pathname.endsWith('.html')) {
        const response = await request.get(url.href);
        if (response.status() !== 200) broken.push(`${from} → ${link} (${response.status()})`);
        continue;
      }
      const target = pages.get(url.href);
      if (!target || target.status !== 200) broken.push(`${from} → ${link} (page missing)`);
      else if (fragment && !target.ids.has(fragment)) broken.push(`${from} → ${link} (no #${fragment})`);
    }
  }
  expect(broken).toEqual([]);
});

test('should show the 404 page, with search and the home page, for an unknown address', async ({
  page,
  baseURL,
}) => {
  const response = await page.goto('documents/no-such-thing/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page.getByRole('main').getByRole('link', { name: 'Search the site' })).toHaveAttribute(
    'href',
    sitePath(baseURL, 'search/'),
  );
  await page.getByRole('main').getByRole('link', { name: 'Go to the home page' }).click();
  await expect(page).toHaveURL(baseURL!);
});

test('should list every report and every provision on the home page, grouped by document', async ({
  page,
}) => {
  const content = readContent();
  await page.goto('');
  for (const document of content.documents) {
    const region = page.getByRole('region', { name: document.shortTitle });
    await expect(region.locator('.provisions > li > a')).toHaveText(
      content.provisionsOf(document.id).map((p) => p.heading),
    );
  }
  await expect(page.locator('.teaser h3')).toHaveText(content.articles.map((a) => a.title));
});
