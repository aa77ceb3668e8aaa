import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from './fixtures';
import { pagesOf } from './helpers';

type Thing = Record<string, unknown> & { '@type': string };

async function jsonLd(page: Page): Promise<Thing[]> {
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  return blocks.map((text) => JSON.parse(text) as Thing);
}

const PNG_SIGNATURE = '89504e470d0a1a0a';
const longDay = (iso: string) =>
  new Date(iso).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });

test.describe('social cards', () => {
  test('should give every page Open Graph and Twitter tags with a 1200×630 PNG card', async ({
    page,
    request,
    dist,
  }) => {
    test.setTimeout(120_000);
    for (const path of pagesOf(dist)) {
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
});

test.describe('structured data', () => {
  test('should describe each report as a NewsArticle citing the provisions it quotes, and the words of each speaker', async ({
    page,
    baseURL,
    content,
  }) => {
    for (const article of content.articles) {
      await page.goto(article.path);
      const [report, breadcrumbs] = await jsonLd(page);
      expect(report).toMatchObject({
        '@type': 'NewsArticle',
        headline: article.title,
        datePublished: article.date,
        url: new URL(article.path, baseURL).href,
      });
      const cited = article.quoted.map((id) => content.provisions.find((p) => p.id === id)!);
      const citations = report!['citation'] as Thing[];
      expect(citations.map((c) => c['@id'])).toEqual(cited.map((p) => new URL(p.path, baseURL).href));
      // A label the report does not give is not put in its mouth: such a provision has no name here.
      expect(citations.map((c) => c['name'])).toEqual(
        cited.map((p) => (p.labelSource ? undefined : p.heading)),
      );
      const quotes = report!['hasPart'] as Thing[];
      expect(quotes.map((q) => q['text'])).toEqual(cited.map((p) => p.quote));
      const said = article.statements.filter((s) => !s.reported);
      expect(
        ((report!['mentions'] ?? []) as Thing[]).map((m) => [m['text'], (m['creator'] as Thing)['name']]),
      ).toEqual(said.map((s) => [s.words, content.speakerName(s.speaker)]));
      expect(breadcrumbs).toMatchObject({ '@type': 'BreadcrumbList' });
    }
  });

  test('should describe a provision as Legislation, part of its document, with its quotations', async ({
    page,
    baseURL,
    content,
  }) => {
    for (const provision of [content.provisions[0]!, content.provisions.at(-1)!]) {
      const document = content.documents.find((d) => d.id === provision.document)!;
      await page.goto(provision.path);
      const [thing, breadcrumbs] = await jsonLd(page);
      expect(thing).toMatchObject({
        '@type': 'Legislation',
        legislationIdentifier: provision.label,
        isPartOf: { '@type': 'Legislation', '@id': new URL(document.path, baseURL).href },
      });
      expect(thing!['legislationDate']).toBe(document.signed);
      const quotations = thing!['subjectOf'] as Thing[];
      // The reports attribute a provision's words to its text: no one is named as their creator.
      expect(quotations[0]).toMatchObject({
        '@type': 'Quotation',
        text: provision.quote,
        isBasedOn: { '@id': new URL(provision.path, baseURL).href },
      });
      expect(quotations[0]).not.toHaveProperty('creator');
      const about = content.articles.flatMap((a) => a.statements).filter((s) => s.about === provision.id);
      // Reported speech is the report's wording: never anyone's Quotation.
      expect(quotations.slice(1).map((q) => q['text'])).toEqual(
        about.filter((s) => !s.reported).map((s) => s.words),
      );
      for (const s of about.filter((s) => s.reported)) expect(JSON.stringify(thing)).not.toContain(s.words);
      expect((breadcrumbs!['itemListElement'] as Thing[]).map((i) => i['name'])).toEqual([
        'Home',
        document.shortTitle,
        provision.label,
      ]);
    }
  });

  test('should describe a document as Legislation with its quoted provisions as parts', async ({
    page,
    content,
  }) => {
    for (const document of content.documents) {
      await page.goto(document.path);
      const [thing] = await jsonLd(page);
      expect(thing).toMatchObject({
        '@type': 'Legislation',
        name: document.title,
        legislationType: document.kind,
      });
      expect(thing!['legislationDate']).toBe(document.signed);
      expect((thing!['hasPart'] as Thing[]).map((p) => p['legislationIdentifier'])).toEqual(
        content.provisionsOf(document.id).map((p) => p.label),
      );
    }
  });

  test('should describe every page by its kind, with a breadcrumb trail ending at the page itself', async ({
    page,
    baseURL,
    dist,
    content,
  }) => {
    test.setTimeout(120_000);
    const unquoted = new Set(content.documents.flatMap((d) => content.unquotedOf(d).map((u) => u.path)));
    const kindOf = (path: string) =>
      path === ''
        ? 'WebSite'
        : path === 'search/'
          ? 'SearchResultsPage'
          : path === 'about/'
            ? 'AboutPage'
            : path === 'corrections/'
              ? 'CollectionPage'
              : path === '404.html' || path.startsWith('timelines/') || unquoted.has(path)
                ? 'WebPage'
                : path.startsWith('articles/')
                  ? 'NewsArticle'
                  : 'Legislation';
    for (const path of pagesOf(dist)) {
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
    dist,
    content,
  }) => {
    const robots = await (await request.get('robots.txt')).text();
    const sitemapUrl = /^Sitemap: (.+)$/m.exec(robots)?.[1];
    expect(sitemapUrl).toBe(new URL('sitemap-index.xml', baseURL).href);
    const index = await (await request.get(sitemapUrl!)).text();
    const locs = async (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    const pages: string[] = [];
    for (const sitemap of await locs(index))
      pages.push(...(await locs(await (await request.get(sitemap)).text())));
    const noindex = (path: string) =>
      readFileSync(join(dist, path.endsWith('.html') ? path : `${path}index.html`), 'utf8').includes(
        '<meta name="robots" content="noindex">',
      );
    const expected = pagesOf(dist)
      .filter((p) => !noindex(p))
      .map((p) => new URL(p, baseURL).href);
    for (const provision of content.provisions)
      expect(expected).toContain(new URL(provision.path, baseURL).href);
    expect(expected).not.toContain(new URL('search/', baseURL).href);
    for (const { from } of content.redirects) expect(pages).not.toContain(new URL(from, baseURL).href);
    expect(pages.sort()).toEqual(expected.sort());
  });

  test('should offer an RSS feed of every report from every page, dated by the report’s day alone', async ({
    page,
    request,
    baseURL,
    content,
  }) => {
    await page.goto(content.documents[0]!.path);
    const feedUrl = await page
      .locator('link[rel="alternate"][type="application/rss+xml"]')
      .getAttribute('href');
    expect(feedUrl).toBe(new URL('rss.xml', baseURL).href);
    const feed = await (await request.get(feedUrl!)).text();
    for (const article of content.articles) {
      expect(feed).toContain(`<link>${new URL(article.path, baseURL).href}</link>`);
      expect(feed).toContain(`<dc:date>${article.date}</dc:date>`);
    }
    // A day is all a report gives: no time of day is invented for it.
    expect(feed).not.toContain('<pubDate>');
    // A label no report gives is not a category of the report.
    for (const provision of content.provisions.filter((p) => p.labelSource))
      expect(feed).not.toContain(`<category>${provision.heading}</category>`);
  });

  test('should link each provision page to a JSON document with the same data', async ({
    page,
    request,
    content,
  }) => {
    const provision =
      content.provisions.find((p) =>
        content.articles.some((a) => a.statements.some((s) => s.about === p.id)),
      ) ?? content.provisions[0]!;
    const document = content.documents.find((d) => d.id === provision.document)!;
    await page.goto(provision.path);
    const jsonUrl = await page.locator('link[rel="alternate"][type="application/json"]').getAttribute('href');
    const data = await (await request.get(jsonUrl!)).json();
    expect(data.label).toBe(provision.label);
    expect(data.quote).toBe(provision.quote);
    expect(data.url).toBe(page.url());
    expect(data.document.title).toBe(document.title);
    const report = content.reportsQuoting(provision)[0]!;
    expect(data.quotedIn[0].url).toMatch(new RegExp(`/${report.path}#p-\\d+$`));
    expect(data.quotedIn[0].paragraph).toContain(`“${provision.quote}”`);
    const about = content.articles.flatMap((a) => a.statements).filter((s) => s.about === provision.id);
    expect(
      data.statements.map((s: { speaker: string; kind: string; words?: string }) => [
        s.speaker,
        s.kind,
        s.words,
      ]),
    ).toEqual(
      about.map((s) => [
        content.speakerName(s.speaker),
        s.reported ? 'reported' : 'quotation',
        s.reported ? undefined : s.words,
      ]),
    );
  });
});

test.describe('cite this page', () => {
  test('should offer a citation with the permalink and today’s date, and copy it', async ({
    page,
    context,
    baseURL,
    content,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: new URL(baseURL!).origin,
    });
    await page.goto(content.provisions[0]!.path);
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
      /^@misc\{[a-z][A-Za-z0-9]*(_?\d{4})?,/,
    );
  });

  test('should cite each report by its first publisher, date and address', async ({ page, content }) => {
    for (const article of content.articles) {
      await page.goto(article.path);
      const cite = page.locator('#cite-text');
      await expect(page.locator('#cite-bibtex')).toContainText(`date = {${article.date}}`);
      if (!article.original) continue;
      await expect(cite).toContainText(
        `${article.original.publisher}, ${longDay(article.date)}, ${article.original.url}`,
      );
      await expect(page.locator('#cite-bibtex')).toContainText(`publisher = {${article.original.publisher}}`);
      await expect(page.locator('#cite-bibtex')).toContainText(`url = {${article.original.url}}`);
    }
  });

  test('should cite a provision to the paragraph of each report that quotes it, with one copy button each', async ({
    page,
    context,
    baseURL,
    content,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: new URL(baseURL!).origin,
    });
    for (const provision of content.provisions.slice(0, 3)) {
      await page.goto(provision.path);
      const document = content.documents.find((d) => d.id === provision.document)!;
      const pinpoints = page.locator('.pinpoints li');
      const reports = content.reportsQuoting(provision);
      await expect(pinpoints).toHaveCount(
        reports.reduce(
          (n, r) => n + (r.body.match(new RegExp(`provision="${provision.id}"`, 'g')) ?? []).length,
          0,
        ),
      );
      const first = pinpoints.first();
      // A number that only an outside source gives is the citer's addition, in square brackets.
      const label = !provision.number
        ? provision.label
        : provision.labelSource
          ? `[art. ${provision.number}]`
          : `art. ${provision.number}`;
      await expect(first).toContainText(`${document.shortTitle}, ${label}, as quoted in`);
      await expect(first).toContainText(/, para\. \d+, https?:\/\//);
      await first.getByRole('button', { name: 'Copy' }).click();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
        (await first.locator('span').textContent())!.trim(),
      );
    }
  });

  test('should set a title in quotation marks only where it is the work’s own', async ({ page, content }) => {
    await page.goto(content.provisions[0]!.path);
    await expect(page.locator('#cite-text')).not.toContainText(`“${content.provisions[0]!.heading}”`);
    await page.goto(content.documents[0]!.path);
    await expect(page.locator('#cite-text')).toContainText(`“${content.documents[0]!.title}”`);
  });

  test('should give the access date as one calendar day, the reader’s, in the text and in BibTeX', async ({
    browser,
    baseURL,
    content,
  }) => {
    // Noon on 27 November in UTC is already 28 November at UTC+14.
    const context = await browser.newContext({ baseURL: baseURL!, timezoneId: 'Pacific/Kiritimati' });
    const page = await context.newPage();
    await page.clock.setFixedTime(new Date('2026-11-27T12:00:00Z'));
    await page.goto(content.articles[0]!.path);
    await expect(page.locator('#cite-text')).toContainText('(accessed 28 November 2026)');
    await expect(page.locator('#cite-bibtex')).toContainText('urldate = {2026-11-28}');
    await context.close();
  });
});
