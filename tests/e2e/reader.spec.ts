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

test('should never let a ¶ control cover a word or sit alone on a line on a phone', async ({
  page,
  content,
}) => {
  await page.setViewportSize(PHONE);
  await page.goto(content.articles[0]!.path);
  for (const control of await page.locator('.copy-link--inline').all()) {
    const box = await control.boundingBox();
    expect(box?.width ?? 0).toBe(0);
  }
  const title = await page.locator('.page-title h1').boundingBox();
  const pilcrow = await page.getByRole('link', { name: 'Copy link to this page' }).boundingBox();
  expect(pilcrow!.y).toBeLessThan(title!.y + title!.height);
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
  const documentLink = page.locator('.provision-figure figcaption a');
  const printed = await documentLink.evaluate((a) => getComputedStyle(a, '::after').content);
  const document = content.documents.find((d) => d.id === content.provisions[0]!.document)!;
  expect(printed).toContain(new URL(document.path, baseURL).href);
  await expect(page.locator('.provision-figure blockquote')).toBeVisible();
});
