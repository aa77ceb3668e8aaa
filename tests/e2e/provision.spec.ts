import { expect, test } from '@playwright/test';
import { ARTICLE, sitePath } from './helpers';

const ARTICLE_4 = 'documents/russia-dprk-treaty/article-4/';

test.describe('a provision page', () => {
  test('should show the quoted words with document and label, and breadcrumbs', async ({ page, baseURL }) => {
    await page.goto(ARTICLE_4);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Article 4: Military assistance in case of an armed attack',
    );
    await expect(page.locator('.provision-figure blockquote')).toContainText(
      'in accordance with Article 51 of the UN Charter',
    );
    await expect(page.locator('.provision-figure figcaption')).toContainText(
      'Article 4, Comprehensive Strategic Partnership Treaty',
    );
    const crumbs = page.getByRole('navigation', { name: 'Breadcrumbs' }).getByRole('link');
    await expect(crumbs).toHaveText(['Home', 'Russia–DPRK Treaty (2024)', 'Article 4']);
    await expect(crumbs.nth(1)).toHaveAttribute('href', sitePath(baseURL, 'documents/russia-dprk-treaty/'));
    await expect(crumbs.nth(2)).toHaveAttribute('aria-current', 'page');
  });

  test('should mark the quote inside the article paragraph and link back to exactly that paragraph', async ({
    page,
    baseURL,
  }) => {
    await page.goto(ARTICLE_4);
    await expect(page.locator('.quotation mark')).toContainText(
      'If one of the parties finds itself in a state of war',
    );
    await expect(page.locator('.quotation')).toContainText('the article reads.');
    const back = page.getByRole('link', { name: 'Read this paragraph in the article' });
    await expect(back).toHaveAttribute('href', new RegExp(`^${sitePath(baseURL, ARTICLE)}#p-4:~:text=`));
    await back.click();
    await expect(page.locator('#p-4')).toBeInViewport();
    await expect(page.locator('#p-4')).toContainText('the article reads.');
  });

  test('should show the statements the article attaches to it', async ({ page }) => {
    await page.goto(ARTICLE_4);
    const statements = page.locator('.statements');
    await expect(statements).toContainText('exclusively defensive position.');
    await expect(statements).toContainText('Russian Ministry of Foreign Affairs, quoted in');
    await expect(statements).toContainText('The DPRK called Article 4 of the agreement key');
  });

  test('should cite the public source of a number the article does not give', async ({ page }) => {
    await page.goto('documents/russia-dprk-treaty/article-3/');
    await expect(page.locator('.sources')).toContainText('is not in the article');
    await expect(page.locator('.sources a').first()).toHaveAttribute('href', /^https:\/\/kcnawatch\.org\//);
  });

  test('should link to the previous and next provision of the same document', async ({ page }) => {
    await page.goto(ARTICLE_4);
    const nav = page.getByRole('navigation', { name: 'Previous and next provision' });
    await nav.getByRole('link', { name: /Next.*Article 5/ }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Article 5');
    await page.getByRole('link', { name: /Previous.*Article 4/ }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Article 4');
  });

  test('should list the document’s metadata and quoted provisions on the document page', async ({ page }) => {
    await page.goto('documents/russia-dprk-treaty/');
    await expect(page.locator('dl')).toContainText('Pyongyang');
    await expect(page.locator('time[datetime="2024-06-19"]')).toBeVisible();
    await expect(page.locator('.provisions li')).toHaveCount(4);
    await expect(page.locator('.statements')).toContainText('grandiose and great initiative');
    await expect(page.locator('.context').first()).toContainText('Context, not from the report');
  });
});
