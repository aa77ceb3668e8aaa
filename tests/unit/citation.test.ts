import { describe, expect, test } from 'vitest';
import {
  accessDate,
  bibtexKey,
  citationBibtex,
  citationCsl,
  citationText,
  citeProvision,
  citeReport,
} from '../../src/lib/citation';
import { buildSiteModel } from '../../src/lib/model';
import { absoluteUrl } from '../../src/lib/permalinks';
import { validInput } from './fixtures';

const url = (path: string) => absoluteUrl(path, 'https://treaty.example.org', '/treaty/');
/** JSON-LD as the JSON a consumer reads, property by property. */
const site = buildSiteModel(validInput());
const article1 = site.provisions.find((p) => p.id === 'pact/article-1')!;

describe('citations', () => {
  const accessed = accessDate(new Date('2026-11-27T12:00:00Z'));
  const provision = citeProvision(article1, url);
  const report = citeReport(site.articles[0]!, url);

  test('should cite title, document, date, site, permalink and access date, naming no author', () => {
    const signed = { ...provision, published: new Date('2023-06-19') };
    expect(citationText(signed, accessed)).toBe(
      'Article 1: Cooperation, in The Pact (19 June 2023). Russia–DPRK Treaty: the quoted provisions, https://treaty.example.org/treaty/documents/pact/article-1/ (accessed 27 November 2026).',
    );
  });

  test('should quote a title only where it is the work’s own, and cite a provision to each paragraph quoting it', () => {
    expect(citationText(report, accessed)).toMatch(/^“/);
    expect(citationText(provision, accessed)).not.toMatch(/^“/);
    expect(provision.pinpoints).toEqual(
      article1.quotations.map((q) => ({
        text: expect.stringMatching(
          new RegExp(
            `^${article1.document.data.shortTitle}, art\\. 1, as quoted in .+, para\\. ${q.paragraph.number}$`,
          ),
        ),
        url: url(q.path),
      })),
    );
  });

  test('should give no date where the subject has none, but when the page was updated', () => {
    expect(provision.published).toBeUndefined();
    expect(citationText(provision, accessed)).toContain('in The Pact (n.d.; updated 1 January 2024).');
    expect(citationBibtex(provision, accessed)).toContain('year = {n.d.}');
    expect(citationBibtex(provision, accessed)).not.toMatch(/\n {2}date = /);
    expect(citationCsl(provision)).not.toHaveProperty('issued');
  });

  test('should cite a report by its first publisher and the original', () => {
    const original = { publisher: 'The Harbour Courier', url: 'https://courier.example/x/' };
    expect(citationText({ ...report, original }, accessed)).toBe(
      '“Pact signed”, The Harbour Courier, 1 January 2024, https://courier.example/x/. Reproduced in Russia–DPRK Treaty: the quoted provisions, https://treaty.example.org/treaty/articles/2024-01-01-pact/ (accessed 27 November 2026).',
    );
  });

  test('should give a report’s own address to citation managers, not this site’s', () => {
    const original = { publisher: 'The Harbour Courier', url: 'https://courier.example/x/' };
    expect(citationCsl({ ...report, original })).toMatchObject({
      type: 'article-newspaper',
      URL: 'https://courier.example/x/',
      note: 'Reproduced in Russia–DPRK Treaty: the quoted provisions: https://treaty.example.org/treaty/articles/2024-01-01-pact/',
    });
    expect(citationBibtex({ ...report, original }, accessed)).toContain('url = {https://courier.example/x/}');
  });

  test('should write a @misc BibTeX entry both BibTeX and biblatex read, with a key of its own', () => {
    const bib = citationBibtex(
      { ...provision, published: new Date('2024-01-01'), title: '50% & more_' },
      accessed,
    );
    expect(bib).toMatch(/^@misc\{pactArticle1_2024,\n/);
    expect(bib).toContain('title = {50\\% \\& more\\_}');
    expect(bib).toContain('year = {2024}');
    expect(bib).toContain('month = jan');
    expect(bib).toContain(
      'howpublished = {\\url{https://treaty.example.org/treaty/documents/pact/article-1/}}',
    );
    expect(bib).toContain('urldate = {2026-11-27}');
    expect(bib).toContain('note = {In The Pact. Accessed 2026-11-27}');
    expect(bib).not.toContain('booktitle');
    expect(bibtexKey({ path: '/', published: new Date('2024-01-01') })).toBe('home2024');
    expect(bibtexKey({ path: '/documents/draft-law/', published: undefined })).toBe('draftLaw');
    expect(
      bibtexKey({
        path: '/articles/2024-10-15-pact-signed/',
        published: new Date('2024-10-15'),
      }),
    ).toBe('pactSigned2024');
  });

  test('should give citation managers CSL-JSON with the type, date and address', () => {
    expect(citationCsl({ ...provision, published: new Date('2024-01-01') })).toEqual({
      id: 'pactArticle1_2024',
      type: 'webpage',
      title: 'Article 1: Cooperation, in The Pact',
      'container-title': '<span class="nocase">Russia–DPRK Treaty: the quoted provisions</span>',
      issued: { 'date-parts': [[2024, 1, 1]] },
      URL: 'https://treaty.example.org/treaty/documents/pact/article-1/',
      language: 'en',
    });
  });
});
