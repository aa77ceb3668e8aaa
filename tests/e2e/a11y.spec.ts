import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import { pagesOf, representativePages } from './helpers';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa', 'best-practice'];

// Every kind of page, in both colour schemes: all pages where a site has few, and on a large one
// the pages that between them show everything a page of each kind can show (helpers.ts).
for (const colorScheme of ['light', 'dark'] as const) {
  test(`should have no axe violations on any kind of page in ${colorScheme} mode`, async ({
    page,
    content,
  }) => {
    test.setTimeout(180_000);
    await page.emulateMedia({ colorScheme });
    const violations: string[] = [];
    for (const path of representativePages(content)) {
      await page.goto(path);
      const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
      violations.push(
        ...results.violations.map(
          (v) => `/${path}: ${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
        ),
      );
    }
    expect(violations).toEqual([]);
  });
}

test('should sweep every kind of page the build has', async ({ content, dist }) => {
  const swept = representativePages(content);
  const kinds = (paths: string[]) => new Set(paths.map((p) => p.split('/')[0]));
  expect(kinds(swept)).toEqual(kinds(pagesOf(dist)));
});

test('should move focus to the content with the skip link and show where focus is', async ({
  page,
  content,
}) => {
  await page.goto(content.provisions[0]!.path);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  const outline = await skip.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe('none');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  const focused = await page.evaluate(() => document.activeElement?.closest('main') !== null);
  expect(focused).toBe(true);
});

test('should fit a 320 px wide phone screen without sideways scrolling', async ({ page, dist }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 320, height: 640 });
  for (const path of pagesOf(dist)) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});

test('should pass axe with the search dialog open and results shown, in light and dark', async ({
  page,
  content,
}) => {
  const provision = content.provisions[0]!;
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.goto(provision.path);
    await page.keyboard.press('Control+k');
    await page.locator('dialog.search-dialog input').fill(provision.label);
    await expect(page.locator('dialog.search-dialog [role="option"]').first()).toBeVisible();
    const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
  }
});
