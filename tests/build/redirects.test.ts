import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { buildCopy, readJson, removeWorkFolder, serve, writeJson } from './build-copy';

/** Real builds of a copy of the content in which a provision moved, with and without a redirect. */
afterAll(removeWorkFolder);

function buildMoved(
  name: string,
  redirects: Record<string, { to: string }>,
  env: Record<string, string> = {},
) {
  return buildCopy(
    name,
    (content) => {
      // Article 8 is renamed: its URL changes from …/article-8/ to …/article-eight/.
      const provisions = join(content, 'provisions/russia-dprk-treaty');
      renameSync(join(provisions, 'article-8.mdx'), join(provisions, 'article-eight.mdx'));
      const article = join(content, 'articles/2024-10-15-putin-proposes-ratification.mdx');
      const text = readFileSync(article, 'utf8').replace(
        'russia-dprk-treaty/article-8"',
        'russia-dprk-treaty/article-eight"',
      );
      writeFileSync(article, text);
      // The editor's own redirects stay; the test adds its own.
      const file = join(content, 'redirects.json');
      writeJson(file, { ...readJson(file), ...redirects });
      // The JSON document of the old URL goes on purpose (a static host cannot redirect it).
      const manifest = readJson(join(content, 'permalinks.json'));
      manifest.urls = manifest.urls.filter(
        (u: string) => u !== '/documents/russia-dprk-treaty/article-8.json',
      );
      writeJson(join(content, 'permalinks.json'), manifest);
    },
    env,
  );
}

describe('a moved page', () => {
  test('should fail the build when a published URL disappears without a redirect', () => {
    const run = buildMoved('no-redirect', {});
    expect(run.status).toBe(1);
    expect(run.output).toContain('permalinks.json');
    expect(run.output).toContain('field: urls');
    expect(run.output).toContain(
      '/documents/russia-dprk-treaty/article-8/ was published, but the site no longer has it',
    );
    expect(run.output).toContain(
      'fix: add "/documents/russia-dprk-treaty/article-8/": { "to": "/its/new/path/" } to redirects.json',
    );
    expect(existsSync(run.dist)).toBe(false);
  });

  test('should build a static redirect page with a canonical link and a refresh, left out of the sitemap', () => {
    const run = buildMoved('with-redirect', {
      '/documents/russia-dprk-treaty/article-8/': { to: '/documents/russia-dprk-treaty/article-eight/' },
    });
    expect(run.status, run.output).toBe(0);
    const html = readFileSync(join(run.dist, 'documents/russia-dprk-treaty/article-8/index.html'), 'utf8');
    expect(html).toContain(
      '<link rel="canonical" href="https://treaty.example.org/documents/russia-dprk-treaty/article-eight/">',
    );
    expect(html).toContain(
      '<meta http-equiv="refresh" content="0;url=/documents/russia-dprk-treaty/article-eight/">',
    );
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(readFileSync(join(run.dist, '_redirects'), 'utf8')).toBe(
      '/documents/russia-dprk-treaty/article-8/ /documents/russia-dprk-treaty/article-eight/ 301\n',
    );
    const sitemap = readFileSync(join(run.dist, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain('/documents/russia-dprk-treaty/article-eight/');
    expect(sitemap).not.toContain('/documents/russia-dprk-treaty/article-8/');
  });

  test('should reject a redirect to a page that does not exist', () => {
    const run = buildMoved('bad-target', {
      '/documents/russia-dprk-treaty/article-8/': { to: '/documents/russia-dprk-treaty/article-nine/' },
    });
    expect(run.status).toBe(1);
    expect(run.output).toContain('redirects.json');
    expect(run.output).toContain('field: "/documents/russia-dprk-treaty/article-8/".to');
    expect(run.output).toContain('fix: set "to" to the URL of the page that replaced it');
  });

  test('should redirect under a base path, keeping the query string and the fragment', async () => {
    const run = buildMoved(
      'under-base',
      { '/documents/russia-dprk-treaty/article-8/': { to: '/documents/russia-dprk-treaty/article-eight/' } },
      { BASE_PATH: '/treaty/' },
    );
    expect(run.status, run.output).toBe(0);
    const html = readFileSync(join(run.dist, 'documents/russia-dprk-treaty/article-8/index.html'), 'utf8');
    expect(html).toContain(
      '<link rel="canonical" href="https://treaty.example.org/treaty/documents/russia-dprk-treaty/article-eight/">',
    );
    expect(html).toContain('content="0;url=/treaty/documents/russia-dprk-treaty/article-eight/"');
    expect(html).toContain('<meta name="robots" content="noindex">');
    const served = await serve(run.dist, '/treaty/');
    try {
      const page = await served.browser.newPage();
      await page.goto(
        `${served.origin}/treaty/documents/russia-dprk-treaty/article-8/?from=chat#cite-heading`,
      );
      await page.waitForURL(/article-eight/);
      expect(page.url()).toBe(
        `${served.origin}/treaty/documents/russia-dprk-treaty/article-eight/?from=chat#cite-heading`,
      );
      await expect.poll(() => page.locator('h1').textContent()).toContain('Article 8');
    } finally {
      await served.close();
    }
  });
});
