import { describe, expect, test } from 'vitest';
import { buildSiteModel } from '../../src/lib/model';
import { allPageMeta, provisionMeta } from '../../src/lib/page-meta';
import { absoluteUrl } from '../../src/lib/permalinks';
import { provisionRecord } from '../../src/lib/provision-record';
import { validInput } from './fixtures';

const url = (path: string) => absoluteUrl(path, 'https://treaty.example.org', '/treaty/');
const site = buildSiteModel(validInput());
const article1 = site.provisions.find((p) => p.id === 'pact/article-1')!;

describe('page metadata and provision records', () => {
  test('should give the home page no date of its own, only the day its newest page changed', () => {
    const home = allPageMeta(site).find((m) => m.path === '/')!;
    const pages = [...site.articles, ...site.documents, ...site.provisions, ...site.timelines];
    expect(home.dates?.published).toBeUndefined();
    expect(home.dates?.modified).toEqual(new Date(Math.max(...pages.map((p) => p.modified.getTime()))));
  });

  test('should give every page a card with a kicker and title, and a provision its quote', () => {
    const metas = allPageMeta(site);
    expect(metas.map((m) => m.path)).toEqual([
      '/',
      '/search/',
      '/404.html',
      '/about/',
      '/corrections/',
      '/articles/2024-01-01-pact/',
      '/documents/pact/',
      '/documents/pact/preamble/',
      '/documents/pact/article-1/',
    ]);
    expect(provisionMeta(article1).card).toEqual({
      kicker: 'Pact · Article 1',
      title: 'Cooperation',
      quote: 'The parties shall cooperate,',
    });
    expect(provisionMeta(article1).description).toBe(
      'Article 1 of the Pact, as quoted in the report: “The parties shall cooperate,”',
    );
  });

  test('should give a provision’s JSON the same facts as its page, with absolute URLs', () => {
    const record = provisionRecord(article1, url);
    expect(record).toMatchObject({
      $schema: 'https://treaty.example.org/treaty/schemas/provision-v1.json',
      format: 1,
      self: 'https://treaty.example.org/treaty/documents/pact/article-1.json',
      url: 'https://treaty.example.org/treaty/documents/pact/article-1/',
      label: 'Article 1',
      quote: 'The parties shall cooperate,',
      document: { id: 'pact', parties: ['A', 'B'], status: null, articleCount: null },
      quotedIn: [
        {
          url: 'https://treaty.example.org/treaty/articles/2024-01-01-pact/#p-3',
          paragraph: '“The parties shall cooperate,” the text reads.',
        },
      ],
      statements: [
        {
          speaker: 'The DPRK',
          kind: 'reported',
          report: 'The DPRK called Article 1 key:',
          url: 'https://treaty.example.org/treaty/articles/2024-01-01-pact/#p-2',
        },
      ],
      previous: 'https://treaty.example.org/treaty/documents/pact/preamble/',
      next: null,
    });
  });
});
