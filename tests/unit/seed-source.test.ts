import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { paragraphText } from '../../src/lib/article-body';
import { readContentBody } from '../../src/lib/content-body';
import { normalizeWords } from '../../src/lib/normalize';
import { readContent } from '../content';

/**
 * The seed content against its source: the report in src/content is the received article
 * (tests/fixtures/source-article.txt), word for word. The site's pages are checked against their
 * content files by the browser tests and by the build itself (published-words.ts); this closes
 * the chain to the source text.
 */
function readSource() {
  const lines = readFileSync(resolve(import.meta.dirname, '../fixtures/source-article.txt'), 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  const [, date, headline] = /^date (\d{4}-\d{2}-\d{2}) (.*)$/.exec(lines[0]!)!;
  return { date: date!, headline: headline!, standfirst: lines[1]!, paragraphs: lines.slice(2) };
}

describe('the seed report', () => {
  const source = readSource();
  const article = readContent().articles.find((a) => a.date === source.date)!;

  test('should be the source article: headline, standfirst and every paragraph, word for word', () => {
    expect(article, `a report dated ${source.date}`).toBeDefined();
    expect(normalizeWords(article.title)).toBe(normalizeWords(source.headline));
    expect(normalizeWords(article.standfirst)).toBe(normalizeWords(source.standfirst));
    const paragraphs = readContentBody(article.body, 'article').article!.paragraphs.map(paragraphText);
    expect(paragraphs.map(normalizeWords)).toEqual(source.paragraphs.map(normalizeWords));
  });
});
