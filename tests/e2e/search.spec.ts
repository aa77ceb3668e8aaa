import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { ARTICLE, sitePath } from './helpers';

const dialog = (page: Page) => page.locator('dialog.search-dialog');
const input = (page: Page) => dialog(page).getByRole('combobox', { name: 'Search the site' });
const options = (page: Page) => dialog(page).getByRole('option');

async function openAndSearch(page: Page, query: string) {
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(input(page)).toBeFocused();
  await input(page).fill(query);
  await expect(dialog(page).getByRole('status')).toContainText(`for “${query}”`);
}

test.describe('the search dialog', () => {
  test('should open with "/" and with Ctrl+K on any page, and close with Esc, returning focus', async ({
    page,
  }) => {
    await page.goto('documents/russia-dprk-treaty/article-4/');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    await skip.focus();
    await page.keyboard.press('/');
    await expect(input(page)).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(dialog(page)).toBeHidden();
    await expect(skip).toBeFocused();
    await page.keyboard.press('Control+k');
    await expect(input(page)).toBeFocused();
    await page.keyboard.press('Escape');
    await page.keyboard.press('Meta+k');
    await expect(input(page)).toBeFocused();
  });

  test('should list the Article 4 page for "Article 51" and open it on click', async ({ page, baseURL }) => {
    await page.goto('');
    await openAndSearch(page, 'Article 51');
    await options(page).filter({ hasText: 'Article 4: Military assistance' }).click();
    await expect(page).toHaveURL(
      new RegExp(`${sitePath(baseURL, 'documents/russia-dprk-treaty/article-4/')}\\?highlight=`),
    );
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Article 4');
  });

  test('should list the article for "hundred years", linking to the paragraph that holds the words', async ({
    page,
    baseURL,
  }) => {
    await page.goto('documents/russia-dprk-treaty/');
    await openAndSearch(page, 'hundred years');
    const hit = options(page).filter({
      has: page.locator('.search-hit-title', { hasText: 'Putin proposes to ratify' }),
    });
    await expect(hit).toContainText('News article · paragraph 8');
    await hit.click();
    await expect(page).toHaveURL(
      new RegExp(`${sitePath(baseURL, ARTICLE)}\\?highlight=hundred&highlight=years#p-8$`),
    );
    await expect(page.locator('#p-8')).toBeInViewport();
  });

  test('should move through results with the arrow keys and open one with Enter', async ({ page }) => {
    await page.goto('');
    await openAndSearch(page, 'Pyongyang');
    const count = await options(page).count();
    expect(count).toBeGreaterThan(1);
    await page.keyboard.press('ArrowDown');
    await expect(options(page).nth(0)).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('ArrowDown');
    await expect(options(page).nth(1)).toHaveAttribute('aria-selected', 'true');
    await expect(input(page)).toHaveAttribute(
      'aria-activedescendant',
      (await options(page).nth(1).getAttribute('id'))!,
    );
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await expect(options(page).nth(count - 1)).toHaveAttribute('aria-selected', 'true');
    const title = await options(page)
      .nth(count - 1)
      .locator('.search-hit-title')
      .innerText();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  });

  test('should show title, document and label, and an excerpt with the matched words marked', async ({
    page,
  }) => {
    await page.goto('');
    await openAndSearch(page, 'sovereignty');
    const hit = options(page).first();
    await expect(hit.locator('.search-hit-title')).toHaveText(
      'Article 5: No agreement with a third country that threatens the other party',
    );
    await expect(hit.locator('.search-hit-context')).toHaveText('Russia–DPRK Treaty (2024) · Article 5');
    await expect(hit.locator('.search-hit-excerpt mark').first()).toHaveText(/sovereignty/i);
  });

  test('should follow the combobox pattern, announce the count, and pass axe with results shown', async ({
    page,
  }) => {
    await page.goto('');
    await openAndSearch(page, 'Article 4');
    await expect(input(page)).toHaveAttribute('aria-expanded', 'true');
    await expect(input(page)).toHaveAttribute('aria-controls', 'search-dialog-results');
    await expect(dialog(page).getByRole('listbox')).toBeVisible();
    await expect(dialog(page).getByRole('status')).toHaveText(/^\d+ results? for “Article 4”$/);
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'best-practice'])
      .analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
  });

  test('should fetch nothing of search before it is opened', async ({ page }) => {
    const scripts: string[] = [];
    const pagefind: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
      if (request.url().includes('/pagefind/')) pagefind.push(request.url());
    });
    await page.goto('documents/russia-dprk-treaty/article-4/');
    await page.waitForLoadState('networkidle');
    const pageScript = await page.locator('script[type="module"][src]').getAttribute('src');
    expect(scripts.map((url) => new URL(url).pathname)).toEqual([pageScript]);
    expect(pagefind).toEqual([]);
    await page.keyboard.press('Control+k');
    await input(page).fill('treaty');
    await expect(options(page).first()).toBeVisible();
    expect(scripts.length).toBeGreaterThan(1);
    expect(pagefind.some((url) => url.endsWith('/pagefind/pagefind.js'))).toBe(true);
  });

  test('should index page content, not navigation or footers', async ({ page }) => {
    await page.goto('');
    await openAndSearch(page, 'reproduced');
    await expect(dialog(page).getByRole('status')).toHaveText('No results for “reproduced”');
  });
});

test.describe('ranking', () => {
  async function titles(page: Page, query: string) {
    await page.goto(`search/?q=${encodeURIComponent(query)}`);
    await expect(page.locator('[data-search-status]')).toContainText('for “');
    return page.locator('.search-page .search-hit-title').allInnerTexts();
  }

  test('should put the Article 4 page first for "Article 4"', async ({ page }) => {
    expect((await titles(page, 'Article 4'))[0]).toBe(
      'Article 4: Military assistance in case of an armed attack',
    );
  });

  test('should match a phrase in double quotes exactly', async ({ page }) => {
    const exact = await titles(page, '"state of war"');
    expect(exact).toContain('Article 4: Military assistance in case of an armed attack');
    expect(await titles(page, '"war of state"')).toEqual([]);
  });

  test('should rank a provision above the article for words of its quote', async ({ page }) => {
    const found = await titles(page, 'sovereignty and security of the other party');
    expect(found[0]).toBe('Article 5: No agreement with a third country that threatens the other party');
    expect(
      found.indexOf('Article 5: No agreement with a third country that threatens the other party'),
    ).toBeLessThan(found.findIndex((t) => t.startsWith('Putin proposes')));
  });
});

test.describe('the search page', () => {
  test('should run the search in its address on load, with filters, and keep it on reload', async ({
    page,
  }) => {
    await page.goto('search/?q=key&kind=provision&speaker=DPRK');
    await expect(page.getByRole('combobox', { name: 'Search the site' })).toHaveValue('key');
    await expect(page.getByRole('checkbox', { name: 'Provisions' })).toBeChecked();
    await expect(page.getByRole('combobox', { name: 'Statements by' })).toHaveValue('DPRK');
    await expect(page.locator('.search-page .search-hit-title')).toHaveText([
      'Article 4: Military assistance in case of an armed attack',
    ]);
    await page.reload();
    await expect(page.locator('.search-page .search-hit-title')).toHaveText([
      'Article 4: Military assistance in case of an armed attack',
    ]);
  });

  test('should narrow results by kind and by document', async ({ page }) => {
    await page.goto('search/?q=Pyongyang');
    await expect(page.locator('.search-page .search-hit-title')).not.toHaveCount(0);
    await page.getByRole('checkbox', { name: 'Article' }).check();
    await expect(page.locator('.search-page .search-hit-title')).toHaveText([/^Putin proposes/]);
    await expect(page).toHaveURL(/[?&]kind=article/);
    await page.getByRole('checkbox', { name: 'Article' }).uncheck();
    await page.getByRole('combobox', { name: 'Document' }).selectOption('Russian ratification bill (2024)');
    await expect(page.locator('.search-page .search-hit-context')).toHaveText([
      'Russian ratification bill (2024) · Ratification clause',
      'Document',
    ]);
  });

  test('should update the address while typing without adding history entries, and come back with Back', async ({
    page,
    baseURL,
  }) => {
    await page.goto('search/');
    const before = await page.evaluate(() => history.length);
    await page
      .getByRole('combobox', { name: 'Search the site' })
      .pressSequentially('defensive', { delay: 20 });
    await expect(page).toHaveURL(/\?q=defensive$/);
    await expect(page.locator('[data-search-status]')).toContainText('for “defensive”');
    expect(await page.evaluate(() => history.length)).toBe(before);
    await page.locator('.search-page .search-hit').first().click();
    await expect(page).not.toHaveURL(/\/search\//);
    await page.goBack();
    await expect(page).toHaveURL(new RegExp(`${sitePath(baseURL, 'search/')}\\?q=defensive$`));
    await expect(page.getByRole('combobox', { name: 'Search the site' })).toHaveValue('defensive');
    await expect(page.locator('.search-page .search-hit')).not.toHaveCount(0);
  });

  test('should pass axe with filters and results shown', async ({ page }) => {
    await page.goto('search/?q=treaty');
    await expect(page.locator('.search-page .search-hit').first()).toBeVisible();
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'best-practice'])
      .analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
  });

  test('should show markup in the query as plain text and run none of it', async ({ page }) => {
    const attack = '<img src=x onerror=alert(1)>';
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs += 1;
      void d.dismiss();
    });
    await page.goto(`search/?q=${encodeURIComponent(attack)}`);
    await expect(page.getByRole('combobox', { name: 'Search the site' })).toHaveValue(attack);
    await expect(page.locator('[data-search-status]')).toContainText(attack);
    await expect(page.locator('main img')).toHaveCount(0);
    expect(dialogs).toBe(0);
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

test.describe('landing on a result', () => {
  test('should mark the searched words on the page, in view, without moving the layout', async ({ page }) => {
    await page.goto('documents/russia-dprk-treaty/article-8/?highlight=regional');
    const mark = page.locator('mark.pagefind-highlight').first();
    await expect(mark).toHaveText('regional');
    await expect(mark).toBeInViewport();
    const shift = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          let total = 0;
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries()) total += (entry as unknown as { value: number }).value;
          }).observe({ type: 'layout-shift', buffered: true });
          setTimeout(() => resolve(total), 300);
        }),
    );
    expect(shift).toBe(0);
  });
});
