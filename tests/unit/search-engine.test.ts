import { describe, expect, test } from 'vitest';
import {
  articleNumber,
  bestParagraph,
  distinctExcerpts,
  editDistance,
  exactFirst,
  mentionsArticle,
  nearestWord,
  pagefindFilters,
  paragraphExcerpt,
  paragraphOf,
  safeExcerpt,
  toHit,
  unmarkLoneNumbers,
} from '../../src/scripts/search/engine';

const anchors = [
  { element: 'h1', id: 'title', location: 0 },
  { element: 'p', id: 'p-1', location: 10 },
  { element: 'q', id: 'quote-x', location: 15 },
  { element: 'p', id: 'p-2', location: 30 },
];

const fragment = (kind: string, extra: object = {}) => ({
  url: '/page/?highlight=word',
  excerpt: 'a <mark>word</mark> &lt;b&gt;',
  content: 'a word <b>',
  locations: [12, 31],
  weighted_locations: [
    { location: 12, balanced_score: 1 },
    { location: 31, balanced_score: 5 },
  ],
  meta: { title: 'Title', label: 'Article 4', document: 'The Treaty' },
  filters: { kind: [kind] },
  anchors,
  ...extra,
});

describe('search engine helpers', () => {
  test('should keep only <mark> tags in an excerpt', () => {
    expect(safeExcerpt('x <mark>y</mark> <img src=x onerror=alert(1)> <script>z</script>')).toBe(
      'x <mark>y</mark>  z',
    );
  });

  test('should find the paragraph a word is in, ignoring other anchors', () => {
    expect(paragraphOf(anchors, 16)?.id).toBe('p-1');
    expect(paragraphOf(anchors, 30)?.id).toBe('p-2');
    expect(paragraphOf(anchors, 5)).toBeUndefined();
  });

  test('should pick the paragraph where the matches weigh most', () => {
    expect(bestParagraph(anchors, fragment('article').weighted_locations)?.id).toBe('p-2');
    expect(
      bestParagraph(anchors, [
        { location: 11, balanced_score: 2 },
        { location: 12, balanced_score: 2 },
        { location: 31, balanced_score: 3 },
      ])?.id,
    ).toBe('p-1');
  });

  test('should describe a provision by document and label, and link an article match to its paragraph', () => {
    expect(toHit(fragment('provision'))).toEqual({
      title: 'Title',
      context: 'The Treaty · Article 4',
      excerpt: 'a <mark>word</mark> &lt;b&gt;',
      url: '/page/?highlight=word',
    });
    expect(toHit(fragment('report'))).toMatchObject({
      context: 'Report · paragraph 2',
      url: '/page/?highlight=word#p-2',
    });
    expect(toHit(fragment('document', { meta: { title: 'T', context: 'Treaty' } })).context).toBe('Treaty');
  });

  test('should read “Article 4” however it is written, and nothing else', () => {
    for (const query of ['Article 4', 'article 4', 'Art. 4', 'Art 4', ' art.4 ', 'ARTICLE 4'])
      expect(articleNumber(query), query).toBe('4');
    for (const query of ['Article', 'Article 4 assistance', 'Articles 4', 'part 4', '4'])
      expect(articleNumber(query), query).toBeUndefined();
    // A long number is kept as written, never rounded; leading zeros go.
    expect(articleNumber('Article 99999999999999999999')).toBe('99999999999999999999');
    expect(articleNumber('art 004')).toBe('4');
  });

  test('should put pages with the searched words themselves before pages matched by the stem', () => {
    const pages = [
      { content: 'Joint measures to strengthen defense potential', title: 'Article 8' },
      { content: 'The report', title: 'Report' },
      { content: 'an “exclusively defensive position.”', title: 'Article 4' },
    ];
    expect(exactFirst(pages, 'defensive').map((p) => p.title)).toEqual(['Article 4', 'Article 8', 'Report']);
    expect(exactFirst(pages, 'measures joint').map((p) => p.title)).toEqual([
      'Article 8',
      'Report',
      'Article 4',
    ]);
  });

  test('should never show the same excerpt twice, taking a page’s next excerpt instead', () => {
    const a = { ...fragment('timeline'), excerpt: 'the <mark>same</mark> words' };
    const b = {
      ...fragment('document'),
      excerpt: 'the same <mark>words</mark>',
      sub_results: [{ excerpt: 'other <mark>words</mark>' }],
    };
    const c = { ...fragment('provision'), excerpt: 'the same words' };
    expect(distinctExcerpts([a, b, c]).map((f) => f.excerpt)).toEqual([
      'the <mark>same</mark> words',
      'other <mark>words</mark>',
      '',
    ]);
  });

  test('should take a page as mentioning “Article N” only where the words stand together', () => {
    expect(mentionsArticle('in accordance with Article 51 of the UN Charter', '51')).toBe(true);
    expect(mentionsArticle('the treaty, article by article (2 March 2025)', '2')).toBe(false);
    expect(mentionsArticle('Article 21 and Article 22', '2')).toBe(false);
  });

  test('should leave a report’s excerpt out of the comparison, since it shows its paragraph’s own', () => {
    const report = { ...fragment('report'), excerpt: 'the <mark>same</mark> words' };
    const provision = { ...fragment('provision'), excerpt: 'the same <mark>words</mark>' };
    expect(distinctExcerpts([report, provision]).map((f) => f.excerpt)).toEqual([
      'the <mark>same</mark> words',
      'the same <mark>words</mark>',
    ]);
  });

  test('should turn the form’s filters into Pagefind filters, leaving out empty ones', () => {
    expect(pagefindFilters({ kind: [], document: '', speaker: '' })).toEqual({});
    expect(
      pagefindFilters({ kind: ['article', 'provision'], document: 'The Treaty', speaker: 'Kim Jong-un' }),
    ).toEqual({
      kind: { any: ['article', 'provision'] },
      document: 'The Treaty',
      speaker: 'Kim Jong-un',
    });
  });
});

describe('search that forgives', () => {
  test('should count a left-out, an added, a changed and a swapped letter as one edit each', () => {
    expect(editDistance('sovreignty', 'sovereignty')).toBe(1);
    expect(editDistance('treatty', 'treaty')).toBe(1);
    expect(editDistance('traety', 'treaty')).toBe(1);
    expect(editDistance('treaty', 'treaty')).toBe(0);
    expect(editDistance('war', 'peace')).toBe(4);
  });

  test('should offer the site’s nearest word, one edit for a short word, two for a long one, never for a known one', () => {
    const words = ['sovereignty', 'security', 'treaty', 'war', 'was'];
    expect(nearestWord('sovreignty', words)).toBe('sovereignty');
    expect(nearestWord('soverinty', words)).toBe('sovereignty');
    expect(nearestWord('treatu', words)).toBe('treaty');
    // Three letters: no guess (the reader's "wat" may be any word).
    expect(nearestWord('wat', words)).toBeUndefined();
    expect(nearestWord('treaty', words)).toBeUndefined();
  });

  test('should put a report before the pages built from it when both have the words themselves', () => {
    const pages = [
      { content: 'threatens the sovereignty', title: 'Article 5', filters: { kind: ['provision'] } },
      {
        content: 'it threatens the sovereignty and security',
        title: 'Report',
        filters: { kind: ['report'] },
      },
      { content: 'sovereign states', title: 'Other', filters: { kind: ['provision'] } },
    ];
    expect(exactFirst(pages, 'sovereignty').map((p) => p.title)).toEqual(['Report', 'Article 5', 'Other']);
  });

  test('should excerpt the paragraph a report’s result points at, its matched words marked without their punctuation', () => {
    const content = 'First paragraph here. Second paragraph says “sovereignty, security” and more words.';
    const anchors = [
      { element: 'p', id: 'p-1', location: 0 },
      { element: 'p', id: 'p-2', location: 3 },
    ];
    const excerpt = paragraphExcerpt(
      { content, anchors, weighted_locations: [{ location: 6, balanced_score: 1 }] },
      anchors[1]!,
    );
    expect(excerpt).toBe(
      'Second paragraph says <mark>sovereignty</mark>, security” and more words.'.replace(
        '<mark>sovereignty</mark>,',
        '“<mark>sovereignty</mark>,',
      ),
    );
    expect(excerpt).not.toContain('First');
  });

  test('should leave a number unmarked in an excerpt unless “Article” comes before it', () => {
    expect(unmarkLoneNumbers('<mark>Article</mark> <mark>4</mark> says, on <mark>4</mark> December')).toBe(
      '<mark>Article</mark> <mark>4</mark> says, on 4 December',
    );
  });
});
