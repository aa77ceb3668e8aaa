import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { builtPages } from '../../src/integrations/built-site';
import { readContent } from '../content';
import { checkSiteLinks } from '../site-links';
import {
  buildCopy,
  edit,
  readJson,
  removeWorkFolder,
  runScript,
  serve,
  writeJson,
  type BuildRun,
} from './build-copy';

/**
 * The editor's workflows as the README gives them, each run on a copy of the content: make the
 * change, run `npm run permalinks`, build. Then the site must hold what it always holds: every
 * page reachable from the home page, no broken link or fragment, every quotation linked to its
 * provision and back, the new words found by search, and every published URL still answering.
 */
afterAll(removeWorkFolder);

const TREATY = 'russia-dprk-treaty';

/** `npm run permalinks` on the copy, as the README says to after adding content. */
function recordPermalinks(content: string, args: string[] = []) {
  const run = runScript('scripts/permalinks.mjs', args, { CONTENT_DIR: content });
  expect(run.status, run.output).toBe(0);
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
      for (const id of new Set(article.quoted)) {
        expect(html, `${article.path} → ${id}`).toContain(`href="/documents/${id}/"`);
        const provision = readFileSync(join(run.dist, 'documents', id, 'index.html'), 'utf8');
        expect(provision, `${id} → ${article.path}`).toMatch(new RegExp(`href="/${article.path}#p-\\d+`));
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
    const run = buildCopy('add', (content) => {
      const kinds = join(content, 'document-kinds.json');
      writeJson(kinds, [...readJson(kinds), { id: 'memorandum', name: 'Memorandum' }]);
      writeFileSync(
        join(content, 'documents/cooperation-memorandum.mdx'),
        [
          '---',
          'title: Memorandum on Cooperation in Zoological Exchanges',
          'shortTitle: Zoo memorandum (2025)',
          'kind: memorandum',
          'order: 3',
          '---',
          '',
          'The second report names this memorandum.',
          '',
        ].join('\n'),
      );
      mkdirSync(join(content, 'provisions/cooperation-memorandum'));
      writeFileSync(
        join(content, 'provisions/cooperation-memorandum/exchange.mdx'),
        [
          '---',
          'document: cooperation-memorandum',
          'label: Exchange clause',
          'title: Exchanging animals between zoos',
          'quote: "The parties shall exchange rare okapis and snow leopards between their zoos,"',
          'order: 1',
          '---',
          '',
          'The second report quotes this clause.',
          '',
        ].join('\n'),
      );
      const article4 = readFileSync(join(content, `provisions/${TREATY}/article-4.mdx`), 'utf8');
      const quote = /^quote: "(.*)"$/m.exec(article4)![1]!;
      writeFileSync(
        join(content, 'articles/2025-01-20-zoo-memorandum.mdx'),
        [
          '---',
          'title: A memorandum on zoos follows the treaty',
          'standfirst: The two countries signed a memorandum on zoological exchanges',
          'date: 2025-01-20',
          'original:',
          '  publisher: Example Wire',
          '  publisherUrl: https://wire.example.org/',
          '  url: https://wire.example.org/2025/01/20/zoo-memorandum/',
          '---',
          '',
          `The memorandum says that <ProvisionQuote provision="cooperation-memorandum/exchange">The parties shall exchange rare okapis and snow leopards between their zoos,</ProvisionQuote> officials said.`,
          '',
          `The report recalls the treaty's fourth article: <ProvisionQuote provision="${TREATY}/article-4">${quote}</ProvisionQuote> it reads.`,
          '',
        ].join('\n'),
      );
      recordPermalinks(content);
    });
    await expectSiteInvariants(run, [
      { query: 'okapis', finds: '/documents/cooperation-memorandum/exchange/' },
      { query: 'zoological', finds: '/articles/2025-01-20-zoo-memorandum/' },
    ]);
    const memorandum = readFileSync(join(run.dist, 'documents/cooperation-memorandum/index.html'), 'utf8');
    // The new kind, named as the content names it, with no change to the code.
    expect(memorandum).toMatch(/<p class="eyebrow"[^>]*>Memorandum<\/p>/);
    expect(memorandum).toContain('"legislationType":"Memorandum"');
    // With two reports on the site, the one that quotes the memorandum is named.
    expect(memorandum).toContain(
      'One of its provisions is quoted in the report “A memorandum on zoos follows the treaty”.',
    );
    // Two reports quote Article 4: its page lists both, the newest first, each at its paragraph.
    const article4 = readFileSync(join(run.dist, `documents/${TREATY}/article-4/index.html`), 'utf8');
    const newer = article4.indexOf('href="/articles/2025-01-20-zoo-memorandum/#p-2');
    const older = article4.indexOf('href="/articles/2024-10-15-putin-proposes-ratification/#p-');
    expect(newer).toBeGreaterThan(-1);
    expect(older).toBeGreaterThan(newer);
  });

  test('should move a provision with a redirect from its old address', async () => {
    const run = buildCopy('move', (content) => {
      const folder = join(content, `provisions/${TREATY}`);
      renameSync(join(folder, 'article-8.mdx'), join(folder, 'article-eight.mdx'));
      edit(
        join(content, 'articles/2024-10-15-putin-proposes-ratification.mdx'),
        `provision="${TREATY}/article-8"`,
        `provision="${TREATY}/article-eight"`,
      );
      const redirects = join(content, 'redirects.json');
      writeJson(redirects, {
        ...readJson(redirects),
        [`/documents/${TREATY}/article-8/`]: { to: `/documents/${TREATY}/article-eight/` },
      });
      // The old JSON address cannot be redirected by a static page: it goes on purpose.
      recordPermalinks(content, ['--remove', `/documents/${TREATY}/article-8.json`]);
      recordPermalinks(content);
    });
    await expectSiteInvariants(run, [{ query: 'regional', finds: `/documents/${TREATY}/article-eight/` }]);
    const old = readFileSync(join(run.dist, `documents/${TREATY}/article-8/index.html`), 'utf8');
    expect(old).toContain(`href="https://treaty.example.org/documents/${TREATY}/article-eight/"`);
  });

  test('should remove a provision on purpose, the report keeping its words', async () => {
    const run = buildCopy('remove', (content) => {
      rmSync(join(content, `provisions/${TREATY}/article-8.mdx`));
      // The report's words stay as the source has them, now plain text with their quotation marks.
      edit(
        join(content, 'articles/2024-10-15-putin-proposes-ratification.mdx'),
        /<ProvisionQuote provision="russia-dprk-treaty\/article-8">([^<]*)<\/ProvisionQuote>/,
        '“$1”',
      );
      recordPermalinks(content, [
        '--remove',
        `/documents/${TREATY}/article-8/`,
        `/documents/${TREATY}/article-8.json`,
      ]);
    });
    await expectSiteInvariants(run, [
      { query: 'regional', finds: '/articles/2024-10-15-putin-proposes-ratification/' },
    ]);
    const { origin, close } = await serve(run.dist);
    try {
      expect((await fetch(`${origin}/documents/${TREATY}/article-8/`)).status).toBe(404);
    } finally {
      await close();
    }
  });
});
