import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { builtPages } from '../../src/integrations/built-site';
import { readContent, type Content } from '../content';
import { checkSiteLinks } from '../site-links';
import {
  buildCopy,
  readJson,
  removeWorkFolder,
  runScript,
  serve,
  writeJson,
  type BuildRun,
} from './build-copy';

/**
 * The editor's workflows as the README gives them, each run on a copy of the content: make the
 * change, run `npm run permalinks` once, build. Then the site must hold what it always holds:
 * every page reachable from the home page, no broken link or fragment, every quotation linked to
 * its provision and back, the new words found by search, and every published URL still
 * answering. What each workflow changes is chosen from the content itself.
 */
afterAll(removeWorkFolder);

/** `npm run permalinks` on the copy: one command, whatever the change. */
function recordPermalinks(content: string, args: string[] = []) {
  const run = runScript('scripts/permalinks.mjs', args, { CONTENT_DIR: content });
  expect(run.status, run.output).toBe(0);
}

/**
 * A provision the first report quotes, and no other report, in a document with other provisions
 * (so moving or removing it leaves its document with something to show), and that report.
 */
function quotedProvision(content: Content) {
  const report = content.articles[0]!;
  const provision = [...report.quoted]
    .reverse()
    .map((id) => content.provisions.find((p) => p.id === id)!)
    .find((p) => content.reportsQuoting(p).length === 1 && content.provisionsOf(p.document).length > 1)!;
  return { report, provision };
}

async function expectSiteInvariants(run: BuildRun, searches: { query: string; finds: string }[] = []) {
  expect(run.status, run.output).toBe(0);
  const content = readContent(run.content);
  const { origin, browser, close } = await serve(run.dist);
  try {
    const { reached, broken } = await checkSiteLinks(`${origin}/`);
    expect(broken).toEqual([]);
    const isRedirect = (page: string) =>
      readFileSync(join(run.dist, page, 'index.html'), 'utf8').includes('http-equiv="refresh"');
    const pages = builtPages(run.dist).filter((page) => page !== '/404.html' && !isRedirect(page));
    expect(reached).toEqual(pages);

    // Each quotation links to its provision's page, and the provision's page back to the paragraph.
    for (const article of content.articles) {
      const html = readFileSync(join(run.dist, article.path, 'index.html'), 'utf8');
      for (const id of article.quoted) {
        const provision = content.provisions.find((p) => p.id === id)!;
        expect(html, `${article.path} → ${id}`).toContain(`href="/${provision.path}"`);
        const page = readFileSync(join(run.dist, provision.path, 'index.html'), 'utf8');
        expect(page, `${id} → ${article.path}`).toMatch(new RegExp(`href="/${article.path}#p-\\d+`));
      }
    }

    // Every URL in the permalink contract answers: a page, a file or a redirect page.
    const published = readJson(join(run.content, 'permalinks.json')).urls as string[];
    for (const url of published) {
      expect((await fetch(`${origin}${url}`, { redirect: 'manual' })).status, url).toBe(200);
    }

    const page = await browser.newPage();
    for (const { query, finds } of searches) {
      await page.goto(`${origin}/search/?q=${encodeURIComponent(query)}`);
      await page.locator('.search-page .search-hit-link').first().waitFor();
      const hrefs = await page
        .locator('.search-page .search-hit-link')
        .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
      expect(hrefs, query).toContain(finds);
    }
  } finally {
    await close();
  }
}

describe('an editor’s workflow, on a copy of the content', () => {
  test('should add a second report, a new kind of document and its provision, by content alone', async () => {
    let quoted: ReturnType<typeof quotedProvision> | undefined;
    const run = buildCopy('add', (dir) => {
      quoted = quotedProvision(readContent(dir));
      const kinds = join(dir, 'document-kinds.json');
      writeJson(kinds, [...readJson(kinds), { id: 'zoo-memorandum', name: 'Zoo memorandum' }]);
      writeFileSync(
        join(dir, 'documents/okapi-memorandum.md'),
        '---\ntitle: Memorandum on Cooperation in Zoological Exchanges\nshortTitle: Okapi memorandum (2035)\nkind: zoo-memorandum\norder: 99\n---\n\nThe new report names this memorandum.\n',
      );
      mkdirSync(join(dir, 'provisions/okapi-memorandum'));
      writeFileSync(
        join(dir, 'provisions/okapi-memorandum/exchange.md'),
        '---\ndocument: okapi-memorandum\nlabel: Exchange clause\ntitle: Exchanging animals between zoos\nquote: "The parties shall exchange rare okapis and snow leopards between their zoos,"\norder: 1\n---\n\nThe new report quotes this clause.\n',
      );
      writeFileSync(
        join(dir, 'articles/2035-01-20-okapi-memorandum.mdx'),
        [
          '---',
          'title: A memorandum on zoos follows',
          'standfirst: The parties signed a memorandum on zoological exchanges',
          'date: 2035-01-20',
          'original:',
          '  publisher: Example Wire',
          '  publisherUrl: https://wire.example.org/',
          '  url: https://wire.example.org/2035/01/20/okapi-memorandum/',
          '---',
          '',
          'The memorandum says that <ProvisionQuote provision="okapi-memorandum/exchange">The parties shall exchange rare okapis and snow leopards between their zoos,</ProvisionQuote> officials said.',
          '',
          `The report recalls an earlier text: <ProvisionQuote provision="${quoted.provision.id}">${quoted.provision.quote}</ProvisionQuote> it reads.`,
          '',
        ].join('\n'),
      );
      recordPermalinks(dir);
    });
    await expectSiteInvariants(run, [
      { query: 'okapis', finds: '/documents/okapi-memorandum/exchange/' },
      { query: 'zoological', finds: '/articles/2035-01-20-okapi-memorandum/' },
    ]);
    const memorandum = readFileSync(join(run.dist, 'documents/okapi-memorandum/index.html'), 'utf8');
    // The new kind, named as the content names it, with no change to the code.
    expect(memorandum).toMatch(/<p class="eyebrow"[^>]*>Zoo memorandum<\/p>/);
    expect(memorandum).toContain('"legislationType":"Zoo memorandum"');
    // With several reports on the site, the one that quotes the memorandum is named.
    expect(memorandum).toContain(
      'One of its provisions is quoted in the report “A memorandum on zoos follows”.',
    );
    // Two reports quote one provision: its page lists both, the newest first, each at its paragraph.
    const page = readFileSync(join(run.dist, quoted!.provision.path, 'index.html'), 'utf8');
    const newer = page.indexOf('href="/articles/2035-01-20-okapi-memorandum/#p-2');
    const older = page.indexOf(`href="/${quoted!.report.path}#p-`);
    expect(newer).toBeGreaterThan(-1);
    expect(older).toBeGreaterThan(newer);
    expect(page).toMatch(/The words the \d+ reports quote/);
    // The build says which entries it compiled as MDX, and why: the new report for its quotations.
    expect(run.output).toMatch(/\d+ entries compiled as MDX, for their components \(/);
    expect(run.output).toContain('articles/2035-01-20-okapi-memorandum.mdx: ProvisionQuote');
    expect(run.output).not.toContain('okapi-memorandum.md:');
    expect(run.output).toMatch(/\d+ rendered from Markdown \(\.md\)/);
  });

  test('should move a provision with a redirect from its old address, in one permalinks command', async () => {
    let quoted: ReturnType<typeof quotedProvision> | undefined;
    const run = buildCopy('move', (dir) => {
      const content = readContent(dir);
      quoted = quotedProvision(content);
      const { report, provision } = quoted;
      renameSync(join(dir, provision.file), join(dir, provision.file.replace(/\.mdx?$/, '-moved$&')));
      const file = join(dir, report.file);
      writeFileSync(
        file,
        readFileSync(file, 'utf8').replaceAll(
          `provision="${provision.id}"`,
          `provision="${provision.id}-moved"`,
        ),
      );
      const redirects = join(dir, 'redirects.json');
      writeJson(redirects, {
        ...readJson(redirects),
        [`/${provision.path}`]: { to: `/${provision.path.replace(/\/$/, '-moved/')}` },
      });
      // The old JSON address cannot be redirected by a static page: it goes on purpose, and the
      // same command records the new addresses.
      recordPermalinks(dir, ['--remove', `/${provision.jsonPath}`]);
    });
    const { provision } = quoted!;
    const word = provision.quote
      .split(/\s+/)
      .find((w) => w.length >= 6)!
      .replace(/[^\p{L}]/gu, '');
    await expectSiteInvariants(run, [{ query: word, finds: `/${provision.path.replace(/\/$/, '-moved/')}` }]);
    const old = readFileSync(join(run.dist, provision.path, 'index.html'), 'utf8');
    expect(old).toContain(`href="https://treaty.example.org/${provision.path.replace(/\/$/, '-moved/')}"`);
    const manifest = readJson(join(run.content, 'permalinks.json'));
    expect(manifest.removed).toContain(`/${provision.jsonPath}`);
    expect(manifest.urls).toContain(`/${provision.path.replace(/\/$/, '-moved/')}`);
  });

  test('should remove a provision on purpose, the report keeping its words', async () => {
    let quoted: ReturnType<typeof quotedProvision> | undefined;
    let explained = false;
    const run = buildCopy('remove', (dir) => {
      const content = readContent(dir);
      quoted = quotedProvision(content);
      const { report, provision } = quoted;
      rmSync(join(dir, provision.file));
      // The report's words stay as the source has them, now plain text in their quotation marks.
      const file = join(dir, report.file);
      writeFileSync(
        file,
        readFileSync(file, 'utf8').replace(
          new RegExp(`<ProvisionQuote provision="${provision.id}">([^<]*)</ProvisionQuote>`, 'g'),
          '“$1”',
        ),
      );
      // An article within its document's known number of articles keeps its address, which now
      // says that no report quotes it; any other provision's page is removed on purpose.
      const after = readContent(dir);
      const document = after.documents.find((d) => d.id === provision.document)!;
      explained = after.unquotedOf(document).some((a) => a.path === provision.path);
      const removed = explained
        ? [`/${provision.jsonPath}`]
        : [`/${provision.path}`, `/${provision.jsonPath}`];
      recordPermalinks(dir, ['--remove', ...removed]);
    });
    const { report, provision } = quoted!;
    const word = provision.quote
      .split(/\s+/)
      .find((w) => w.length >= 6)!
      .replace(/[^\p{L}]/gu, '');
    await expectSiteInvariants(run, [{ query: word, finds: `/${report.path}` }]);
    const { origin, close } = await serve(run.dist);
    try {
      const page = await fetch(`${origin}/${provision.path}`);
      if (explained) {
        const html = await page.text();
        expect(page.status).toBe(200);
        expect(html).toContain(`${provision.label}: not quoted`);
        expect(html).not.toContain(provision.quote.slice(0, 40));
      } else {
        expect(page.status).toBe(404);
      }
      expect((await fetch(`${origin}/${provision.jsonPath}`)).status).toBe(404);
    } finally {
      await close();
    }
  });

  test('should delete every timeline, the documents then showing no status', async () => {
    let timelines: Content['timelines'] = [];
    const run = buildCopy('no-timeline', (dir) => {
      timelines = readContent(dir).timelines;
      rmSync(join(dir, 'timelines'), { recursive: true, force: true });
      recordPermalinks(dir, timelines.length ? ['--remove', ...timelines.map((t) => `/${t.path}`)] : []);
    });
    await expectSiteInvariants(run);
    const content = readContent(run.content);
    for (const document of content.documents) {
      expect(readFileSync(join(run.dist, document.path, 'index.html'), 'utf8')).not.toContain(
        'class="status-main"',
      );
    }
    for (const timeline of timelines) expect(builtPages(run.dist)).not.toContain(`/${timeline.path}`);
  });
});
