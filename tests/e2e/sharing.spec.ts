import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { e2eSites } from '../../scripts/lib/e2e-servers.mjs';
import { readContent } from '../content';
import { ARTICLE, distDir, pagesOf } from './helpers';

type Thing = Record<string, unknown> & { '@type': string };

async function jsonLd(page: Page): Promise<Thing[]> {
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  return blocks.map((text) => JSON.parse(text) as Thing);
}

const PNG_SIGNATURE = '89504e470d0a1a0a';

test.describe('social cards', () => {
  test('should give every page Open Graph and Twitter tags with a 1200×630 PNG card', async ({
    page,
    request,
  }, testInfo) => {
    for (const path of pagesOf(distDir(testInfo))) {
      await page.goto(path);
      const meta = async (key: string) =>
        page.locator(`meta[property="${key}"], meta[name="${key}"]`).getAttribute('content');
      for (const key of ['og:title', 'og:description', 'og:url', 'og:type', 'og:site_name', 'og:image:alt']) {
        expect(await meta(key), `${path} ${key}`).toBeTruthy();
      }
      expect(await meta('twitter:card')).toBe('summary_large_image');
      expect(await meta('og:image:width')).toBe('1200');
      expect(await meta('og:image:height')).toBe('630');
      const image = await request.get((await meta('og:image'))!);
      expect(image.status(), path).toBe(200);
      expect(image.headers()['content-type']).toContain('image/png');
      const bytes = await image.body();
      expect(bytes.subarray(0, 8).toString('hex')).toBe(PNG_SIGNATURE);
      expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)], path).toEqual([1200, 630]);
    }
  });

  test('should draw the same bytes as the other build for the same content', async () => {
    // This project's cards against the other build's: drawn separately (no card cache in tests).
    const own = join(distDir(test.info()), 'og');
    const other = e2eSites().find((site) => site.name !== test.info().project.name)!;
    const [a, b] = [own, resolve(import.meta.dirname, '../..', other.dir, 'og')];
    for (const card of [
      'index.png',
      'documents/russia-dprk-treaty/article-4.png',
      'articles/2024-10-15-putin-proposes-ratification.png',
    ]) {
      expect(readFileSync(join(a!, card)).equals(readFileSync(join(b!, card))), card).toBe(true);
    }
  });
});

test.describe('structured data', () => {
  test('should describe the article as a NewsArticle citing the provisions it quotes', async ({
    page,
    baseURL,
  }) => {
    await page.goto(ARTICLE);
    const [article, breadcrumbs] = await jsonLd(page);
    expect(article).toMatchObject({
      '@type': 'NewsArticle',
      headline: 'Putin proposes to ratify ‘grandiose and great initiative’ with North Korea',
      datePublished: '2024-10-15',
      url: new URL(ARTICLE, baseURL).href,
    });
    const citations = article!['citation'] as Thing[];
    const quoted = readContent().articles.find((a) => a.path === ARTICLE)!.quoted;
    expect(citations.map((c) => c['@id'])).toEqual(
      quoted.map((id) => new URL(`documents/${id}/`, baseURL).href),
    );
    const quotes = article!['hasPart'] as Thing[];
    expect(quotes.every((q) => q['@type'] === 'Quotation' && q['text'] && q['isBasedOn'])).toBe(true);
    const statements = article!['mentions'] as Thing[];
    expect(statements).toContainEqual(
      expect.objectContaining({
        '@type': 'Quotation',
        text: 'for a hundred years.',
        creator: { '@type': 'Person', name: 'Kim Jong-un' },
      }),
    );
    expect(breadcrumbs).toMatchObject({ '@type': 'BreadcrumbList' });
  });

  test('should describe a provision as Legislation, part of its document, with its quotations', async ({
    page,
    baseURL,
  }) => {
    await page.goto('documents/russia-dprk-treaty/article-4/');
    const [provision, breadcrumbs] = await jsonLd(page);
    expect(provision).toMatchObject({
      '@type': 'Legislation',
      legislationIdentifier: 'Article 4',
      legislationDate: '2024-06-19',
      isPartOf: { '@type': 'Legislation', '@id': new URL('documents/russia-dprk-treaty/', baseURL).href },
    });
    const quotations = provision!['subjectOf'] as Thing[];
    expect(quotations[0]).toMatchObject({
      '@type': 'Quotation',
      text: expect.stringContaining('Article 51 of the UN Charter'),
      isBasedOn: { '@id': new URL('documents/russia-dprk-treaty/article-4/', baseURL).href },
    });
    // The report attributes the provision's words to the text, and the DPRK's “key” is reported
    // speech: neither puts words in anyone's mouth.
    expect(quotations[0]).not.toHaveProperty('creator');
    expect(JSON.stringify(provision)).not.toContain('called Article 4 of the agreement key');
    expect(quotations).toContainEqual(
      expect.objectContaining({
        text: 'exclusively defensive position.',
        creator: { '@type': 'Organization', name: 'Russian Ministry of Foreign Affairs' },
      }),
    );
    expect((breadcrumbs!['itemListElement'] as Thing[]).map((i) => i['name'])).toEqual([
      'Home',
      'Russia–DPRK Treaty (2024)',
      'Article 4',
    ]);
  });

  test('should describe a document as Legislation with its quoted provisions as parts', async ({ page }) => {
    await page.goto('documents/russia-dprk-treaty/');
    const [document] = await jsonLd(page);
    expect(document).toMatchObject({ '@type': 'Legislation', legislationDate: '2024-06-19' });
    expect((document!['hasPart'] as Thing[]).map((p) => p['legislationIdentifier'])).toEqual([
      'Article 3',
      'Article 4',
      'Article 5',
      'Article 8',
    ]);
  });

  test('should describe every page by its kind, with a breadcrumb trail ending at the page itself', async ({
    page,
    baseURL,
  }, testInfo) => {
    const kindOf = (path: string) =>
      path === ''
        ? 'WebSite'
        : path === 'search/'
          ? 'SearchResultsPage'
          : path === '404.html' || path.startsWith('timelines/')
            ? 'WebPage'
            : path.startsWith('articles/')
              ? 'NewsArticle'
              : 'Legislation';
    for (const path of pagesOf(distDir(testInfo))) {
      await page.goto(path);
      const things = await jsonLd(page);
      expect(things[0]?.['@type'], path).toBe(kindOf(path));
      const trail = things.find((t) => t['@type'] === 'BreadcrumbList');
      if (path === '' || path === '404.html') {
        expect(trail, `${path} has no trail above it`).toBeUndefined();
        continue;
      }
      const items = (trail?.['itemListElement'] ?? []) as { item: string; position: number }[];
      expect(items.length, path).toBeGreaterThan(1);
      expect(items[0]!.item, path).toBe(new URL('', baseURL).href);
      expect(items.at(-1)!.item, path).toBe(new URL(path, baseURL).href);
      expect(items.map((i) => i.position)).toEqual(items.map((_, i) => i + 1));
    }
  });
});

test.describe('discovery files', () => {
  test('should list every page search engines may index, and nothing else, in the sitemap linked from robots.txt', async ({
    request,
    baseURL,
  }, testInfo) => {
    const robots = await (await request.get('robots.txt')).text();
    const sitemapUrl = /^Sitemap: (.+)$/m.exec(robots)?.[1];
    expect(sitemapUrl).toBe(new URL('sitemap-index.xml', baseURL).href);
    const index = await (await request.get(sitemapUrl!)).text();
    const locs = async (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    const pages: string[] = [];
    for (const sitemap of await locs(index))
      pages.push(...(await locs(await (await request.get(sitemap)).text())));
    const dist = distDir(testInfo);
    const noindex = (path: string) =>
      readFileSync(join(dist, path.endsWith('.html') ? path : `${path}index.html`), 'utf8').includes(
        '<meta name="robots" content="noindex">',
      );
    const expected = pagesOf(dist)
      .filter((p) => !noindex(p))
      .map((p) => new URL(p, baseURL).href);
    expect(expected).toContain(new URL('documents/russia-dprk-treaty/article-4/', baseURL).href);
    expect(expected).not.toContain(new URL('search/', baseURL).href);
    expect(pages.sort()).toEqual(expected.sort());
  });

  test('should offer an RSS feed of articles from every page', async ({ page, request, baseURL }) => {
    await page.goto('documents/russia-dprk-treaty/');
    const feedUrl = await page
      .locator('link[rel="alternate"][type="application/rss+xml"]')
      .getAttribute('href');
    expect(feedUrl).toBe(new URL('rss.xml', baseURL).href);
    const feed = await (await request.get(feedUrl!)).text();
    expect(feed).toContain(
      '<title>Putin proposes to ratify ‘grandiose and great initiative’ with North Korea</title>',
    );
    expect(feed).toContain(`<link>${new URL(ARTICLE, baseURL).href}</link>`);
    // Noon UTC: the report's day wherever the reader is.
    expect(feed).toContain('<pubDate>Tue, 15 Oct 2024 12:00:00 GMT</pubDate>');
  });

  test('should link each provision page to a JSON document with the same data', async ({ page, request }) => {
    await page.goto('documents/russia-dprk-treaty/article-4/');
    const jsonUrl = await page.locator('link[rel="alternate"][type="application/json"]').getAttribute('href');
    const data = await (await request.get(jsonUrl!)).json();
    expect(data.label).toBe('Article 4');
    expect(data.quote).toBe(
      (await page.locator('.provision-figure blockquote').innerText()).replace(/…/g, '').trim(),
    );
    expect(data.url).toBe(page.url());
    expect(data.document.title).toBe(
      "Comprehensive Strategic Partnership Treaty between the Russian Federation and the Democratic People's Republic of Korea",
    );
    expect(data.quotedIn[0].url).toBe(
      new URL('#p-4', page.url()).href.replace('documents/russia-dprk-treaty/article-4/', ARTICLE),
    );
    expect(data.statements).toEqual([
      expect.objectContaining({
        speaker: 'DPRK',
        kind: 'reported',
        report: 'The DPRK called Article 4 of the agreement key:',
      }),
      expect.objectContaining({
        speaker: 'Russian Ministry of Foreign Affairs',
        kind: 'quotation',
        words: 'exclusively defensive position.',
      }),
    ]);
    expect(data.quotedIn[0].paragraph).toMatch(
      /^“If one of the parties .* Federation,” the article reads\.$/,
    );
  });
});

test.describe('cite this page', () => {
  test('should offer a citation with the permalink and today’s date, and copy it', async ({
    page,
    context,
    baseURL,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: new URL(baseURL!).origin,
    });
    await page.goto('documents/russia-dprk-treaty/article-4/');
    const today = new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
    const citation = page.locator('#cite-text');
    await expect(citation).toContainText(page.url());
    await expect(citation).toContainText(`(accessed ${today})`);
    await expect(page.locator('#cite-bibtex')).toContainText(`url = {${page.url()}}`);
    await page.getByRole('button', { name: 'Copy citation' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      (await citation.textContent())!.trim(),
    );
    await expect(page.locator('#copy-status')).toHaveText('Citation copied');
    await page.getByRole('button', { name: 'Copy BibTeX' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(
      /^@misc\{QuotedProvisions2024-russia-dprk-treaty-article-4,/,
    );
  });

  test('should cite the report by its first publisher and date', async ({ page }) => {
    await page.goto(ARTICLE);
    await expect(page.locator('#cite-text')).toContainText(
      'Pravda.ru, 15 October 2024, https://english.pravda.ru/',
    );
    await expect(page.locator('#cite-bibtex')).toContainText('date = {2024-10-15}');
    await expect(page.locator('#cite-bibtex')).toContainText('publisher = {Pravda.ru}');
  });

  test('should give the access date as one calendar day, the reader’s, in the text and in BibTeX', async ({
    browser,
    baseURL,
  }) => {
    // Noon on 27 November in UTC is already 28 November at UTC+14.
    const context = await browser.newContext({ baseURL: baseURL!, timezoneId: 'Pacific/Kiritimati' });
    const page = await context.newPage();
    await page.clock.setFixedTime(new Date('2026-11-27T12:00:00Z'));
    await page.goto(ARTICLE);
    await expect(page.locator('#cite-text')).toContainText('(accessed 28 November 2026)');
    await expect(page.locator('#cite-bibtex')).toContainText('urldate = {2026-11-28}');
    await context.close();
  });
});
