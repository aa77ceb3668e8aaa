import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { publishedUrls } from '../../src/integrations/built-site';
import { ARTICLE, distDir, pagesOf, sitePath } from './helpers';

const manifest: string[] = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../../src/content/permalinks.json'), 'utf8'),
).urls;

test.describe('permalinks', () => {
  test('should resolve every URL in the permalink manifest', async ({ request }) => {
    const failures: string[] = [];
    for (const url of manifest) {
      const response = await request.get(url.slice(1));
      if (response.status() !== 200) failures.push(`${url} → ${response.status()}`);
    }
    expect(failures).toEqual([]);
  });

  test('should list every published URL in the manifest (run npm run permalinks if not)', async () => {
    const testInfo = test.info();
    expect(publishedUrls(distDir(testInfo)).filter((url: string) => !manifest.includes(url))).toEqual([]);
  });

  test('should give every page an absolute canonical URL that is its own address', async ({
    page,
    baseURL,
  }, testInfo) => {
    for (const path of pagesOf(distDir(testInfo)).filter((p) => p !== '404.html')) {
      await page.goto(path);
      const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
      expect(canonical, path).toBe(new URL(path, baseURL).href);
      await expect(page.locator('meta[property="og:url"]')).toHaveAttribute('content', canonical!);
    }
  });

  test('should send the form without a trailing slash to the one with it', async ({ page, baseURL }) => {
    await page.goto('documents/russia-dprk-treaty/article-4');
    expect(page.url()).toBe(new URL('documents/russia-dprk-treaty/article-4/', baseURL).href);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Article 4');
  });

  test('should land on and highlight the paragraph a link points to', async ({ page }) => {
    await page.goto(`${ARTICLE}#p-5`);
    const target = page.locator('#p-5');
    await expect(target).toBeInViewport();
    await expect(target).toContainText('exclusively defensive position');
    const background = await target.evaluate((el) => getComputedStyle(el).backgroundColor);
    const normal = await page.locator('#p-4').evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(background).not.toBe(normal);
  });

  test('should land on a quotation through its anchor', async ({ page }) => {
    await page.goto(`${ARTICLE}#quote-russia-dprk-treaty-article-5`);
    const quote = page.locator('#quote-russia-dprk-treaty-article-5');
    await expect(quote).toBeInViewport();
    await expect(quote).toHaveText('“threatens the sovereignty and security of the other party.”');
  });

  test('should link "read in context" to the paragraph with a text fragment for the quote', async ({
    page,
    baseURL,
  }) => {
    await page.goto('documents/russia-dprk-treaty/article-3/');
    const link = page.getByRole('link', { name: 'Read paragraph 6 in the report' });
    await expect(link).toHaveAttribute(
      'href',
      `${sitePath(baseURL, ARTICLE)}#p-6:~:text=agree%20on%20possible%20practical,in%20eliminating%20the%20threat.`,
    );
    await link.click();
    await expect(page.locator('#p-6')).toBeInViewport();
    expect(await page.evaluate(() => location.hash)).toBe('#p-6');
  });
});

test.describe('copy link', () => {
  test.beforeEach(async ({ context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: new URL(baseURL!).origin,
    });
  });

  test('should copy the absolute permalink of a paragraph and announce it', async ({ page, baseURL }) => {
    await page.goto(ARTICLE);
    const control = page.getByRole('link', { name: 'Paragraph 3: copy link' });
    await expect(control).toBeVisible();
    await expect(control).toHaveText('3');
    await control.click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      new URL(`${ARTICLE}#p-3`, baseURL).href,
    );
    await expect(page.locator('#copy-status')).toHaveText('Link copied');
    expect(page.url()).toBe(new URL(ARTICLE, baseURL).href);
  });

  test('should copy the permalink of a quotation, reached by keyboard', async ({ page, baseURL }) => {
    await page.goto(ARTICLE);
    const control = page.getByRole('link', { name: 'Copy link to the quotation of Article 4' });
    await control.focus();
    await expect(control).toHaveCSS('opacity', '1');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      new URL(`${ARTICLE}#quote-russia-dprk-treaty-article-4`, baseURL).href,
    );
  });

  test('should copy the page permalink next to the title', async ({ page, baseURL }) => {
    await page.goto('documents/russia-dprk-treaty/article-4/');
    await page.getByRole('link', { name: 'Copy link to this page' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      new URL('documents/russia-dprk-treaty/article-4/', baseURL).href,
    );
  });

  test('should be a plain link to the anchor without JavaScript', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL! });
    const page = await context.newPage();
    await page.goto(ARTICLE);
    await page.getByRole('link', { name: 'Paragraph 2: copy link' }).click();
    expect(page.url()).toBe(new URL(`${ARTICLE}#p-2`, baseURL).href);
    await context.close();
  });
});
