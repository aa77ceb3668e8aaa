import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { normalizeWords } from '../../src/lib/normalize';
import { ARTICLE, readableText } from './helpers';

/** The source article: date and headline, standfirst, then one paragraph per line. */
function readSource() {
  const lines = readFileSync(resolve(import.meta.dirname, '../fixtures/source-article.txt'), 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  const [, date, headline] = /^date (\d{4}-\d{2}-\d{2}) (.*)$/.exec(lines[0]!)!;
  return { date: date!, headline: headline!, standfirst: lines[1]!, paragraphs: lines.slice(2) };
}

test.describe('the article page', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto(ARTICLE);
  });

  test('should reproduce the source article word for word', async ({ page }) => {
    const source = readSource();
    expect(normalizeWords(await page.getByRole('heading', { level: 1 }).innerText())).toBe(
      normalizeWords(source.headline),
    );
    expect(normalizeWords(await page.locator('.standfirst').innerText())).toBe(
      normalizeWords(source.standfirst),
    );
    await expect(page.locator('article time')).toHaveAttribute('datetime', source.date);
    const paragraphs = page.locator('article .body > p');
    await expect(paragraphs).toHaveCount(source.paragraphs.length);
    for (const [i, expected] of source.paragraphs.entries()) {
      expect(normalizeWords(await readableText(page, `#p-${i + 1}`))).toBe(normalizeWords(expected));
    }
  });

  test('should give every paragraph a stable anchor', async ({ page }) => {
    const ids = await page.locator('article .body > p').evaluateAll((ps) => ps.map((p) => p.id));
    expect(ids).toEqual(ids.map((_, i) => `p-${i + 1}`));
  });

  test('should name no author or publisher the source does not give', async ({ page }) => {
    await expect(page.locator('[rel="author"], [itemprop="author"], meta[name="author"]')).toHaveCount(0);
  });

  test('should lead from each quoted provision to its page with the same words', async ({ page }) => {
    const quotes = page.locator('q.provision-quote a');
    const count = await quotes.count();
    expect(count).toBe(5);
    for (let i = 0; i < count; i += 1) {
      await page.goto(ARTICLE);
      const link = page.locator('q.provision-quote a').nth(i);
      const words = normalizeWords(await link.innerText());
      await link.click();
      await expect(page).toHaveURL(/\/documents\/[a-z0-9-]+\/[a-z0-9-]+\/$/);
      const blockquote = page.locator('.provision-figure blockquote');
      await expect(blockquote).toBeVisible();
      expect(normalizeWords(await blockquote.innerText())).toBe(words);
    }
  });
});
