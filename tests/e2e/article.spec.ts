import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { normalizeWords } from '../../src/lib/normalize';
import { readContent } from '../content';
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

/** The excerpt as quoted, without the ellipses a page adds where it starts or stops mid-provision. */
const withoutEllipses = (text: string) => normalizeWords(text.replace(/…/g, ''));

test.describe('the report page', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto(ARTICLE);
  });

  test('should reproduce the source report word for word', async ({ page }) => {
    const source = readSource();
    expect(normalizeWords(await page.getByRole('heading', { level: 1 }).innerText())).toBe(
      normalizeWords(source.headline),
    );
    expect(normalizeWords(await page.locator('.standfirst').innerText())).toBe(
      normalizeWords(source.standfirst),
    );
    await expect(page.locator('.provenance time')).toHaveAttribute('datetime', source.date);
    const paragraphs = page.locator('article .body > p');
    await expect(paragraphs).toHaveCount(source.paragraphs.length);
    for (const [i, expected] of source.paragraphs.entries()) {
      expect(normalizeWords(await readableText(page, `#p-${i + 1}`))).toBe(normalizeWords(expected));
    }
  });

  test('should name the publisher and link the original, and name no author', async ({ page }) => {
    const provenance = page.locator('.provenance');
    await expect(provenance).toContainText('First published by Pravda.ru on 15 October 2024');
    await expect(provenance.getByRole('link', { name: 'the original report' })).toHaveAttribute(
      'href',
      'https://english.pravda.ru/news/world/160911-russia-north-korea-treaty/',
    );
    await expect(page.locator('[rel="author"], [itemprop="author"], meta[name="author"]')).toHaveCount(0);
  });

  test('should number every paragraph in the margin, each number its permalink', async ({ page }) => {
    const paragraphs = page.locator('article .body > p');
    const count = await paragraphs.count();
    for (let i = 0; i < count; i += 1) {
      const paragraph = paragraphs.nth(i);
      await expect(paragraph).toHaveAttribute('id', `p-${i + 1}`);
      const number = paragraph.locator('.paragraph-number');
      await expect(number).toHaveText(String(i + 1));
      await expect(number).toHaveAttribute('href', `#p-${i + 1}`);
      // In the margin: left of the paragraph's text, not over it.
      const [n, p] = [await number.boundingBox(), await paragraph.boundingBox()];
      expect(n!.x + n!.width, `paragraph ${i + 1}`).toBeLessThanOrEqual(p!.x);
    }
  });

  test('should lead from each quoted provision to its page with the same words', async ({ page }) => {
    const article = readContent().articles.find((a) => ARTICLE === a.path)!;
    const quotes = page.locator('q.provision-quote a');
    await expect(quotes).toHaveCount(article.quoted.length);
    for (let i = 0; i < article.quoted.length; i += 1) {
      await page.goto(ARTICLE);
      const link = page.locator('q.provision-quote a').nth(i);
      const words = normalizeWords(await link.innerText());
      await link.click();
      await expect(page).toHaveURL(new RegExp(`/documents/${article.quoted[i]}/$`));
      const blockquote = page.locator('.provision-figure blockquote');
      expect(withoutEllipses(await blockquote.innerText())).toBe(words);
    }
  });
});
