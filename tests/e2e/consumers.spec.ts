import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { APIRequestContext } from '@playwright/test';
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import jsonld from 'jsonld';
import createMetascraper from 'metascraper';
import metascraperAuthor from 'metascraper-author';
import metascraperDate from 'metascraper-date';
import metascraperLang from 'metascraper-lang';
import metascraperPublisher from 'metascraper-publisher';
import metascraperTitle from 'metascraper-title';
import ogs from 'open-graph-scraper';
import RssParser from 'rss-parser';
import Sitemapper from 'sitemapper';
import chicago from 'style-chicago';
import { expect, test } from './fixtures';
import { pagesOf } from './helpers';

/**
 * The built site as other software reads it, each client fed over HTTP from the server the tests
 * run: a feed reader (rss-parser), a sitemap crawler (sitemapper), link previews
 * (open-graph-scraper, metascraper), a linked-data processor (jsonld.js), citation managers
 * (citation-js with APA and Chicago), and a data user's JSON Schema validator (Ajv). Each test
 * asserts what the client reads, against the content itself.
 */

const today = new Date().toISOString().slice(0, 10);
const MAX_OG_DESCRIPTION = 200;

async function html(request: APIRequestContext, path: string): Promise<string> {
  const response = await request.get(path);
  expect(response.ok(), path).toBe(true);
  return response.text();
}

/** What the page says about its own dates, as a link-preview scraper reads its meta tags. */
async function openGraph(page: string) {
  const { result } = await ogs({ html: page });
  return result;
}

test.describe('feed readers', () => {
  test('should read the feed’s language, self link, date and every report with its day and publisher', async ({
    content,
    request,
    baseURL,
  }) => {
    const parser = new RssParser<{ language: string; day: string }, { publisher?: string; day?: string }>({
      customFields: {
        feed: ['dc:date' as 'day'],
        item: [
          ['dc:publisher', 'publisher'],
          ['dc:date', 'day'],
        ],
      },
    });
    const feed = await parser.parseString(await html(request, 'rss.xml'));
    expect(feed.feedUrl).toBe(new URL('rss.xml', baseURL).href);
    expect(feed.language).toBe('en');
    expect(feed.link).toBe(new URL('', baseURL).href);
    // The feed changes when its newest report or correction does.
    const corrections = [
      ...content.articles,
      ...content.documents,
      ...content.provisions,
      ...content.timelines,
    ].flatMap((page) => page.corrections.map((c) => c.date));
    const newest = [content.articles[0]!.date, ...corrections].sort().at(-1);
    expect((feed as unknown as Record<string, string>)['dc:date']).toBe(newest);
    // A correction is an item of its own, filed as one; the reports are the others, newest first.
    const reports = feed.items.filter((item) => !item.categories?.includes('Correction'));
    expect(feed.items.length - reports.length).toBe(corrections.length);
    expect(reports.map((item) => item.link)).toEqual(
      content.articles.map((a) => new URL(a.path, baseURL).href),
    );
    for (const [i, item] of reports.entries()) {
      const article = content.articles[i]!;
      expect(item.title).toBe(article.title);
      // The report's day alone: no time of day that no report states.
      expect(item.day).toBe(article.date);
      expect(item.pubDate, 'no invented time of day').toBeUndefined();
      expect(item.publisher).toBe(article.original?.publisher);
      expect(item.creator, 'no author is invented').toBeUndefined();
    }
  });
});

test.describe('search engines', () => {
  test('should list each indexable page with the day its content changed, in a sitemap with no unused namespaces', async ({
    dist,
    request,
    baseURL,
    content,
  }) => {
    const { sites, errors } = await new Sitemapper({
      url: new URL('sitemap-index.xml', baseURL).href,
      fields: { loc: true, lastmod: true },
      timeout: 10_000,
    }).fetch();
    expect(errors).toEqual([]);
    const listed = sites as unknown as { loc: string; lastmod?: string }[];
    expect(listed.length).toBeGreaterThan(0);
    for (const { loc, lastmod } of listed) {
      const page = await html(request, loc);
      const modified = (await openGraph(page)).articleModifiedTime;
      expect(lastmod && new Date(lastmod).toISOString(), loc).toBe(
        modified && new Date(modified).toISOString(),
      );
      expect(lastmod, `${loc}: not the day of the build`).not.toBe(today);
    }
    // A document's page shows its timeline: it changed no earlier than the latest step it shows.
    for (const document of content.documents) {
      const days = content
        .stepsOf(document.id)
        .flatMap(({ step }) => [step.date, ...(step.dates ?? []).map((d) => d.date)])
        .filter((day): day is string => Boolean(day));
      if (days.length === 0) continue;
      const entry = listed.find(({ loc }) => new URL(loc).pathname.endsWith(`/${document.path}`));
      expect(entry?.lastmod?.slice(0, 10), document.path).toBeDefined();
      expect(entry!.lastmod!.slice(0, 10) >= days.sort().at(-1)!, document.path).toBe(true);
    }
    const paths = listed.map(({ loc }) => new URL(loc).pathname);
    expect(paths).not.toContain(new URL('search/', baseURL).pathname);
    expect(paths).not.toContain(new URL('404.html', baseURL).pathname);
    const sitemap = await html(request, new URL('sitemap-0.xml', baseURL).href);
    expect([...sitemap.matchAll(/xmlns:(\w+)=/g)].map((m) => m[1])).toEqual([]);
    expect(pagesOf(dist).length).toBeGreaterThan(listed.length);
  });
});

test.describe('link previews', () => {
  test('should give every page its whole title, a description within 200 characters, a locale and an image description', async ({
    dist,
    request,
  }) => {
    for (const path of pagesOf(dist)) {
      const page = await html(request, path);
      const preview = await openGraph(page);
      // A title may be a report's headline: it is given whole, never cut.
      const title = /<title>([^<]*)<\/title>/.exec(page)![1]!.replace(/&#39;/g, "'").replace(/&amp;/g, '&');
      expect(title.startsWith(preview.ogTitle!), `${path}: ${preview.ogTitle}`).toBe(true);
      expect(title.slice(preview.ogTitle!.length), path).toMatch(/^( · .+)?$/);
      expect(preview.ogDescription?.length, path).toBeLessThanOrEqual(MAX_OG_DESCRIPTION);
      // A quotation the cut leaves open is closed.
      const description = preview.ogDescription ?? '';
      expect((description.match(/“/g) ?? []).length, path).toBe((description.match(/”/g) ?? []).length);
      expect(preview.ogLocale, path).toBe('en_GB');
      expect(preview.twitterImage?.[0]?.alt, path).toBeTruthy();
      expect(preview.ogImage?.[0]?.url, path).toMatch(/\.png$/);
      // Trimmed at a word, with an ellipsis, never mid-word.
      if (description.replace(/”$/, '').endsWith('…')) expect(description, path).toMatch(/\S…”?$/);
    }
  });

  test('should name a document by its full title', async ({ content, request }) => {
    for (const document of content.documents) {
      const preview = await openGraph(await html(request, document.path));
      expect(preview.ogTitle).toBe(document.title);
    }
  });

  test('should date a report by its day and a provision by its treaty’s signing, naming the publisher and no author', async ({
    content,
    request,
    baseURL,
  }) => {
    const metascraper = createMetascraper([
      metascraperDate({ datePublished: true, dateModified: true }),
      metascraperTitle(),
      metascraperPublisher(),
      metascraperAuthor(),
      metascraperLang(),
    ]);
    const read = async (path: string) =>
      metascraper({ url: new URL(path, baseURL).href, html: await html(request, path) }) as Promise<
        Record<string, string | null>
      >;
    for (const article of content.articles) {
      const metadata = await read(article.path);
      expect(metadata['datePublished'], article.path).toBe(`${article.date}T00:00:00.000Z`);
      // A report whose copy names no publisher is given none; a scraper falls back to the site's name.
      if (article.original) expect(metadata['publisher']).toBe(article.original.publisher);
      expect(metadata['author']).toBeNull();
      expect(metadata['lang']).toBe('en');
    }
    for (const provision of content.provisions) {
      const signed = content.documents.find((d) => d.id === provision.document)!.signed;
      const page = await html(request, provision.path);
      const metadata = await read(provision.path);
      // A draft has no date of its own: the day a report quoted it is not its date, so none is given.
      if (signed) expect(metadata['datePublished'], provision.path).toBe(`${signed}T00:00:00.000Z`);
      else expect(page, provision.path).not.toContain('article:published_time');
      expect(metadata['dateModified']!.slice(0, 10), provision.path).not.toBe(today);
      expect(metadata['author']).toBeNull();
    }
  });
});

/** schema.org's context puts every term in its vocabulary; this stand-in does the same offline. */
const documentLoader = async (url: string) => {
  if (url.replace(/\/$/, '') !== 'https://schema.org') throw new Error(`No network in tests: ${url}`);
  return { documentUrl: url, document: { '@context': { '@vocab': 'https://schema.org/' } } };
};
const SCHEMA = 'https://schema.org/';
type Node = Record<string, { '@value'?: unknown; '@id'?: string }[] | string | string[]>;
const values = (node: Node, term: string) =>
  ((node[`${SCHEMA}${term}`] ?? []) as { '@value'?: unknown; '@id'?: string }[]).map(
    (v) => v['@value'] ?? v['@id'],
  );

test.describe('linked data', () => {
  test('should merge every page’s JSON-LD by @id into things with one type and one name each', async ({
    content,
    dist,
    request,
    baseURL,
  }) => {
    const documents: object[] = [];
    for (const path of pagesOf(dist)) {
      const page = await html(request, path);
      for (const [, json] of page.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)) {
        expect(json, `${path}: no empty list`).not.toMatch(/:\[\]/);
        documents.push(JSON.parse(json!) as object);
      }
    }
    const graph = (await jsonld.flatten(documents as jsonld.JsonLdDocument, undefined, {
      documentLoader,
    })) as unknown as Node[];
    const named = graph.filter((node) => typeof node['@id'] === 'string' && !node['@id'].startsWith('_:'));
    expect(named.length).toBeGreaterThan(content.provisions.length);
    for (const node of named) {
      expect(
        (node['@type'] as string[] | undefined)?.length ?? 0,
        `${node['@id']} types`,
      ).toBeLessThanOrEqual(1);
      expect(
        new Set(values(node, 'name')).size,
        `${node['@id']} names: ${values(node, 'name')}`,
      ).toBeLessThanOrEqual(1);
    }
    const byId = (id: string) => named.find((node) => node['@id'] === id)!;
    for (const provision of content.provisions) {
      const thing = byId(new URL(provision.path, baseURL).href);
      expect(thing['@type']).toEqual([`${SCHEMA}Legislation`]);
      expect(values(thing, 'name')).toEqual([provision.heading]);
      // The provision's text is not on the site: only the report's excerpt, which is the Quotation's.
      expect(values(thing, 'text')).toEqual([]);
      expect(values(thing, 'inLanguage')).toEqual(['en']);
    }
    for (const article of content.articles) {
      const report = graph.find(
        (node) =>
          values(node, 'url')[0] === new URL(article.path, baseURL).href &&
          node['@type']?.[0] === `${SCHEMA}NewsArticle`,
      )!;
      expect(values(report, 'datePublished')).toEqual([article.date]);
      expect(values(report, 'isBasedOn')).toEqual(article.original ? [article.original.url] : []);
      expect(values(report, 'mainEntityOfPage')).toEqual([new URL(article.path, baseURL).href]);
      const publisher = values(report, 'publisher')[0] as string | undefined;
      if (article.original)
        expect(values(byIdOrBlank(graph, publisher!), 'name')).toEqual([article.original.publisher]);
      else expect(publisher).toBeUndefined();
      expect(values(report, 'author')).toEqual([]);
    }
  });

  test('should name people without titles, with their role as jobTitle', async ({ content, request }) => {
    // Every report that gives a person's words names that person, by name alone.
    const isPerson = (id: string) => content.speakers.find((s) => s.id === id)?.kind === 'person';
    for (const article of content.articles) {
      const page = await html(request, article.path);
      const people = [...page.matchAll(/"@type":"Person","name":"([^"]+)"(?:,"jobTitle":"([^"]+)")?/g)];
      if (article.statements.some((s) => isPerson(s.speaker)))
        expect(people.length, article.path).toBeGreaterThan(0);
      for (const [, name] of people) expect(name).not.toMatch(/^(President|Minister|Leader|Chairman) /);
    }
  });
});

function byIdOrBlank(graph: Node[], id: string): Node {
  const node = graph.find((n) => n['@id'] === id);
  if (!node) throw new Error(`No node ${id} in the merged graph`);
  return node;
}

test.describe('citation managers', () => {
  plugins.config.get('@csl').styles.add('chicago', chicago);
  const format = (data: unknown, template: string) =>
    (new Cite(data).format('bibliography', { format: 'text', template, lang: 'en-US' }) as string).trim();
  const unescape = (text: string) =>
    text
      .replace(/<[^>]+>/g, '')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, '&');
  const cslOf = (page: string) =>
    JSON.parse(
      decodeURIComponent(
        unescape(
          /href="data:application\/vnd\.citationstyles\.csl\+json;charset=utf-8,([^"]*)"/.exec(page)![1]!,
        ),
      ),
    ) as unknown;
  const bibtexOf = (page: string) => unescape(/id="cite-bibtex"[^>]*>([\s\S]*?)<\/code>/.exec(page)![1]!);

  test('should turn a report’s CSL-JSON into APA and Chicago references with its date and publisher', async ({
    content,
    request,
    baseURL,
  }) => {
    const article = content.articles.find((a) => a.original)!;
    const csl = cslOf(await html(request, article.path));
    // A report is cited at its first publisher's address; this site's copy is named in a note.
    const url = article.original!.url;
    expect(JSON.stringify(csl)).toContain(new URL(article.path, baseURL).href);
    const [year, month, day] = article.date.split('-').map(Number) as [number, number, number];
    const monthName = new Date(Date.UTC(year, month - 1, day)).toLocaleString('en-US', {
      month: 'long',
      timeZone: 'UTC',
    });
    expect(format(csl, 'apa')).toBe(
      `${article.title}. (${year}, ${monthName} ${day}). ${article.original!.publisher}. ${url}`,
    );
    const chicagoReference = format(csl, 'chicago');
    expect(chicagoReference).toContain(`${article.original!.publisher}. ${year}.`);
    expect(chicagoReference).toContain(`${monthName} ${day}, ${year}`);
    expect(chicagoReference).toContain(url);
  });

  test('should date a citation by its subject’s own date, and say “n.d.” where it has none', async ({
    content,
    dist,
    request,
  }) => {
    const keys = new Set<string>();
    for (const path of pagesOf(dist)) {
      const page = await html(request, path);
      if (!page.includes('id="cite-bibtex"')) continue;
      // A report has its day, a provision or document the day its document was signed; a draft
      // or a chronology this site compiled has none, and is never given the day of a report.
      const published = /<meta property="article:published_time" content="([^"]+)"/.exec(page)?.[1];
      for (const data of [cslOf(page), bibtexOf(page)]) {
        const apa = format(data, 'apa');
        if (published) expect(apa, path).toMatch(/\(\d{4}, [A-Z][a-z]+ \d{1,2}\)/);
        else expect(apa, path).toContain('(n.d.)');
      }
      const [entry] = new Cite(bibtexOf(page)).data as { id: string }[];
      expect(keys.has(entry!.id), `${path}: key ${entry!.id} is unique`).toBe(false);
      keys.add(entry!.id);
      // Words in camel case, then the year where the page has one ("pactArticle4_2024", "draftLaw").
      expect(entry!.id, path).toMatch(/^[a-z][A-Za-z0-9]*(_?\d{4})?$/);
    }
    expect(keys.size).toBe(
      content.articles.length +
        content.documents.length +
        content.provisions.length +
        content.timelines.length,
    );
  });

  test('should cite a provision as a page of this site, in its document, by its document’s signing date', async ({
    content,
    request,
  }) => {
    for (const document of content.documents) {
      const provision = content.provisionsOf(document.id)[0]!;
      const apa = format(cslOf(await html(request, provision.path)), 'apa');
      // Citation styles set a straight apostrophe as a typographic one, in every title.
      const curly = (text: string) => text.replace(/'/g, '’');
      expect(apa).toContain(`${curly(provision.heading)}, in ${curly(document.title)}`);
      if (document.signed) {
        const [year, month, day] = document.signed.split('-').map(Number) as [number, number, number];
        const monthName = new Date(Date.UTC(year, month - 1, day)).toLocaleString('en-US', {
          month: 'long',
          timeZone: 'UTC',
        });
        expect(apa).toContain(`(${year}, ${monthName} ${day})`);
      } else expect(apa).toContain('(n.d.)');
      expect(apa).toContain('Russia–DPRK Treaty: the quoted provisions');
    }
  });
});

test.describe('data users', () => {
  test('should publish provision JSON that validates against its published schema, readable from any origin', async ({
    content,
    dist,
    request,
    baseURL,
  }) => {
    const schemaResponse = await request.get('schemas/provision-v1.json');
    expect(schemaResponse.headers()['access-control-allow-origin']).toBe('*');
    const schema = (await schemaResponse.json()) as object;
    const ajv = new Ajv2020({ strict: true, allErrors: true });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    const files = readdirSync(join(dist, 'documents'), { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.json'))
      .map((file) => relative(dist, join(dist, 'documents', file)));
    expect(files.length).toBe(content.provisions.length);
    for (const file of files) {
      const response = await request.get(file);
      expect(response.headers()['content-type'], file).toContain('application/json');
      expect(response.headers()['access-control-allow-origin'], file).toBe('*');
      const data = (await response.json()) as { $schema: string; self: string; format: number };
      expect(validate(data), `${file}: ${ajv.errorsText(validate.errors)}`).toBe(true);
      expect(data.$schema).toBe(new URL('schemas/provision-v1.json', baseURL).href);
      expect(data.self).toBe(new URL(file, baseURL).href);
    }
  });
});
