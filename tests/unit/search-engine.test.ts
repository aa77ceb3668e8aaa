import { describe, expect, test } from 'vitest';
import {
  bestParagraph,
  pagefindFilters,
  paragraphOf,
  safeExcerpt,
  toHit,
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
    expect(toHit(fragment('article'))).toMatchObject({
      context: 'News article · paragraph 2',
      url: '/page/?highlight=word#p-2',
    });
    expect(toHit(fragment('document')).context).toBe('Document');
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
