import AxeBuilder from '@axe-core/playwright';
import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { e2eSites } from '../../scripts/lib/e2e-servers.mjs';
import { distDir, pagesOf } from './helpers';

// One test per page and colour scheme, so a failure names the page and they run in parallel. The
// list is read when the tests are declared, from the first build; the next test proves that every
// project's build has exactly these pages, so none goes unchecked.
const pages = pagesOf(resolve(import.meta.dirname, '../..', e2eSites()[0]!.dir));

test('should sweep every page of this build', () => {
  expect(pages).toEqual(expect.arrayContaining(['', 'search/', '404.html']));
  expect(pagesOf(distDir(test.info()))).toEqual(pages);
});

for (const colorScheme of ['light', 'dark'] as const) {
  for (const path of pages) {
    test(`should have no axe violations on /${path} in ${colorScheme} mode`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto(path);
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa', 'best-practice'])
        .analyze();
      const violations = results.violations.map(
        (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
      );
      expect(violations).toEqual([]);
    });
  }
}

test('should move focus to the content with the skip link and show where focus is', async ({ page }) => {
  await page.goto('documents/russia-dprk-treaty/article-4/');
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

test('should fit a 320 px wide phone screen without sideways scrolling', async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const path of pagesOf(distDir(testInfo))) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});

test('should pass axe with the search dialog open and results shown, in light and dark', async ({ page }) => {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.goto('documents/russia-dprk-treaty/article-4/');
    await page.keyboard.press('Control+k');
    await page.locator('dialog.search-dialog input').fill('Article 4');
    await expect(page.locator('dialog.search-dialog [role="option"]').first()).toBeVisible();
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa', 'best-practice'])
      .analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
  }
});
