import { checkSiteLinks } from '../site-links';
import { expect, test } from './fixtures';
import { pagesOf, sitePath } from './helpers';

test('should reach every built page by following links from the home page, with no broken link or fragment', async ({
  baseURL,
  dist,
}) => {
  test.setTimeout(120_000);
  const { reached, broken } = await checkSiteLinks(baseURL!);
  expect(broken).toEqual([]);
  const built = pagesOf(dist)
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
  content,
}) => {
  await page.goto('');
  for (const document of content.documents) {
    const region = page.getByRole('region', { name: document.shortTitle });
    await expect(region.locator('.provisions > li > a')).toHaveText(
      content.provisionsOf(document.id).map((p) => p.heading),
    );
  }
  await expect(page.locator('.teaser h3')).toHaveText(content.articles.map((a) => a.title));
});

test('should send a moved page’s old address on to the new one, keeping the query and fragment', async ({
  page,
  content,
  baseURL,
}) => {
  for (const { from, to } of content.redirects) {
    await page.goto(`${from}?from=chat#main`);
    await page.waitForURL(new URL(`${to}?from=chat#main`, baseURL).href);
  }
});
