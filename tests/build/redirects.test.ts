import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';

/** Real builds of a copy of the content in which a provision moved, with and without a redirect. */
const root = resolve(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'treaty-moved-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function buildMoved(name: string, redirects: Record<string, { to: string }>) {
  const content = join(work, name, 'content');
  const dist = join(work, name, 'dist');
  cpSync(join(root, 'src/content'), content, { recursive: true });
  // Article 8 is renamed: its URL changes from …/article-8/ to …/article-eight/.
  const provisions = join(content, 'provisions/russia-dprk-treaty');
  renameSync(join(provisions, 'article-8.mdx'), join(provisions, 'article-eight.mdx'));
  const article = join(content, 'articles/2024-10-15-putin-proposes-ratification.mdx');
  writeFileSync(
    article,
    readFileSync(article, 'utf8').replace(
      'russia-dprk-treaty/article-8"',
      'russia-dprk-treaty/article-eight"',
    ),
  );
  writeFileSync(join(content, 'redirects.json'), JSON.stringify(redirects));
  // The JSON document of the old URL goes on purpose (a static host cannot redirect it).
  const manifest = JSON.parse(readFileSync(join(content, 'permalinks.json'), 'utf8'));
  manifest.urls = manifest.urls.filter((u: string) => u !== '/documents/russia-dprk-treaty/article-8.json');
  writeFileSync(join(content, 'permalinks.json'), JSON.stringify(manifest));
  const result = spawnSync(process.execPath, [join(root, 'scripts/build.mjs')], {
    cwd: root,
    encoding: 'utf8',
    env: {
      ...process.env,
      CONTENT_DIR: content,
      DIST_DIR: dist,
      SITE_URL: 'https://treaty.example.org',
      NO_COLOR: '1',
    },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`, dist };
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
      '<meta http-equiv="refresh" content="0; url=/documents/russia-dprk-treaty/article-eight/">',
    );
    expect(html).toContain('<meta name="robots" content="noindex">');
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
});
