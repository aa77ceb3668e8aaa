import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { publishedUrls } from '../../src/integrations/built-site';
import { expect, test } from './fixtures';
import { pagesOf } from './helpers';

/** The anchor of a provision's first quotation on a report page: "quote-<document>-<name>". */
const quoteAnchor = (id: string) => `quote-${id.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-')}`;

test.describe('permalinks', () => {
  test('should resolve every URL in the permalink manifest, and list every URL the build published', async ({
    request,
    content,
    dist,
  }) => {
    const manifest: string[] = JSON.parse(
      readFileSync(join(content.contentDir, 'permalinks.json'), 'utf8'),
    ).urls;
    const failures: string[] = [];
    for (const url of manifest) {
      const response = await request.get(url.slice(1));
      if (response.status() !== 200) failures.push(`${url} → ${response.status()}`);
    }
    expect(failures).toEqual([]);
    expect(
      publishedUrls(dist).filter((url) => !manifest.includes(url)),
      'run npm run permalinks',
    ).toEqual([]);
  });

  test('should give every page an absolute canonical URL that is its own address', async ({
    page,
    baseURL,
    dist,
  }) => {
    test.setTimeout(120_000);
    for (const path of pagesOf(dist).filter((p) => p !== '404.html')) {
      await page.goto(path);
      const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
      expect(canonical, path).toBe(new URL(path, baseURL).href);
      await expect(page.locator('meta[property="og:url"]')).toHaveAttribute('content', canonical!);
    }
  });

  test('should send the form without a trailing slash to the one with it', async ({
    page,
    baseURL,
    content,
  }) => {
    const provision = content.provisions[0]!;
    await page.goto(provision.path.replace(/\/$/, ''));
    expect(page.url()).toBe(new URL(provision.path, baseURL).href);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(provision.heading);
  });

  test('should land on and highlight the paragraph a link points to', async ({ page, content }) => {
    const article = content.articles[0]!;
    await page.goto(`${article.path}#p-2`);
    const target = page.locator('#p-2');
    await expect(target).toBeInViewport();
    const background = await target.evaluate((el) => getComputedStyle(el).backgroundColor);
    const normal = await page.locator('#p-1').evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(background).not.toBe(normal);
  });

  test('should land on a quotation through its anchor', async ({ page, content }) => {
    const article = content.articles[0]!;
    const provision = content.provisions.find((p) => p.id === article.quoted.at(-1))!;
    const anchor = quoteAnchor(provision.id);
    await page.goto(`${article.path}#${anchor}`);
    const quote = page.locator(`#${anchor}`);
    await expect(quote).toBeInViewport();
    await expect(quote).toHaveText(`“${provision.quote}”`);
  });

  test('should link "read in context" to the paragraph, with a text fragment of the quote', async ({
    page,
    content,
  }) => {
    const provision =
      content.provisions.find((p) => p.quote.split(/\s+/).length > 8) ?? content.provisions[0]!;
    await page.goto(provision.path);
    const link = page.getByRole('link', { name: /^Read paragraph \d+ in the report$/ }).first();
    const href = (await link.getAttribute('href'))!;
    const [, paragraph, directive] = /#(p-\d+):~:text=(.+)$/.exec(href)!;
    const words = provision.quote.trim().split(/\s+/);
    expect(decodeURIComponent(directive!.split(',')[0]!)).toBe(
      words.slice(0, Math.min(4, words.length)).join(' '),
    );
    await link.click();
    await expect(page.locator(`#${paragraph}`)).toBeInViewport();
    expect(await page.evaluate(() => location.hash)).toBe(`#${paragraph}`);
  });
});

test.describe('copy link', () => {
  test.beforeEach(async ({ context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: new URL(baseURL!).origin,
    });
  });

  test('should copy the absolute permalink of a paragraph and announce it', async ({
    page,
    baseURL,
    content,
  }) => {
    const article = content.articles[0]!;
    await page.goto(article.path);
    const control = page.getByRole('link', { name: 'Paragraph 2: copy link' });
    await expect(control).toBeVisible();
    await expect(control).toHaveText('2');
    await control.click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      new URL(`${article.path}#p-2`, baseURL).href,
    );
    await expect(page.locator('#copy-status')).toHaveText('Link copied');
  });

  test('should copy the permalink of a quotation, reached by keyboard', async ({
    page,
    baseURL,
    content,
  }) => {
    const article = content.articles[0]!;
    const provision = content.provisions.find((p) => article.quoted.includes(p.id) && !p.labelSource)!;
    await page.goto(article.path);
    const control = page
      .getByRole('link', { name: `Copy link to the quotation of ${provision.label}` })
      .first();
    await control.focus();
    await expect(control).toHaveCSS('opacity', '1');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      new URL(`${article.path}#${quoteAnchor(provision.id)}`, baseURL).href,
    );
  });

  test('should copy the page permalink next to the title', async ({ page, baseURL, content }) => {
    const provision = content.provisions.at(-1)!;
    await page.goto(provision.path);
    await page.getByRole('link', { name: 'Copy link to this page' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      new URL(provision.path, baseURL).href,
    );
  });

  test('should be a plain link to the anchor without JavaScript', async ({ browser, baseURL, content }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL! });
    const page = await context.newPage();
    const article = content.articles[0]!;
    await page.goto(article.path);
    await page.getByRole('link', { name: 'Paragraph 2: copy link' }).click();
    expect(page.url()).toBe(new URL(`${article.path}#p-2`, baseURL).href);
    await context.close();
  });
});
