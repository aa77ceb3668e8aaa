import { describe, expect, test } from 'vitest';
import { buildSiteModel } from '../../src/lib/model';
import { absoluteUrl } from '../../src/lib/permalinks';
import {
  breadcrumbList,
  documentLegislation,
  newsArticle,
  provisionPage,
  webPage,
} from '../../src/lib/structured-data';
import { validInput } from './fixtures';

const url = (path: string) => absoluteUrl(path, 'https://treaty.example.org', '/treaty/');
/** JSON-LD as the JSON a consumer reads, property by property. */
const json = (data: object) => data as Record<string, unknown>;
const site = buildSiteModel(validInput());
const article1 = site.provisions.find((p) => p.id === 'pact/article-1')!;

describe('structured data', () => {
  test('should describe a report with its dates, citations and quotations, and no author', () => {
    const data = newsArticle(site.articles[0]!, 'https://img', url);
    expect(data).toMatchObject({
      '@type': 'NewsArticle',
      headline: 'Pact signed',
      datePublished: '2024-01-01',
      dateModified: '2024-01-01',
      inLanguage: 'en',
      // The report is the main thing on its page, and a thing of its own (one @id, one type).
      '@id': 'https://treaty.example.org/treaty/articles/2024-01-01-pact/#article',
      mainEntityOfPage: { '@id': 'https://treaty.example.org/treaty/articles/2024-01-01-pact/' },
      image: 'https://img',
    });
    expect(data).not.toHaveProperty('author');
    expect((json(data)['citation'] as object[]).length).toBe(2);
    // The reported statement ("called Article 1 key") is the reporter's wording, not a quotation.
    expect(json(data)['mentions']).toEqual([
      expect.objectContaining({
        text: 'a good pact',
        creator: { '@type': 'Person', name: 'A minister' },
        about: { '@id': 'https://treaty.example.org/treaty/documents/pact/' },
      }),
    ]);
    const quotation = (json(data)['hasPart'] as Record<string, unknown>[]).find(
      (q) => q['text'] === 'The parties shall cooperate,',
    );
    expect(quotation).toMatchObject({ '@type': 'Quotation' });
    // The report attributes a provision's words to the text, not to a person or a party.
    expect(quotation).not.toHaveProperty('creator');
  });

  test('should describe a provision as part of its document, its text known only through the quotation', () => {
    const data = provisionPage(article1, url);
    expect(data).toMatchObject({
      '@type': 'Legislation',
      name: 'Article 1: Cooperation',
      legislationIdentifier: 'Article 1',
      isPartOf: { '@id': 'https://treaty.example.org/treaty/documents/pact/' },
    });
    expect(data).not.toHaveProperty('text');
    expect((json(data)['subjectOf'] as Record<string, unknown>[])[0]).toMatchObject({
      text: 'The parties shall cooperate,',
      isBasedOn: {
        '@id': 'https://treaty.example.org/treaty/documents/pact/article-1/',
        name: 'Article 1: Cooperation',
      },
    });
    expect(JSON.stringify(data)).not.toContain('called Article 1 key');
  });

  test('should list a document’s provisions as parts and its statements, and leave out empty lists', () => {
    const data = documentLegislation(site.documents[0]!, url);
    expect((json(data)['hasPart'] as { name: string }[]).map((p) => p.name)).toEqual([
      'Preamble: Aims',
      'Article 1: Cooperation',
    ]);
    expect(json(data)['subjectOf']).toContainEqual(
      expect.objectContaining({ creator: { '@type': 'Person', name: 'A minister' } }),
    );
    const bare = documentLegislation({ ...site.documents[0]!, provisions: [], statements: [] }, url);
    expect(bare).not.toHaveProperty('hasPart');
    expect(bare).not.toHaveProperty('subjectOf');
  });

  test('should number breadcrumbs from 1 with absolute URLs', () => {
    expect(
      breadcrumbList(
        [
          { label: 'Home', path: '/' },
          { label: 'Pact', path: '/documents/pact/' },
        ],
        url,
      ),
    ).toEqual({
      '@context': 'https://schema.org',
      '@type': 'BreadcrumbList',
      itemListElement: [
        { '@type': 'ListItem', position: 1, name: 'Home', item: 'https://treaty.example.org/treaty/' },
        {
          '@type': 'ListItem',
          position: 2,
          name: 'Pact',
          item: 'https://treaty.example.org/treaty/documents/pact/',
        },
      ],
    });
    expect(
      json(webPage({ path: '/search/', title: 'Search', description: 'd' }, 'SearchResultsPage', url))[
        '@type'
      ],
    ).toBe('SearchResultsPage');
  });
});
