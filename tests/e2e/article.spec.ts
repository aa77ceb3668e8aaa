import { normalizeWords } from '../../src/lib/normalize';
import type { Content } from '../content';
import { expect, test } from './fixtures';
import { readableText } from './helpers';

/**
 * A report's paragraphs as its content file has them, as a reader sees them: a quotation in its
 * quotation marks, words the report gives without them (reported) as they are.
 */
function paragraphsOf(article: Content['articles'][number]): string[] {
  return article.body
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter((block) => block && !block.startsWith('<Context') && !block.startsWith('{/*'))
    .map((block) =>
      block
        .replace(/<ProvisionQuote [^>]*>([\s\S]*?)<\/ProvisionQuote>/g, '“$1”')
        .replace(/<Statement [^>]*reported>([\s\S]*?)<\/Statement>/g, '$1')
        .replace(/<Statement [^>]*>([\s\S]*?)<\/Statement>/g, '“$1”')
        .replace(/&amp;/g, '&'),
    );
}

/** The excerpt as quoted, without the ellipses a page adds where it starts or stops mid-provision. */
const withoutEllipses = (text: string) => normalizeWords(text.replace(/…/g, ''));

test.describe('a report page', () => {
  test('should reproduce the report word for word, paragraph by paragraph', async ({ page, content }) => {
    for (const article of content.articles) {
      await page.goto(article.path);
      expect(normalizeWords(await page.getByRole('heading', { level: 1 }).innerText())).toBe(
        normalizeWords(article.title),
      );
      expect(normalizeWords(await page.locator('.standfirst').innerText())).toBe(
        normalizeWords(article.standfirst),
      );
      await expect(page.locator('.provenance time')).toHaveAttribute('datetime', article.date);
      const expected = paragraphsOf(article);
      await expect(page.locator('article .body > p')).toHaveCount(expected.length);
      for (const [i, words] of expected.entries()) {
        expect(normalizeWords(await readableText(page, `#p-${i + 1}`)), `${article.path}#p-${i + 1}`).toBe(
          normalizeWords(words),
        );
      }
    }
  });

  test('should name the first publisher and link the original where known, and name no author', async ({
    page,
    content,
  }) => {
    for (const article of content.articles) {
      await page.goto(article.path);
      const provenance = page.locator('.provenance');
      if (article.original) {
        await expect(provenance).toContainText(`First published by ${article.original.publisher} on`);
        await expect(provenance.getByRole('link', { name: 'the original report' })).toHaveAttribute(
          'href',
          article.original.url,
        );
      } else {
        await expect(provenance).toContainText('The copy received names no publisher and no author.');
      }
      await expect(page.locator('[rel="author"], [itemprop="author"], meta[name="author"]')).toHaveCount(0);
    }
  });

  test('should number every paragraph in the margin, each number its permalink', async ({
    page,
    content,
  }) => {
    await page.goto(content.articles[0]!.path);
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

  test('should lead from each quoted provision to its page with the same words', async ({
    page,
    content,
  }) => {
    test.setTimeout(120_000);
    for (const article of content.articles) {
      await page.goto(article.path);
      // Each quotation's label, right after its words, links its provision: "Art. 4 →".
      const quotes = page.locator('q.provision-quote');
      const hrefs = await quotes.evaluateAll((qs) =>
        qs.map((q) => q.nextElementSibling!.querySelector('a.quote-label')!.getAttribute('href')!),
      );
      const words = (await quotes.allInnerTexts()).map(normalizeWords).map((w) => w.replace(/^"|"$/g, ''));
      expect(new Set(hrefs.map((h) => h.replace(/^.*\/documents\//, '').replace(/\/$/, '')))).toEqual(
        new Set(
          article.quoted.map(
            (id) => `${content.provisions.find((p) => p.id === id)!.document}/${id.split('/').pop()}`,
          ),
        ),
      );
      // A label names its article's number as the report's only where the report gives it; a
      // screen reader hears where any other number comes from.
      for (const id of new Set(article.quoted)) {
        const provision = content.provisions.find((p) => p.id === id)!;
        const label = page
          .locator(`q.provision-quote[data-provision="${id}"] + .quote-tail a.quote-label`)
          .first();
        await expect(label).toHaveAccessibleName(
          provision.labelSource
            ? `${provision.title} (${provision.label}, a number from other sources): its page`
            : `${provision.label}, ${provision.title}: its page`,
        );
      }
      // Every quotation of one report, on its own provision's page: the same words there.
      for (const [i, href] of hrefs.entries()) {
        await page.goto(href);
        const blockquote = page.locator('.provision-figure blockquote');
        expect(withoutEllipses(await blockquote.innerText()), href).toBe(words[i]);
      }
    }
  });
});
