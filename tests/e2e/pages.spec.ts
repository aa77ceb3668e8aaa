import { expect, test } from '@playwright/test';
import { readContent } from '../content';
import { checkSiteLinks } from '../site-links';
import { distDir, pagesOf, sitePath } from './helpers';

test('should reach every built page by following links from the home page, with no broken link or fragment', async ({
  baseURL,
}, testInfo) => {
  test.setTimeout(60_000);
  const { reached, broken } = await checkSiteLinks(baseURL!);
  expect(broken).toEqual([]);
  const built = pagesOf(distDir(testInfo))
    .filter((page) => page !== '404.html')
    .map((page) => sitePath(baseURL, page))
    .sort();
  expect(reached).toEqual(built);
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
