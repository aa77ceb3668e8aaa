import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { readContent, type Provision } from '../content';
import { buildCopy, readJson, removeWorkFolder, serve, writeJson } from './build-copy';

/**
 * Real builds of a copy of the content in which a provision moved (renamed to "<name>-moved"),
 * with and without a redirect. The provision is one the first report quotes.
 */
afterAll(removeWorkFolder);

let moved: Provision;
const newPath = () => moved.path.replace(/\/$/, '-moved/');

function buildMoved(
  name: string,
  redirects: (from: string, to: string) => Record<string, { to: string }>,
  env: Record<string, string> = {},
) {
  return buildCopy(
    name,
    (dir) => {
      const content = readContent(dir);
      const report = content.articles[0]!;
      moved = content.provisions.find(
        (p) => report.quoted.includes(p.id) && content.reportsQuoting(p).length === 1,
      )!;
      renameSync(join(dir, moved.file), join(dir, moved.file.replace(/\.mdx?$/, '-moved$&')));
      const file = join(dir, report.file);
      writeFileSync(
        file,
        readFileSync(file, 'utf8').replaceAll(`provision="${moved.id}"`, `provision="${moved.id}-moved"`),
      );
      const redirectsFile = join(dir, 'redirects.json');
      writeJson(redirectsFile, {
        ...readJson(redirectsFile),
        ...redirects(`/${moved.path}`, `/${newPath()}`),
      });
      // The JSON document of the old URL goes on purpose (a static host cannot redirect it).
      const manifest = readJson(join(dir, 'permalinks.json'));
      writeJson(join(dir, 'permalinks.json'), {
        ...manifest,
        urls: manifest.urls.filter((u: string) => u !== `/${moved.jsonPath}`),
        removed: [...(manifest.removed ?? []), `/${moved.jsonPath}`],
      });
    },
    env,
  );
}

describe('a moved page', () => {
  test('should fail the build when a published URL disappears without a redirect', () => {
    const run = buildMoved('no-redirect', () => ({}));
    expect(run.status).toBe(1);
    expect(run.output).toContain('permalinks.json');
    expect(run.output).toContain(`/${moved.path} was published, but the site no longer has it`);
    expect(run.output).toContain(`fix: add "/${moved.path}": { "to": "/its/new/path/" } to redirects.json`);
  });

  test('should build a static redirect page with a canonical link, a refresh and the page’s security policy, left out of the sitemap', () => {
    const run = buildMoved('with-redirect', (from, to) => ({ [from]: { to } }));
    expect(run.status, run.output).toBe(0);
    const html = readFileSync(join(run.dist, moved.path, 'index.html'), 'utf8');
    expect(html).toContain(`<link rel="canonical" href="https://treaty.example.org/${newPath()}">`);
    expect(html).toContain(`<meta http-equiv="refresh" content="0;url=/${newPath()}">`);
    expect(html).toContain('<meta name="robots" content="noindex">');
    // The page's own security policy, as every page has: scripts from the site's files only.
    expect(html).toMatch(/<meta http-equiv="content-security-policy" content="[^"]*script-src 'self'/);
    expect(html).not.toMatch(/<script>/);
    expect(readFileSync(join(run.dist, '_redirects'), 'utf8')).toContain(
      `/${moved.path} /${newPath()} 301\n`,
    );
    const sitemap = readFileSync(join(run.dist, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain(`/${newPath()}</loc>`);
    expect(sitemap).not.toContain(`/${moved.path}</loc>`);
  });

  test('should reject a redirect to a page that does not exist', () => {
    const run = buildMoved('bad-target', (from) => ({ [from]: { to: '/documents/nowhere/' } }));
    expect(run.status).toBe(1);
    expect(run.output).toContain('redirects.json');
    expect(run.output).toContain(`field: "/${moved.path}".to`);
    expect(run.output).toContain('fix: set "to" to the URL of the page that replaced it');
  });

  test('should redirect under a base path, keeping the query string and the fragment, with no policy violation', async () => {
    const run = buildMoved('under-base', (from, to) => ({ [from]: { to } }), { BASE_PATH: '/sub/' });
    expect(run.status, run.output).toBe(0);
    const html = readFileSync(join(run.dist, moved.path, 'index.html'), 'utf8');
    expect(html).toContain(`<link rel="canonical" href="https://treaty.example.org/sub/${newPath()}">`);
    expect(html).toContain(`content="0;url=/sub/${newPath()}"`);
    expect(readFileSync(join(run.dist, '_redirects'), 'utf8')).toContain(
      `/sub/${moved.path} /sub/${newPath()} 301\n`,
    );
    const served = await serve(run.dist, '/sub/');
    try {
      const page = await served.browser.newPage();
      const refused: string[] = [];
      page.on('console', (message) => {
        if (/Content Security Policy|Refused to/.test(message.text())) refused.push(message.text());
      });
      await page.goto(`${served.origin}/sub/${moved.path}?from=chat#cite-heading`);
      await page.waitForURL(/-moved\//);
      expect(page.url()).toBe(`${served.origin}/sub/${newPath()}?from=chat#cite-heading`);
      await expect.poll(() => page.locator('h1').textContent()).toBe(moved.heading);
      expect(refused).toEqual([]);
    } finally {
      await served.close();
    }
  });
});
