import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test, vi } from 'vitest';
import { quotationAnchors } from '../../src/lib/quotation-anchors';
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
import { allPageMeta, provisionMeta } from '../../src/lib/page-meta';
import { absoluteUrl, cardPath, FEED_PATH, provisionJsonPath, SITEMAP_PATH } from '../../src/lib/permalinks';
import { provisionRecord } from '../../src/lib/provision-record';
import { readRedirects } from '../../src/lib/redirects';
import { CARD_HEIGHT, CARD_WIDTH, drawableText, renderCard } from '../../src/lib/social-card';
import { shorten } from '../../src/lib/text';
import {
  breadcrumbList,
  documentLegislation,
  newsArticle,
  provisionPage,
  webPage,
} from '../../src/lib/structured-data';
import { textFragmentHref } from '../../src/lib/text-fragment';
import { checkRedirects } from '../../src/lib/validate';
import { validInput } from './fixtures';

const url = (path: string) => absoluteUrl(path, 'https://treaty.example.org', '/treaty/');
/** JSON-LD as the JSON a consumer reads, property by property. */
const json = (data: object) => data as Record<string, unknown>;
const site = buildSiteModel(validInput());
const article1 = site.provisions.find((p) => p.id === 'pact/article-1')!;

describe('absolute URLs and derived paths', () => {
  test('should join the site URL, the base path and the page path', () => {
    expect(url('/documents/x/')).toBe('https://treaty.example.org/treaty/documents/x/');
    expect(absoluteUrl('/', 'https://example.org', '/')).toBe('https://example.org/');
    expect(() => absoluteUrl('/', undefined, '/')).toThrow(/SITE_URL/);
  });

  test('should name a card, JSON document, feed and sitemap for each page', () => {
    expect(cardPath('/')).toBe('/og/index.png');
    expect(cardPath('/documents/x/article-4/')).toBe('/og/documents/x/article-4.png');
    expect(cardPath('/404.html')).toBe('/og/404.png');
    expect(provisionJsonPath('x', 'x/article-4')).toBe('/documents/x/article-4.json');
    expect(FEED_PATH).toBe('/rss.xml');
    expect(SITEMAP_PATH).toBe('/sitemap-index.xml');
  });
});

describe('anchors', () => {
  test('should derive quotation anchors from the provision and from a statement’s first words', () => {
    expect(
      quotationAnchors([
        { kind: 'provision', text: 'x', provision: 'russia-dprk-treaty/article-4' },
        { kind: 'statement', text: 'exclusively defensive position.' },
        { kind: 'statement', text: 'one two three four five six seven' },
      ]),
    ).toEqual([
      'quote-russia-dprk-treaty-article-4',
      'said-exclusively-defensive-position',
      'said-one-two-three-four-five-six',
    ]);
  });

  test('should keep anchors unique and never empty, whatever the words', () => {
    expect(
      quotationAnchors([
        { kind: 'provision', text: 'a', provision: 'pact/article-1' },
        { kind: 'provision', text: 'b', provision: 'pact/article-1' },
        { kind: 'statement', text: 'for a hundred years, and more' },
        { kind: 'statement', text: 'for a hundred years, and then some' },
        { kind: 'statement', text: 'великая инициатива' },
        { kind: 'statement', text: '« … »' },
      ]),
    ).toEqual([
      'quote-pact-article-1',
      'quote-pact-article-1-2',
      'said-for-a-hundred-years-and-more',
      'said-for-a-hundred-years-and-then',
      'said-великая-инициатива',
      'said-6',
    ]);
  });
});

describe('text fragments', () => {
  test('should point at the paragraph and at the first and last words of a long quote', () => {
    expect(
      textFragmentHref(
        '/a/#p-6',
        'agree on possible practical measures to ensure cooperation in eliminating the threat.',
      ),
    ).toBe('/a/#p-6:~:text=agree%20on%20possible%20practical,in%20eliminating%20the%20threat.');
  });

  test('should use a short quote whole and escape characters that have a meaning in the directive', () => {
    expect(textFragmentHref('/a/#p-1', 'Russian-Korean, allied & close')).toBe(
      '/a/#p-1:~:text=Russian%2DKorean%2C%20allied%20%26%20close',
    );
  });
});

describe('citations', () => {
  const accessed = accessDate(new Date('2026-11-27T12:00:00Z'));
  const provision = citeProvision(article1, url);
  const report = citeReport(site.articles[0]!, url);

  test('should cite title, document, date, site, permalink and access date, naming no author', () => {
    expect(citationText(provision, accessed)).toBe(
      '“Article 1: Cooperation”, in The Pact (1 January 2024). Russia–DPRK Treaty: the quoted provisions, https://treaty.example.org/treaty/documents/pact/article-1/ (accessed 27 November 2026).',
    );
  });

  test('should cite a report by its first publisher and the original', () => {
    const original = { publisher: 'Pravda.ru', url: 'https://english.pravda.ru/x/' };
    expect(citationText({ ...report, original }, accessed)).toBe(
      '“Pact signed”, Pravda.ru, 1 January 2024, https://english.pravda.ru/x/. Reproduced in Russia–DPRK Treaty: the quoted provisions, https://treaty.example.org/treaty/articles/2024-01-01-pact/ (accessed 27 November 2026).',
    );
  });

  test('should write a @misc BibTeX entry both BibTeX and biblatex read, with a key of its own', () => {
    const bib = citationBibtex({ ...provision, title: '50% & more_' }, accessed);
    expect(bib).toMatch(/^@misc\{QuotedProvisions2024-pact-article-1,\n/);
    expect(bib).toContain('title = {50\\% \\& more\\_}');
    expect(bib).toContain('year = {2024}');
    expect(bib).toContain('month = jan');
    expect(bib).toContain(
      'howpublished = {\\url{https://treaty.example.org/treaty/documents/pact/article-1/}}',
    );
    expect(bib).toContain('urldate = {2026-11-27}');
    expect(bib).toContain('note = {In The Pact. Accessed 2026-11-27}');
    expect(bib).not.toContain('booktitle');
    expect(bibtexKey({ path: '/', published: new Date('2024-01-01') })).toBe('QuotedProvisions2024-home');
  });

  test('should give citation managers CSL-JSON with the type, date and address', () => {
    expect(citationCsl(provision)).toEqual({
      id: 'QuotedProvisions2024-pact-article-1',
      type: 'webpage',
      title: 'Article 1: Cooperation, in The Pact',
      'container-title': '<span class="nocase">Russia–DPRK Treaty: the quoted provisions</span>',
      issued: { 'date-parts': [[2024, 1, 1]] },
      URL: 'https://treaty.example.org/treaty/documents/pact/article-1/',
      language: 'en',
    });
  });
});

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

describe('page metadata and provision records', () => {
  test('should give every page a card with a kicker and title, and a provision its quote', () => {
    const metas = allPageMeta(site);
    expect(metas.map((m) => m.path)).toEqual([
      '/',
      '/search/',
      '/404.html',
      '/articles/2024-01-01-pact/',
      '/documents/pact/',
      '/documents/pact/preamble/',
      '/documents/pact/article-1/',
    ]);
    expect(provisionMeta(article1, 1).card).toEqual({
      kicker: 'Pact · Article 1',
      title: 'Cooperation',
      quote: 'The parties shall cooperate,',
    });
    expect(provisionMeta(article1, 1).description).toBe(
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

describe('social cards', () => {
  test('should shorten long text at a word with an ellipsis', () => {
    expect(shorten('short', 10)).toBe('short');
    expect(shorten('one two three four five', 12)).toBe('one two…');
  });

  test('should draw a 1200×630 PNG, the same bytes every time', async () => {
    const card = {
      kicker: 'The Pact · Article 1',
      title: 'Cooperation',
      quote: 'The parties shall cooperate,',
    };
    const [a, b] = await Promise.all([renderCard(card, 'Site', '/a/'), renderCard(card, 'Site', '/a/')]);
    expect(a.subarray(1, 4).toString()).toBe('PNG');
    expect([a.readUInt32BE(16), a.readUInt32BE(20)]).toEqual([CARD_WIDTH, CARD_HEIGHT]);
    expect(a.equals(b)).toBe(true);
    expect(a.equals(await renderCard({ ...card, title: 'Other' }, 'Site', '/a/'))).toBe(false);
  });

  test('should draw a document’s map of articles on its card, the quoted ones marked', async () => {
    const card = { kicker: 'Treaty', title: 'The Pact' };
    const plain = await renderCard(card, 'Site', '/d/');
    const mapped = await renderCard({ ...card, articleMap: { count: 23, quoted: [3, 4] } }, 'Site', '/d/');
    const otherQuotes = await renderCard(
      { ...card, articleMap: { count: 23, quoted: [3, 5] } },
      'Site',
      '/d/',
    );
    expect(mapped.equals(plain)).toBe(false);
    expect(mapped.equals(otherQuotes)).toBe(false);
  });

  test('should draw Cyrillic and Greek letters, not boxes', async () => {
    // Letters a font lacks are all drawn as the same box: two different words would look alike.
    const draw = (title: string) => renderCard({ kicker: 'K', title }, 'Site', '/a/');
    expect((await draw('Великая')).equals(await draw('Великие'))).toBe(false);
    expect((await draw('Ελληνικά')).equals(await draw('Ελληνικό'))).toBe(false);
  });

  test('should leave out, and warn about, text the card font cannot draw', async () => {
    expect(drawableText('Treaty 条约 text')).toEqual({ text: 'Treaty text', missing: '条约' });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await renderCard({ kicker: 'K', title: 'Treaty 条约' }, 'Site', '/documents/x/');
    expect(warn).toHaveBeenCalledWith(
      expect.stringContaining('/documents/x/: Source Serif 4 has no glyphs for “条约”'),
    );
    warn.mockRestore();
  });
});

describe('redirects', () => {
  const dir = mkdtempSync(join(tmpdir(), 'redirects-'));
  const file = (name: string, body: string) => {
    writeFileSync(join(dir, name), body);
    return join(dir, name);
  };

  test('should read old paths and their new paths', () => {
    const { redirects, problems } = readRedirects(
      file('ok.json', '{ "/old/": { "to": "/documents/pact/" } }'),
    );
    expect(problems).toEqual([]);
    expect(redirects).toEqual([
      { id: '/old/', filePath: join(dir, 'ok.json'), data: { to: '/documents/pact/' } },
    ]);
  });

  test('should explain a malformed file, a missing file and a bad target path', () => {
    expect(readRedirects(file('bad.json', '{ nope')).problems[0]).toMatchObject({
      field: '(whole file)',
      message: expect.stringContaining('not valid JSON'),
    });
    expect(readRedirects(join(dir, 'missing.json')).problems[0]).toMatchObject({
      fix: 'create it with the content {} (no redirects).',
    });
    expect(
      readRedirects(file('path.json', '{ "/old/": { "to": "documents/pact" } }')).problems[0],
    ).toMatchObject({
      field: '/old/.to',
      message: expect.stringContaining('must be a site path'),
    });
    const notAPath = readRedirects(file('key.json', '{ "old": { "to": "/documents/pact/" } }'));
    expect(notAPath.redirects).toEqual([]);
    expect(notAPath.problems.map((p) => p.message)).toEqual(['"old" is not a site path.']);
  });

  test('should reject a redirect from a live page or to a missing page', () => {
    const input = validInput();
    input.redirects = [
      { id: '/documents/pact/', filePath: 'redirects.json', data: { to: '/documents/pact/article-1/' } },
      { id: '/gone/', filePath: 'redirects.json', data: { to: '/nowhere/' } },
    ];
    expect(checkRedirects(input).map((p) => p.message)).toEqual([
      '/documents/pact/ is still a page, so it cannot redirect.',
      'redirects to /nowhere/, which is not a page.',
    ]);
    expect(checkRedirects(validInput())).toEqual([]);
  });
});
