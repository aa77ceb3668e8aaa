import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readContent } from '../content';
import { ARTICLE, sitePath } from './helpers';

const content = readContent();
const article4 = content.provisions.find((p) => p.label === 'Article 4')!;
const dialog = (page: Page) => page.locator('dialog.search-dialog');
const input = (page: Page) => dialog(page).getByRole('combobox', { name: 'Search the site' });
const options = (page: Page) => dialog(page).getByRole('option');
const pageInput = (page: Page) => page.getByRole('searchbox', { name: 'Search the site' });
const pageTitles = (page: Page) => page.locator('.search-page .search-hit-title');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa', 'best-practice'];

async function openAndSearch(page: Page, query: string) {
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(input(page)).toBeFocused();
  await input(page).fill(query);
  await expect(options(page).first()).toBeVisible();
}

async function titles(page: Page, query: string) {
  await page.goto(`search/?q=${encodeURIComponent(query)}`);
  // Until the search code runs, the status says that search needs JavaScript; then it counts.
  const status = page.locator('[data-search-status]');
  await expect(status).toContainText(/result|quoted|mention/);
  if (!(await status.innerText()).startsWith('No results'))
    await expect(pageTitles(page).first()).toBeVisible();
  return pageTitles(page).allInnerTexts();
}

test.describe('the search dialog', () => {
  test('should open with "/", Ctrl+K and Cmd+K, and close with Esc or its Close button, returning focus', async ({
    page,
  }) => {
    await page.goto(article4.path);
    const skip = page.getByRole('link', { name: 'Skip to content' });
    await skip.focus();
    await page.keyboard.press('/');
    await expect(input(page)).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(dialog(page)).toBeHidden();
    await expect(skip).toBeFocused();
    await page.keyboard.press('Control+k');
    await expect(input(page)).toBeFocused();
    await dialog(page).getByRole('button', { name: 'Close' }).click();
    await expect(dialog(page)).toBeHidden();
    await page.keyboard.press('Meta+k');
    await expect(input(page)).toBeFocused();
  });

  test('should give real links as results: Enter follows the active one, Ctrl-click opens a new tab', async ({
    page,
    context,
    baseURL,
  }) => {
    await page.goto('');
    await openAndSearch(page, 'Pyongyang');
    // Each option is itself the link.
    const links = options(page);
    expect(await links.count()).toBeGreaterThan(1);
    for (const link of await links.all()) expect(await link.getAttribute('href')).toMatch(/^\//);
    const [popup] = await Promise.all([
      context.waitForEvent('page'),
      links.nth(1).click({ modifiers: ['Control'] }),
    ]);
    await popup.waitForLoadState();
    expect(popup.url()).toBe(new URL((await links.nth(1).getAttribute('href'))!, baseURL).href);
    await expect(dialog(page)).toBeVisible();
    // The pointer that clicked made that option the active one; the keys start afresh from the input.
    await input(page).fill('');
    await expect(options(page)).toHaveCount(0);
    await input(page).fill('Pyongyang');
    await expect(options(page).first()).toBeVisible();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(options(page).nth(1)).toHaveAttribute('aria-selected', 'true');
    await expect(input(page)).toHaveAttribute(
      'aria-activedescendant',
      (await options(page).nth(1).getAttribute('id'))!,
    );
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    const count = await options(page).count();
    await expect(options(page).nth(count - 1)).toHaveAttribute('aria-selected', 'true');
    const href = await options(page)
      .nth(count - 1)
      .getAttribute('href');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new URL(href!, baseURL).href);
  });

  test('should open the report at the paragraph that holds the words', async ({ page, baseURL }) => {
    await page.goto('documents/russia-dprk-treaty/');
    await openAndSearch(page, 'hundred years');
    const hit = options(page).filter({
      has: page.locator('.search-hit-title', { hasText: content.articles[0]!.title }),
    });
    await expect(hit).toContainText('Report · paragraph 8');
    await hit.click();
    await expect(page).toHaveURL(
      new RegExp(`${sitePath(baseURL, ARTICLE)}\\?highlight=hundred&highlight=years#p-8$`),
    );
    await expect(page.locator('#p-8')).toBeInViewport();
  });

  test('should show title, document and label, and an excerpt with the matched words marked', async ({
    page,
  }) => {
    await page.goto('');
    await openAndSearch(page, 'sovereignty');
    const hit = options(page).first();
    const article5 = content.provisions.find((p) => p.label === 'Article 5')!;
    await expect(hit.locator('.search-hit-title')).toHaveText(article5.heading);
    await expect(hit.locator('.search-hit-context')).toHaveText('Russia–DPRK Treaty (2024) · Article 5');
    await expect(hit.locator('.search-hit-excerpt mark').first()).toHaveText(/sovereignty/i);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`should follow the combobox pattern, announce the count, and pass axe with results shown (${colorScheme})`, async ({
      page,
    }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto('');
      await openAndSearch(page, 'treaty');
      await expect(input(page)).toHaveAttribute('aria-expanded', 'true');
      await expect(input(page)).toHaveAttribute('aria-controls', 'search-dialog-results');
      await expect(dialog(page).getByRole('listbox')).toBeVisible();
      await expect(dialog(page).getByRole('status')).toHaveText(/^\d+ results? for “treaty”$/);
      const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual(
        [],
      );
    });
  }

  test('should fetch nothing of search before a reader reaches for it, and start on intent', async ({
    page,
  }) => {
    const scripts: string[] = [];
    const pagefind: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
      if (request.url().includes('/pagefind/')) pagefind.push(request.url());
    });
    await page.goto(article4.path);
    await page.waitForLoadState('networkidle');
    const pageScript = await page.locator('script[type="module"][src]').getAttribute('src');
    expect(scripts.map((url) => new URL(url).pathname)).toEqual([pageScript]);
    expect(pagefind).toEqual([]);
    // Pointing at the button is enough to start loading: results come sooner.
    await page.locator('.search-trigger').hover();
    await expect.poll(() => pagefind.some((url) => url.endsWith('/pagefind/pagefind.js'))).toBe(true);
    expect(scripts.length).toBeGreaterThan(1);
  });

  test('should fetch page data only for the results of what the reader typed, and no worker script', async ({
    page,
  }) => {
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    // The page's clock moves only when the test moves it, so a busy test machine cannot stretch
    // the pause between two keystrokes.
    await page.clock.install();
    await page.goto('');
    await page.keyboard.press('/');
    await expect(input(page)).toBeFocused();
    await page.clock.pauseAt(Date.now() + 60_000);
    // As a quick typist types, 50 ms apart: "A", "Ar", "Art"… match other pages than "Article 4".
    for (const key of 'Article 4') {
      await page.keyboard.type(key);
      await page.clock.runFor(50);
    }
    await page.clock.runFor(1000);
    await expect(options(page).first()).toBeVisible();
    await page.waitForLoadState('networkidle');
    const fragments = fetched.filter((path) => path.includes('/pagefind/fragment/'));
    expect(fragments.length).toBe(await options(page).count());
    expect(fetched.filter((path) => /pagefind-worker/.test(path))).toEqual([]);
  });

  test('should index page content, not navigation or footers', async ({ page }) => {
    await page.goto('');
    await page.getByRole('button', { name: 'Search' }).click();
    await input(page).fill('RSS');
    await expect(dialog(page).getByRole('status')).toHaveText('No results for “RSS”');
  });
});

test.describe('ranking', () => {
  for (const query of ['Article 4', 'article 4', 'Art. 4', 'Art 4']) {
    test(`should put the provision labelled Article 4 first for “${query}”`, async ({ page }) => {
      expect((await titles(page, query))[0]).toBe(article4.heading);
    });
  }

  test('should say in words that an article the report does not quote is not quoted, and list those it does', async ({
    page,
  }) => {
    const numbered = content.provisions.filter((p) => content.numberOf(p));
    const found = await titles(page, 'Article 12');
    await expect(page.locator('[data-search-status]')).toHaveText(
      'Article 12 of the Russia–DPRK Treaty (2024) is not quoted in the report. These articles are:',
    );
    expect(found).toEqual(numbered.map((p) => p.heading));
  });

  test('should still find a number the pages mention, saying no provision has it', async ({ page }) => {
    const found = await titles(page, 'Article 51');
    await expect(page.locator('[data-search-status]')).toContainText(
      'No provision numbered Article 51 is quoted',
    );
    expect(found).toContain(article4.heading);
  });

  test('should rank a statement’s subject first: “defensive” finds Article 4', async ({ page }) => {
    const found = await titles(page, 'defensive');
    expect(found[0]).toBe(article4.heading);
  });

  test('should never show the same excerpt twice', async ({ page }) => {
    for (const query of ['defensive', 'Pyongyang', 'treaty', 'hundred years']) {
      await titles(page, query);
      const excerpts = (await page.locator('.search-page .search-hit-excerpt').allInnerTexts()).filter(
        Boolean,
      );
      expect(new Set(excerpts).size, query).toBe(excerpts.length);
    }
  });

  test('should match a phrase in double quotes exactly', async ({ page }) => {
    expect(await titles(page, '"state of war"')).toContain(article4.heading);
    expect(await titles(page, '"war of state"')).toEqual([]);
  });

  test('should rank a provision above the report for words of its quote', async ({ page }) => {
    const article5 = content.provisions.find((p) => p.label === 'Article 5')!;
    const found = await titles(page, 'sovereignty and security of the other party');
    expect(found[0]).toBe(article5.heading);
  });
});

test.describe('the search page', () => {
  test('should run the search in its address on load, with filters, and keep it on reload', async ({
    page,
  }) => {
    await page.goto('search/?q=key&kind=provision&speaker=DPRK');
    await expect(pageInput(page)).toHaveValue('key');
    await expect(page.getByRole('checkbox', { name: 'Provisions' })).toBeChecked();
    await expect(page.getByRole('combobox', { name: 'Statements by' })).toHaveValue('DPRK');
    await expect(pageTitles(page)).toHaveText([article4.heading]);
    await page.reload();
    await expect(pageTitles(page)).toHaveText([article4.heading]);
  });

  test('should list what a filter selects when there are no words', async ({ page }) => {
    await page.goto('search/?speaker=Russian+Ministry+of+Foreign+Affairs');
    await expect(page.locator('.filters-disclosure')).toHaveAttribute('open', '');
    await expect(pageTitles(page)).toContainText([article4.heading]);
  });

  test('should narrow results by kind and by document', async ({ page }) => {
    await page.goto('search/?q=Pyongyang');
    await expect(pageTitles(page)).not.toHaveCount(0);
    await page.getByText('Filters').click();
    await page.getByRole('checkbox', { name: 'Reports' }).check();
    await expect(pageTitles(page)).toHaveText(content.articles.map((a) => a.title));
    await expect(page).toHaveURL(/[?&]kind=report/);
    await page.getByRole('checkbox', { name: 'Reports' }).uncheck();
    await page.getByRole('combobox', { name: 'Document' }).selectOption('Russian ratification bill (2024)');
    await expect(page.locator('.search-page .search-hit-context')).toHaveText([
      'Russian ratification bill (2024) · Ratification clause',
      'Draft law',
    ]);
  });

  test('should put results in the tab order after the search box', async ({ page }) => {
    await page.goto('search/?q=treaty');
    await expect(pageTitles(page).first()).toBeVisible();
    await pageInput(page).focus();
    let reached = false;
    for (let i = 0; i < 6 && !reached; i += 1) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(
        () => document.activeElement?.classList.contains('search-hit-link') ?? false,
      );
    }
    expect(reached).toBe(true);
  });

  test('should update the address while typing without adding history entries, and come back with Back', async ({
    page,
    baseURL,
  }) => {
    await page.goto('search/');
    const before = await page.evaluate(() => history.length);
    await pageInput(page).pressSequentially('defensive', { delay: 20 });
    await expect(page).toHaveURL(/\?q=defensive$/);
    await expect(page.locator('[data-search-status]')).toContainText('for “defensive”');
    expect(await page.evaluate(() => history.length)).toBe(before);
    await page.locator('.search-page .search-hit-link').first().click();
    await expect(page).not.toHaveURL(/\/search\//);
    await page.goBack();
    await expect(page).toHaveURL(new RegExp(`${sitePath(baseURL, 'search/')}\\?q=defensive$`));
    await expect(pageInput(page)).toHaveValue('defensive');
    await expect(page.locator('.search-page .search-hit')).not.toHaveCount(0);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`should pass axe with filters open and results shown (${colorScheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto('search/?q=treaty&kind=provision');
      await expect(page.locator('.search-page .search-hit').first()).toBeVisible();
      const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
      expect(results.violations.map((v) => v.id)).toEqual([]);
    });
  }

  test('should show markup in the query as plain text and run none of it', async ({ page }) => {
    const attack = '<img src=x onerror=alert(1)>';
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs += 1;
      void d.dismiss();
    });
    await page.goto(`search/?q=${encodeURIComponent(attack)}`);
    await expect(pageInput(page)).toHaveValue(attack);
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
    await expect(page.getByRole('main').getByRole('link', { name: article4.heading })).toBeVisible();
    await context.close();
  });
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('should show the first result without scrolling, filters folded away', async ({ page }) => {
    await page.goto('search/?q=treaty');
    await expect(page.locator('.filters-disclosure')).not.toHaveAttribute('open', '');
    await expect(page.locator('.search-page .search-hit').first()).toBeInViewport({ ratio: 1 });
  });

  test('should show no keyboard hints on a touch screen, and a visible Close button', async ({ page }) => {
    await page.goto('');
    await expect(page.locator('.search-trigger kbd')).toBeHidden();
    await page.locator('.search-trigger').tap();
    await expect(dialog(page).locator('.key-hints')).toBeHidden();
    await expect(dialog(page).getByRole('button', { name: 'Close' })).toBeInViewport();
  });
});

test('should show the shortcut as ⌘K on a Mac', async ({ page }) => {
  await page.addInitScript(() => Object.defineProperty(navigator, 'platform', { get: () => 'MacIntel' }));
  await page.goto('');
  await expect(page.locator('.search-trigger kbd')).toHaveText('⌘K');
});

test.describe('landing on a result', () => {
  test('should mark the found phrase only, in its own colour, without moving the layout', async ({
    page,
  }) => {
    await page.goto(`${article4.path}?highlight=article&highlight=4`);
    const marks = page.locator('mark.search-term');
    await expect(marks.first()).toBeInViewport();
    // "Article 4" as a phrase, never each "article" and each "4" on the page.
    for (const text of await marks.allInnerTexts()) expect(text.toLowerCase()).toBe('article 4');
    const colours = await marks.first().evaluate((m) => {
      const quoted = document.createElement('mark');
      document.body.append(quoted);
      const [a, b] = [getComputedStyle(m).backgroundColor, getComputedStyle(quoted).backgroundColor];
      quoted.remove();
      return [a, b];
    });
    expect(colours[0]).not.toBe(colours[1]);
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

  test('should mark the words only in the paragraph the result pointed at', async ({ page }) => {
    await page.goto(`${ARTICLE}?highlight=treaty#p-7`);
    await expect(page.locator('#p-7 mark.search-term').first()).toBeVisible();
    await expect(page.locator('mark.search-term')).toHaveCount(
      await page.locator('#p-7 mark.search-term').count(),
    );
  });
});
