import AxeBuilder from '@axe-core/playwright';
import type { Content, Provision } from '../content';
import { expect, test, type Page } from './fixtures';
import { sitePath, wordsOf } from './helpers';

const dialog = (page: Page) => page.locator('dialog.search-dialog');
const input = (page: Page) => dialog(page).getByRole('combobox', { name: 'Search the site' });
const options = (page: Page) => dialog(page).getByRole('option');
const pageInput = (page: Page) => page.getByRole('searchbox', { name: 'Search the site' });
const pageTitles = (page: Page) => page.locator('.search-page .search-hit-title');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** The words a search is made of, all taken from the content. */
const queries = (content: Content) => {
  const others = (provision: Provision) =>
    new Set(
      content.provisions
        .filter((p) => p !== provision)
        .flatMap((p) => wordsOf(`${p.quote} ${p.title} ${p.label}`)),
    );
  // A word of the first document's full title: on its page and on every page of its provisions.
  const shared = wordsOf(content.documents[0]!.title).find((w) => w.length >= 6)!;
  // A provision whose quoted words are its own: no other provision has any of them.
  const own = content.provisions
    .map((p) => ({ p, words: wordsOf(p.quote).filter((w) => w.length >= 5 && !others(p).has(w)) }))
    .sort((a, b) => b.words.length - a.words.length)[0]!;
  const numbered = content.provisions.filter((p) => p.number).sort((a, b) => a.number! - b.number!);
  const statements = content.articles.flatMap((a) => a.statements);
  const aboutProvision = (reported: boolean) =>
    statements.find((s) => s.reported === reported && content.provisions.some((p) => p.id === s.about));
  return { shared, own, numbered, aboutProvision };
};

/** The plain text of a report's paragraphs, components left out: the report's own words. */
const plainParagraphs = (body: string) =>
  body
    .split(/\n\s*\n/)
    .map((b) => b.trim())
    .filter((b) => b && !b.startsWith('<Context') && !b.startsWith('{/*'))
    .map((b) => b.replace(/<(ProvisionQuote|Statement)[^>]*>[\s\S]*?<\/\1>/g, ' '));

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
  await expect(status).toContainText(/result|quoted|mention|No page has/);
  if (!(await status.innerText()).startsWith('No results'))
    await expect(pageTitles(page).first()).toBeVisible();
  return pageTitles(page).allInnerTexts();
}

test.describe('the search dialog', () => {
  test('should open with "/", Ctrl+K and Cmd+K, and close with Esc or its Close button, returning focus', async ({
    page,
    content,
  }) => {
    await page.goto(content.provisions[0]!.path);
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
    content,
  }) => {
    const { shared } = queries(content);
    await page.goto('');
    await openAndSearch(page, shared);
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
    await input(page).fill(shared);
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

  test('should open a report at the paragraph that holds the words', async ({ page, baseURL, content }) => {
    const article = content.articles[0]!;
    const paragraphs = plainParagraphs(article.body).map(wordsOf);
    // Two words side by side that no other paragraph of the report has.
    const [number, phrase] = paragraphs
      .flatMap((words, i) => words.slice(0, -1).map((w, j) => [i + 1, [w, words[j + 1]!]] as const))
      .find(
        ([i, pair]) =>
          pair.every((w) => w.length >= 4) &&
          paragraphs.every((other, k) => k === i - 1 || !pair.every((w) => other.includes(w))),
      )!;
    await page.goto(content.documents[0]!.path);
    await openAndSearch(page, phrase.join(' '));
    const hit = options(page).filter({ has: page.locator('.search-hit-title', { hasText: article.title }) });
    await expect(hit).toContainText(`Report · paragraph ${number}`);
    await hit.click();
    await expect(page).toHaveURL(
      new RegExp(
        `${sitePath(baseURL, article.path)}\\?highlight=${phrase[0]}&highlight=${phrase[1]}#p-${number}$`,
        'i',
      ),
    );
    await expect(page.locator(`#p-${number}`)).toBeInViewport();
  });

  test('should show title, document and label, and an excerpt with the matched words marked', async ({
    page,
    content,
  }) => {
    const { own } = queries(content);
    const document = content.documents.find((d) => d.id === own.p.document)!;
    await page.goto('');
    await openAndSearch(page, own.words[0]!);
    const hit = options(page).filter({ has: page.getByText(own.p.heading, { exact: true }) });
    await expect(hit.locator('.search-hit-title')).toHaveText(own.p.heading);
    await expect(hit.locator('.search-hit-context')).toHaveText(`${document.shortTitle} · ${own.p.label}`);
    await expect(hit.locator('.search-hit-excerpt mark').first()).toHaveText(new RegExp(own.words[0]!, 'i'));
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`should follow the combobox pattern, announce the count, and pass axe with results shown (${colorScheme})`, async ({
      page,
      content,
    }) => {
      const { shared } = queries(content);
      await page.emulateMedia({ colorScheme });
      await page.goto('');
      await openAndSearch(page, shared);
      await expect(input(page)).toHaveAttribute('aria-expanded', 'true');
      await expect(input(page)).toHaveAttribute('aria-controls', 'search-dialog-results');
      await expect(dialog(page).getByRole('listbox')).toBeVisible();
      await expect(dialog(page).getByRole('status')).toHaveText(
        new RegExp(`^\\d+ results? for “${shared}”$`),
      );
      const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual(
        [],
      );
    });
  }

  test('should fetch nothing of search before a reader reaches for it, and start on intent', async ({
    page,
    content,
  }) => {
    const scripts: string[] = [];
    const pagefind: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
      if (request.url().includes('/pagefind/')) pagefind.push(request.url());
    });
    await page.goto(content.provisions[0]!.path);
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
    content,
  }) => {
    const label = queries(content).numbered[0]?.label ?? content.provisions[0]!.label;
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    // The page's clock moves only when the test moves it, so a busy test machine cannot stretch
    // the pause between two keystrokes.
    await page.clock.install();
    await page.goto('');
    await page.keyboard.press('/');
    await expect(input(page)).toBeFocused();
    await page.clock.pauseAt(Date.now() + 60_000);
    // As a quick typist types, 50 ms apart: the first letters match other pages than the label.
    for (const key of label) {
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
  test('should put the provision with that number first however “Article N” is written', async ({
    page,
    content,
  }) => {
    const provision = queries(content).numbered[0]!;
    for (const query of ['Article', 'article', 'Art.', 'Art'].map((a) => `${a} ${provision.number}`)) {
      expect((await titles(page, query))[0], query).toBe(provision.heading);
    }
  });

  test('should say in words that an article no report quotes is not quoted, and list those that are', async ({
    page,
    content,
  }) => {
    const { numbered } = queries(content);
    const document = content.documents.find((d) => numbered.some((p) => p.document === d.id))!;
    const unquoted = Array.from(
      { length: (document.articleCount ?? numbered.at(-1)!.number! + 1) + 1 },
      (_, i) => i + 1,
    ).find((n) => !numbered.some((p) => p.number === n))!;
    const found = await titles(page, `Article ${unquoted}`);
    const where = content.articles.length > 1 ? 'any report on this site' : 'the report';
    await expect(page.locator('[data-search-status]')).toHaveText(
      `Article ${unquoted} of the ${document.shortTitle} is not quoted in ${where}. These articles are:`,
    );
    expect(found).toEqual(numbered.slice(0, 50).map((p) => p.heading));
  });

  test('should find a number the pages mention in words, saying no provision has it', async ({
    page,
    content,
  }) => {
    const numbers = new Set(queries(content).numbered.map((p) => p.number));
    const texts = [...content.provisions.map((p) => p.quote), ...content.articles.map((a) => a.body)];
    const mentioned = texts
      .flatMap((t) => [...t.matchAll(/\bArticle (\d+)\b/g)].map((m) => Number(m[1])))
      .find((n) => !numbers.has(n));
    expect(mentioned, 'the content mentions an article no provision is').toBeDefined();
    const found = await titles(page, `Article ${mentioned}`);
    await expect(page.locator('[data-search-status]')).toContainText(
      `No provision numbered Article ${mentioned} is quoted`,
    );
    expect(found.length).toBeGreaterThan(0);
  });

  test('should rank the report’s paragraph first for the words of a quoted statement, its subject next', async ({
    page,
    content,
  }) => {
    const statement = queries(content).aboutProvision(false)!;
    const subject = content.provisions.find((p) => p.id === statement.about)!;
    const elsewhere = new Set(
      content.provisions.filter((p) => p !== subject).flatMap((p) => wordsOf(`${p.quote} ${p.title}`)),
    );
    const word = wordsOf(statement.words)
      .filter((w) => !elsewhere.has(w))
      .sort((a, b) => b.length - a.length)[0]!;
    const found = await titles(page, word);
    const report = content.articles.find((a) => a.statements.includes(statement))!;
    expect(found[0]).toBe(report.title);
    await expect(page.locator('.search-page .search-hit').first()).toContainText(/Report · paragraph \d+/);
    await expect(
      page.locator('.search-page .search-hit-excerpt').first().locator('mark').first(),
    ).toBeVisible();
    expect(found.slice(0, 3)).toContain(subject.heading);
  });

  test('should never show the same excerpt twice', async ({ page, content }) => {
    const { shared, own } = queries(content);
    for (const query of [shared, own.words[0]!, content.articles[0]!.title.split(' ')[0]!]) {
      await titles(page, query);
      const excerpts = (await page.locator('.search-page .search-hit-excerpt').allInnerTexts()).filter(
        Boolean,
      );
      expect(new Set(excerpts).size, query).toBe(excerpts.length);
    }
  });

  test('should match a phrase in double quotes exactly', async ({ page, content }) => {
    const { own } = queries(content);
    const words = wordsOf(own.p.quote).slice(0, 3);
    expect(await titles(page, `"${words.join(' ')}"`)).toContain(own.p.heading);
    expect(await titles(page, `"${[...words].reverse().join(' ')}"`)).not.toContain(own.p.heading);
  });

  test('should rank the report’s paragraph first for words it quotes, with that paragraph’s excerpt, the provision next', async ({
    page,
    content,
  }) => {
    const { own } = queries(content);
    const word = own.words[0]!;
    const found = await titles(page, word);
    const report = content.reportsQuoting(own.p)[0]!;
    expect(found[0]).toBe(report.title);
    const first = page.locator('.search-page .search-hit').first();
    const excerpt = first.locator('.search-hit-excerpt');
    expect(
      (await excerpt.locator('mark').allInnerTexts()).map((m) =>
        m.toLowerCase().replace(/[^\p{L}\p{N}]/gu, ''),
      ),
    ).toContain(word);
    // The link leads to the paragraph whose words the excerpt shows.
    const href = (await first.locator('a').first().getAttribute('href'))!;
    const paragraph = /#(p-\d+)/.exec(href)![1]!;
    await page.goto(href);
    expect(wordsOf(await page.locator(`#${paragraph}`).innerText())).toContain(word);
    expect(found.slice(0, 3)).toContain(own.p.heading);
  });

  test('should search a mistyped word as the site’s nearest word, and say so', async ({ page, content }) => {
    const { own } = queries(content);
    const word = [...own.words].sort((a, b) => b.length - a.length)[0]!;
    // One letter left out of the middle of a word only this provision has.
    const mistyped = `${word.slice(0, 3)}${word.slice(4)}`;
    const found = await titles(page, mistyped);
    await expect(page.locator('[data-search-status]')).toContainText(`No page has “${mistyped}”`);
    expect(found).toContain(own.p.heading);
  });
});

test.describe('the search page', () => {
  test('should run the search in its address on load, with filters, and keep it on reload', async ({
    page,
    content,
  }) => {
    const statement = queries(content).aboutProvision(true)!;
    const subject = content.provisions.find((p) => p.id === statement.about)!;
    const word = wordsOf(statement.words).at(-1)!;
    const speaker = content.speakerName(statement.speaker);
    await page.goto(`search/?q=${word}&kind=provision&speaker=${encodeURIComponent(speaker)}`);
    await expect(pageInput(page)).toHaveValue(word);
    await expect(page.getByRole('checkbox', { name: 'Provisions' })).toBeChecked();
    await expect(page.getByRole('combobox', { name: 'Statements by' })).toHaveValue(speaker);
    await expect(pageTitles(page)).toHaveText([subject.heading]);
    await page.reload();
    await expect(pageTitles(page)).toHaveText([subject.heading]);
  });

  test('should list what a filter selects when there are no words, and offer only speakers with statements', async ({
    page,
    content,
  }) => {
    const statement = queries(content).aboutProvision(false)!;
    const subject = content.provisions.find((p) => p.id === statement.about)!;
    const speaker = content.speakerName(statement.speaker);
    await page.goto(`search/?speaker=${encodeURIComponent(speaker)}`);
    await expect(page.locator('.filters-disclosure')).toHaveAttribute('open', '');
    await expect(pageTitles(page)).toContainText([subject.heading]);
    const offered = await page
      .getByRole('combobox', { name: 'Statements by' })
      .locator('option')
      .allInnerTexts();
    const speaking = new Set(
      content.articles.flatMap((a) => a.statements.map((s) => content.speakerName(s.speaker))),
    );
    expect(offered.filter((o) => speaking.has(o)).sort()).toEqual([...speaking].sort());
    expect(offered.length).toBe(speaking.size + 1);
  });

  test('should narrow results by kind and by document', async ({ page, content }) => {
    const { shared } = queries(content);
    await page.goto(`search/?q=${shared}`);
    await expect(pageTitles(page)).not.toHaveCount(0);
    await page.getByText('Filters').click();
    await page.getByRole('checkbox', { name: 'Provisions' }).check();
    await expect(page).toHaveURL(/[?&]kind=provision/);
    const headings = new Set(content.provisions.map((p) => p.heading));
    await expect
      .poll(async () => (await pageTitles(page).allInnerTexts()).filter((t) => !headings.has(t)))
      .toEqual([]);
    await expect(pageTitles(page)).not.toHaveCount(0);
    await page.getByRole('checkbox', { name: 'Provisions' }).uncheck();
    const document = content.documents[0]!;
    await page.getByRole('combobox', { name: 'Document' }).selectOption(document.shortTitle);
    await expect(page).toHaveURL(/[?&]document=/);
    await expect
      .poll(async () =>
        (await page.locator('.search-page .search-hit-context').allInnerTexts()).filter(
          (context) => !context.startsWith(document.shortTitle) && context !== document.kind,
        ),
      )
      .toEqual([]);
    await expect(page.locator('.search-page .search-hit-context')).not.toHaveCount(0);
  });

  test('should put results in the tab order after the search box', async ({ page, content }) => {
    await page.goto(`search/?q=${queries(content).shared}`);
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
    content,
  }) => {
    const { shared } = queries(content);
    await page.goto('search/');
    const before = await page.evaluate(() => history.length);
    await pageInput(page).pressSequentially(shared, { delay: 20 });
    await expect(page).toHaveURL(new RegExp(`\\?q=${shared}$`));
    await expect(page.locator('[data-search-status]')).toContainText(`for “${shared}”`);
    expect(await page.evaluate(() => history.length)).toBe(before);
    await page.locator('.search-page .search-hit-link').first().click();
    await expect(page).not.toHaveURL(/\/search\//);
    await page.goBack();
    await expect(page).toHaveURL(new RegExp(`${sitePath(baseURL, 'search/')}\\?q=${shared}$`));
    await expect(pageInput(page)).toHaveValue(shared);
    await expect(page.locator('.search-page .search-hit')).not.toHaveCount(0);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`should pass axe with filters open and results shown (${colorScheme})`, async ({
      page,
      content,
    }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto(`search/?q=${queries(content).shared}&kind=provision`);
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

  test('should echo a long article number as the reader wrote it', async ({ page }) => {
    await page.goto(`search/?q=${encodeURIComponent('Article 99999999999999999999')}`);
    await expect(page.locator('[data-search-status]')).toContainText('Article 99999999999999999999');
    await expect(page.locator('[data-search-status]')).not.toContainText('100000000000000000000');
  });

  test('should say that search needs JavaScript, and list every page, when JavaScript is off', async ({
    browser,
    baseURL,
    content,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL! });
    const page = await context.newPage();
    await page.goto('search/');
    await expect(page.getByText('Search needs JavaScript.')).toBeVisible();
    for (const provision of [content.provisions[0]!, content.provisions.at(-1)!])
      await expect(page.getByRole('main').getByRole('link', { name: provision.heading })).toBeVisible();
    await context.close();
  });
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('should show the first result without scrolling, filters folded away', async ({ page, content }) => {
    await page.goto(`search/?q=${queries(content).shared}`);
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
    content,
  }) => {
    const provision = queries(content).numbered[0]!;
    await page.goto(`${provision.path}?highlight=article&highlight=${provision.number}`);
    const marks = page.locator('mark.search-term');
    await expect(marks.first()).toBeInViewport();
    // "Article N" as a phrase, never each "article" and each number on the page.
    for (const text of await marks.allInnerTexts())
      expect(text.toLowerCase()).toBe(`article ${provision.number}`);
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

  test('should mark the words only in the paragraph the result pointed at', async ({ page, content }) => {
    const article = content.articles[0]!;
    const paragraphs = plainParagraphs(article.body).map(wordsOf);
    // A word in more than one paragraph: it is marked in the one pointed at alone.
    const word = paragraphs
      .flat()
      .find((w) => w.length >= 5 && paragraphs.filter((p) => p.includes(w)).length > 1)!;
    const number = paragraphs.findLastIndex((p) => p.includes(word)) + 1;
    await page.goto(`${article.path}?highlight=${word}#p-${number}`);
    await expect(page.locator(`#p-${number} mark.search-term`).first()).toBeVisible();
    await expect(page.locator('mark.search-term')).toHaveCount(
      await page.locator(`#p-${number} mark.search-term`).count(),
    );
  });

  test('should never mark a number alone where “Article N” is not on the page, and clear the marks on request', async ({
    page,
    content,
  }) => {
    const provision = queries(content).numbered[0]!;
    // A report that quotes the provision but may not name its number: any digits in it are not "Article N".
    const report = content.reportsQuoting(provision)[0]!;
    await page.goto(`${report.path}?highlight=article&highlight=${provision.number}`);
    await page.waitForLoadState('networkidle');
    for (const text of await page.locator('mark.search-term').allInnerTexts())
      expect(text.toLowerCase()).not.toBe(String(provision.number));

    await page.goto(`${provision.path}?highlight=article&highlight=${provision.number}`);
    const marks = page.locator('mark.search-term');
    await expect(marks.first()).toBeVisible();
    // The searched words are the strongest mark on the page: darker than a marked quotation.
    const [searched, quoted] = await marks.first().evaluate((m) => {
      const other = document.createElement('mark');
      document.body.append(other);
      const luminance = (colour: string) => {
        const [r, g, b] = (colour.match(/\d+/g) ?? []).map(Number);
        return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
      };
      const values = [
        luminance(getComputedStyle(m).backgroundColor),
        luminance(getComputedStyle(other).backgroundColor),
      ];
      other.remove();
      return values;
    });
    const scheme = await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches);
    if (!scheme) expect(searched).toBeLessThan(quoted!);
    await page.getByRole('button', { name: 'Clear marks' }).click();
    await expect(marks).toHaveCount(0);
    expect(new URL(page.url()).searchParams.has('highlight')).toBe(false);
  });

  test('should land a pointed-at paragraph below the top of the screen, not flush against it', async ({
    page,
    content,
  }) => {
    const article = content.articles[0]!;
    const count = plainParagraphs(article.body).length;
    await page.goto(`${article.path}#p-${count}`);
    const top = await page.locator(`#p-${count}`).evaluate((p) => p.getBoundingClientRect().top);
    const scrolled = await page.evaluate(() => scrollY);
    if (scrolled > 0) expect(top).toBeGreaterThanOrEqual(40);
  });

  test('should take a malformed fragment as it is, without an error', async ({ page, content }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${content.articles[0]!.path}?highlight=x#%`);
    await page.waitForLoadState('networkidle');
    expect(errors).toEqual([]);
  });
});
