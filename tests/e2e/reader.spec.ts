import { expect, test, type Page } from './fixtures';

/** What a reader meets on a phone and on a desktop, on screen and on paper. */
const PHONE = { width: 390, height: 844 };

/** WCAG's contrast ratio of two CSS colours, as the browser resolves them. */
async function contrast(page: Page, a: string, b: string): Promise<number> {
  return page.evaluate(
    ([x, y]) => {
      const rgb = (color: string) => {
        const probe = document.createElement('span');
        probe.style.color = color;
        document.body.append(probe);
        const [r, g, b] = getComputedStyle(probe)
          .color.match(/[\d.]+/g)!
          .map(Number) as [number, number, number];
        probe.remove();
        return [r, g, b];
      };
      const lum = (c: number[]) =>
        c
          .map((v) => v / 255)
          .map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4))
          .reduce((s, v, i) => s + v * [0.2126, 0.7152, 0.0722][i]!, 0);
      const [l1, l2] = [lum(rgb(x!)), lum(rgb(y!))].sort((m, n) => n - m);
      return (l1! + 0.05) / (l2! + 0.05);
    },
    [a, b],
  );
}
const token = (page: Page, name: string) =>
  page.evaluate((n) => getComputedStyle(document.documentElement).getPropertyValue(n).trim(), name);

for (const colorScheme of ['light', 'dark'] as const) {
  test(`should draw controls, cards and the targeted paragraph at 3:1 against the page (${colorScheme})`, async ({
    page,
    content,
  }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto(`${content.articles[0]!.path}#p-2`);
    const background = await token(page, '--color-bg');
    const paragraph = page.locator('#p-2');
    const bar = await paragraph.evaluate((p) => getComputedStyle(p).boxShadow.match(/rgb\([^)]*\)/g)![1]!);
    expect(await contrast(page, bar, background)).toBeGreaterThanOrEqual(3);
    const search = page.locator('.search-trigger');
    expect(
      await contrast(page, await search.evaluate((e) => getComputedStyle(e).borderTopColor), background),
    ).toBeGreaterThanOrEqual(3);
    // A provision with a neighbour in its document, so it has a previous-or-next card.
    await page.goto(content.provisions.find((p) => content.provisionsOf(p.document).length > 1)!.path);
    const card = page.locator('.prev-next a').first();
    expect(
      await contrast(page, await card.evaluate((e) => getComputedStyle(e).borderTopColor), background),
    ).toBeGreaterThanOrEqual(3);
  });
}

test('should keep the phone header to one row, at most 64 px tall, on every kind of page', async ({
  page,
  content,
}) => {
  await page.setViewportSize(PHONE);
  for (const path of [
    '',
    content.articles[0]!.path,
    content.documents[0]!.path,
    content.provisions[0]!.path,
    'search/',
  ]) {
    await page.goto(path);
    const header = await page.locator('.site-header').boundingBox();
    expect(header!.height, path).toBeLessThanOrEqual(64);
    const [name, search] = [
      await page.locator('.site-name').boundingBox(),
      await page.locator('.search-trigger').boundingBox(),
    ];
    expect(Math.abs(name!.y + name!.height / 2 - (search!.y + search!.height / 2)), path).toBeLessThan(12);
  }
});

test('should not repeat the site’s name as the home page’s heading', async ({ page }) => {
  await page.goto('');
  const name = await page.locator('.site-name').innerText();
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(name);
});

test('should say “Copied” on screen for a moment after each copy', async ({
  page,
  context,
  baseURL,
  content,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL!).origin });
  await page.goto(content.provisions[0]!.path);
  for (const control of [
    page.getByRole('link', { name: 'Copy link to this page' }),
    page.getByRole('button', { name: 'Copy citation' }),
    page.getByRole('button', { name: 'Copy BibTeX' }),
  ]) {
    await control.click();
    await expect(control).toHaveAttribute('data-copied', '');
    expect(await control.evaluate((e) => getComputedStyle(e, '::after').content)).toBe('"Copied"');
    await expect(control).not.toHaveAttribute('data-copied', '', { timeout: 4000 });
  }
});

test('should offer Share where the browser can share, and hand it the permalink', async ({
  page,
  content,
}) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'share', {
      value: (data: ShareData) => {
        (window as unknown as { shared: ShareData }).shared = data;
        return Promise.resolve();
      },
    });
  });
  await page.goto(content.provisions[0]!.path);
  await page.getByRole('button', { name: 'Share' }).click();
  const shared = await page.evaluate(() => (window as unknown as { shared: ShareData }).shared);
  expect(shared.url).toBe(await page.locator('link[rel="canonical"]').getAttribute('href'));
});

test('should show no Share button where the browser cannot share', async ({ page, content }) => {
  await page.addInitScript(() => delete (Navigator.prototype as { share?: unknown }).share);
  await page.goto(content.provisions[0]!.path);
  await expect(page.getByRole('button', { name: 'Share' })).toBeHidden();
});

test('should give every control a visible focus ring, the ¶ inside a sentence too', async ({
  page,
  content,
}) => {
  await page.goto(content.articles[0]!.path);
  const inline = page.locator('.copy-link--inline').first();
  await inline.focus();
  const box = await inline.boundingBox();
  expect(box!.width).toBeGreaterThan(8);
  expect(await inline.evaluate((e) => getComputedStyle(e).outlineStyle)).not.toBe('none');
  expect(await inline.evaluate((e) => parseFloat(getComputedStyle(e).outlineWidth))).toBeGreaterThanOrEqual(
    2,
  );
});

test('should give every copy control a target of at least 24×24 px on a phone, none alone on a line', async ({
  page,
  content,
}) => {
  await page.setViewportSize(PHONE);
  await page.goto(content.articles[0]!.path);
  for (const control of await page.locator('[data-copy-link], .quote-label').all()) {
    const box = (await control.boundingBox())!;
    expect(box.width, (await control.getAttribute('aria-label')) ?? '').toBeGreaterThanOrEqual(24);
    expect(box.height, (await control.getAttribute('aria-label')) ?? '').toBeGreaterThanOrEqual(24);
  }
  // A ¶ after a quotation stands on the line where the quotation (and its label) ends.
  for (const control of await page.locator('.copy-link--inline').all()) {
    const [before, after] = await control.evaluate((c) => {
      const previous = c.previousElementSibling!.getClientRects();
      return [previous[previous.length - 1]!.bottom, c.getBoundingClientRect().bottom];
    });
    expect(Math.abs(after! - before!)).toBeLessThan(12);
  }
  const title = await page.locator('.page-title h1').boundingBox();
  const pilcrow = await page.getByRole('link', { name: 'Copy link to this page' }).boundingBox();
  expect(pilcrow!.y).toBeLessThan(title!.y + title!.height);
});

test('should copy a paragraph’s link, show it in the address bar, and say “Copied” on one line', async ({
  page,
  context,
  baseURL,
  content,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL!).origin });
  const article = content.articles[0]!;
  await page.goto(article.path);
  const number = page.locator('#p-2 .paragraph-number');
  await number.click();
  await expect(number).toHaveAttribute('data-copied', '');
  expect(await number.evaluate((e) => getComputedStyle(e, '::after').whiteSpace)).toBe('nowrap');
  expect(new URL(page.url()).hash).toBe('#p-2');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    new URL('#p-2', (await page.locator('link[rel="canonical"]').getAttribute('href'))!).href,
  );
});

test('should put a provision’s quoted words and their source above the fold on a phone, Share shown', async ({
  page,
  content,
}) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'share', { value: () => Promise.resolve() });
  });
  await page.setViewportSize(PHONE);
  for (const provision of content.provisions.slice(0, 6)) {
    await page.goto(provision.path);
    await expect(page.getByRole('button', { name: 'Share' })).toBeVisible();
    const quote = (await page.locator('.provision-figure blockquote').boundingBox())!;
    expect(quote.y, provision.path).toBeLessThan(PHONE.height * 0.6);
    const source = (await page.locator('.provision-figure figcaption a').first().boundingBox())!;
    expect(source.y + source.height, provision.path).toBeLessThanOrEqual(PHONE.height);
  }
});

test('should set a report’s lines at 60 to 75 characters on a desktop', async ({ page, content }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(content.articles[0]!.path);
  const perLine = await page.locator('article .body > p').evaluateAll((paragraphs) =>
    paragraphs.flatMap((p) => {
      // Characters of each full line (the last line of a paragraph is left out: it may be short).
      const range = document.createRange();
      const text = [...p.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE) as Text[];
      const lines = new Map<number, number>();
      for (const node of text) {
        for (let i = 0; i < node.data.length; i += 1) {
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          const top = Math.round(range.getBoundingClientRect().top);
          lines.set(top, (lines.get(top) ?? 0) + 1);
        }
      }
      return [...lines.values()].slice(0, -1);
    }),
  );
  const longest = Math.max(...perLine);
  expect(longest).toBeGreaterThanOrEqual(60);
  expect(longest).toBeLessThanOrEqual(75);
});

test('should print the site’s name and absolute addresses, not the breadcrumbs or the feed link', async ({
  page,
  baseURL,
  content,
}) => {
  await page.goto(content.provisions[0]!.path);
  await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-name')).toBeVisible();
  await expect(page.locator('.search-trigger')).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Breadcrumbs' })).toBeHidden();
  await expect(page.getByRole('link', { name: /RSS feed/ })).toBeHidden();
  await expect(page.locator('.site-footer .print-only')).toHaveText(
    new URL(content.provisions[0]!.path, baseURL).href,
  );
  const document = content.documents.find((d) => d.id === content.provisions[0]!.document)!;
  const documentLink = page
    .locator('.provision-figure figcaption a')
    .filter({ hasText: document.shortTitle });
  const printed = await documentLink.evaluate((a) => getComputedStyle(a, '::after').content);
  expect(printed).toContain(new URL(document.path, baseURL).href);
  await expect(page.locator('.provision-figure blockquote')).toBeVisible();
  // Addresses a reader can type: no encoded text fragment; and no BibTeX on paper.
  for (const address of await page
    .locator('a[data-print-href]')
    .evaluateAll((links) => links.map((a) => (a as HTMLElement).dataset['printHref'] ?? '')))
    expect(address).not.toContain(':~:');
  await expect(page.locator('.cite pre')).toBeHidden();
});
