import { describe, expect, test } from 'vitest';
import { buildSiteModel } from '../../src/lib/model';
import { validInput } from './fixtures';

describe('buildSiteModel', () => {
  const site = buildSiteModel(validInput());
  const [preamble, article1] = site.provisions;

  test('should order provisions within a document and link previous and next', () => {
    expect(site.provisions.map((p) => p.id)).toEqual(['pact/preamble', 'pact/article-1']);
    expect(preamble?.previous).toBeUndefined();
    expect(preamble?.next?.id).toBe('pact/article-1');
    expect(article1?.previous?.id).toBe('pact/preamble');
    expect(article1?.next).toBeUndefined();
  });

  test('should group provisions under their document with permalinks', () => {
    const [document] = site.documents;
    expect(document?.href).toBe('/documents/pact/');
    expect(document?.provisions.map((p) => p.href)).toEqual([
      '/documents/pact/preamble/',
      '/documents/pact/article-1/',
    ]);
  });

  test('should link each provision to the paragraph that quotes it', () => {
    expect(article1?.quotations.map((q) => q.href)).toEqual(['/articles/2024-01-01-pact/#p-3']);
    expect(preamble?.quotations.map((q) => q.paragraph.id)).toEqual(['p-4']);
  });

  test('should attach statements to the provision or document they speak about', () => {
    expect(article1?.statements).toMatchObject([
      {
        speaker: { name: 'The DPRK' },
        text: 'called Article 1 key',
        reported: true,
        href: '/articles/2024-01-01-pact/#p-2',
      },
    ]);
    expect(site.documents[0]?.statements).toMatchObject([
      { speaker: { name: 'A minister' }, text: 'a good pact' },
    ]);
    expect(preamble?.statements).toEqual([]);
    expect(site.articles[0]?.statements.map((s) => [s.speaker.name, s.subject.id])).toEqual([
      ['The DPRK', 'pact/article-1'],
      ['A minister', 'pact'],
    ]);
  });

  test('should list the provisions an article quotes in reading order', () => {
    expect(site.articles[0]?.provisions.map((p) => p.id)).toEqual(['pact/article-1', 'pact/preamble']);
    expect(site.articles[0]?.href).toBe('/articles/2024-01-01-pact/');
  });
});
