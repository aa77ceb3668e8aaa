import { expect, test } from '@playwright/test';
import { readContent } from '../content';
import { ARTICLE, sitePath } from './helpers';

const content = readContent();
const ARTICLE_4 = 'documents/russia-dprk-treaty/article-4/';

test.describe('a provision page', () => {
  test('should say where it belongs, what the site wrote and what the report quotes', async ({
    page,
    baseURL,
  }) => {
    for (const provision of content.provisions) {
      const document = content.documents.find((d) => d.id === provision.document)!;
      await page.goto(provision.path);
      await expect(page.locator('.eyebrow')).toHaveText(`${document.shortTitle} · ${provision.label}`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(provision.heading);
      // The descriptive title is the site's own, and says so.
      await expect(page.locator('.summary-note')).toContainText(
        `“${provision.title}” is this site’s short description`,
      );
      await expect(page.locator('.figure-label')).toContainText(/^The words the reports? quotes?$/i);
      await expect(page.locator('.provision-figure blockquote')).toContainText(provision.quote);
      const crumbs = page.getByRole('navigation', { name: 'Breadcrumbs' }).getByRole('link');
      await expect(crumbs).toHaveText(['Home', document.shortTitle, provision.label]);
      await expect(crumbs.nth(1)).toHaveAttribute('href', sitePath(baseURL, document.path));
      await expect(crumbs.nth(2)).toHaveAttribute('aria-current', 'page');
    }
  });

  test('should show an ellipsis where a quoted excerpt starts or stops inside its provision', async ({
    page,
  }) => {
    await page.goto('documents/russia-dprk-treaty/article-5/');
    // "threatens the sovereignty …": the report quotes from inside a sentence.
    await expect(page.locator('.provision-figure .ellipsis').first()).toHaveText('…');
    const text = await page.locator('.provision-figure blockquote').innerText();
    expect(text.trim()).toMatch(/^…\s*threatens the sovereignty and security of the other party\.$/);
  });

  test('should mark the quote inside the report’s paragraph and link back to exactly that paragraph', async ({
    page,
    baseURL,
  }) => {
    await page.goto(ARTICLE_4);
    await expect(page.locator('.quotation mark')).toContainText(
      'If one of the parties finds itself in a state of war',
    );
    await expect(page.locator('.quotation')).toContainText('the article reads.');
    const back = page.getByRole('link', { name: 'Read paragraph 4 in the report' });
    await expect(back).toHaveAttribute('href', new RegExp(`^${sitePath(baseURL, ARTICLE)}#p-4:~:text=`));
    await back.click();
    await expect(page.locator('#p-4')).toBeInViewport();
    await expect(page.locator('#p-4')).toContainText('the article reads.');
  });

  test('should show the statements the report attaches to it, reported speech as the report’s words', async ({
    page,
  }) => {
    await page.goto(ARTICLE_4);
    const statements = page.locator('.statements');
    await expect(statements).toContainText('“exclusively defensive position.”');
    await expect(statements).toContainText('Russian Ministry of Foreign Affairs, quoted in');
    await expect(statements).toContainText('The DPRK called Article 4 of the agreement key');
    await expect(statements).toContainText('The report’s words about DPRK, not a quotation');
  });

  test('should cite the public source of a number the report does not give', async ({ page }) => {
    await page.goto('documents/russia-dprk-treaty/article-3/');
    await expect(page.locator('.sources')).toContainText('is not in the report');
    await expect(page.locator('.sources a').first()).toHaveAttribute('href', /^https:\/\/kcnawatch\.org\//);
  });

  test('should link to the previous and next provision of the same document', async ({ page }) => {
    for (const document of content.documents) {
      const provisions = content.provisionsOf(document.id);
      for (const [i, provision] of provisions.entries()) {
        await page.goto(provision.path);
        const nav = page.getByRole('navigation', { name: 'Previous and next provision' });
        const next = provisions[i + 1];
        if (next)
          await expect(nav.getByRole('link', { name: /^Next/ })).toHaveAttribute(
            'href',
            new RegExp(`${next.path}$`),
          );
        else await expect(nav.getByRole('link', { name: /^Next/ })).toHaveCount(0);
      }
    }
  });

  test('should list the document’s provisions beside the page on a wide screen, the current one marked', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    const provision = content.provisions[0]!;
    const document = content.documents.find((d) => d.id === provision.document)!;
    await page.goto(provision.path);
    const contents = page.getByRole('navigation', { name: `Provisions of the ${document.shortTitle}` });
    await expect(contents).toBeVisible();
    await expect(contents.getByRole('listitem')).toHaveCount(content.provisionsOf(document.id).length);
    await expect(contents.locator('[aria-current="page"]')).toHaveText(provision.heading);
    // Beside the page, not below it.
    const [nav, main] = [await contents.boundingBox(), await page.locator('main').boundingBox()];
    expect(nav!.x).toBeGreaterThan(main!.x + main!.width - 1);
    await page.setViewportSize({ width: 390, height: 844 });
    await expect(contents).toBeHidden();
  });

  test('should give the document page a short title as its heading and the full title beneath', async ({
    page,
  }) => {
    for (const document of content.documents) {
      await page.goto(document.path);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(document.shortTitle);
      await expect(page.locator('.full-title')).toHaveText(document.title);
      await expect(page.locator('.provisions > li')).toHaveCount(content.provisionsOf(document.id).length);
    }
    await page.goto('documents/russia-dprk-treaty/');
    await expect(page.locator('.statements')).toContainText('grandiose and great initiative');
    await expect(page.locator('.context').first()).toContainText('Context, not from the report');
  });
});
