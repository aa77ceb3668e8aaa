import { expect, test, type Page } from '@playwright/test';
import { sitePath } from './site';

async function search(page: Page, query: string) {
  await page.getByRole('button', { name: 'Search' }).click();
  const input = page.locator('pagefind-modal input');
  await expect(input).toBeFocused();
  await input.fill(query);
  return page.locator('pagefind-modal pagefind-results');
}

test.describe('site search', () => {
  test('should list the Article 4 page for "Article 51" and open it on click', async ({ page, baseURL }) => {
    await page.goto('');
    const results = await search(page, 'Article 51');
    const hit = results.getByRole('link', { name: /Article 4: Military assistance/ });
    await expect(hit).toBeVisible();
    await hit.click();
    await expect(page).toHaveURL(
      new RegExp(`${sitePath(baseURL, 'documents/russia-dprk-treaty/article-4/')}$`),
    );
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Article 4');
  });

  test('should list the article for "hundred years"', async ({ page, baseURL }) => {
    await page.goto('documents/russia-dprk-treaty/');
    const results = await search(page, 'hundred years');
    const hit = results.getByRole('link', { name: /Putin proposes to ratify/ });
    await expect(hit).toBeVisible();
    await hit.click();
    await expect(page).toHaveURL(
      new RegExp(sitePath(baseURL, 'articles/2024-10-15-putin-proposes-ratification/')),
    );
  });

  test('should index page content, not navigation or footers', async ({ page }) => {
    await page.goto('');
    const results = await search(page, 'reproduced');
    await expect(page.locator('pagefind-modal pagefind-summary')).toContainText(/No results|0 results/i);
    await expect(results.getByRole('link')).toHaveCount(0);
  });

  test('should open with Ctrl+K and fetch nothing of search before that', async ({ page }) => {
    const fetched: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/pagefind/')) fetched.push(request.url());
    });
    await page.goto('documents/russia-dprk-treaty/article-4/');
    await page.waitForLoadState('networkidle');
    expect(fetched).toEqual([]);
    await page.keyboard.press('Control+k');
    await expect(page.locator('pagefind-modal input')).toBeFocused();
    expect(fetched.some((url) => url.endsWith('pagefind-component-ui.js'))).toBe(true);
  });
});

test.describe('the search page', () => {
  test('should search from its own box', async ({ page }) => {
    await page.goto('search/');
    await expect(page.getByText('Search needs JavaScript.')).toBeHidden();
    const input = page.locator('.search-page pagefind-input input');
    await input.fill('Article 51');
    await expect(
      page.locator('.search-page pagefind-results').getByRole('link', { name: /Article 4:/ }),
    ).toBeVisible();
  });

  test('should say that search needs JavaScript, and list every page, when JavaScript is off', async ({
    browser,
    baseURL,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL! });
    const page = await context.newPage();
    await page.goto('search/');
    await expect(page.getByText('Search needs JavaScript.')).toBeVisible();
    await expect(page.getByRole('main').getByRole('link', { name: /Article 4:/ })).toBeVisible();
    await context.close();
  });
});
