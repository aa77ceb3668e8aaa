import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { readContent } from '../content';
import { buildCopy, edit, readJson, removeWorkFolder, runScript, serve, writeJson } from './build-copy';

/** A document of the seed content, and a provision the first report quotes that no other does. */
const seed = readContent();
const document = seed.documents[0]!;
const dropped = seed.provisions.find(
  (p) => seed.reportsQuoting(p).length === 1 && seed.provisionsOf(p.document).length > 1,
)!;

/** Builds whose configuration or configuration files are missing, odd or malformed. */
afterAll(removeWorkFolder);

describe('configuration', () => {
  test('should warn without SITE_URL, and never copy a localhost link for a reader elsewhere', async () => {
    const run = buildCopy('no-site-url', () => undefined, { SITE_URL: '' });
    expect(run.status, run.output).toBe(0);
    expect(run.output).toContain('SITE_URL is not set, so canonical links, the feed, the sitemap');
    const html = readFileSync(join(run.dist, document.path, 'index.html'), 'utf8');
    expect(html).toContain(`<link rel="canonical" href="http://localhost:4321/${document.path}">`);
    const served = await serve(run.dist);
    try {
      const context = await served.browser.newContext();
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: served.origin });
      const page = await context.newPage();
      await page.goto(`${served.origin}/${document.path}`);
      await page.getByRole('link', { name: 'Copy link to this page' }).click();
      await expect
        .poll(() => page.evaluate(() => navigator.clipboard.readText()))
        .toBe(`${served.origin}/${document.path}`);
    } finally {
      await served.close();
    }
  });

  test('should take BASE_PATH with or without its slashes', () => {
    const run = buildCopy('bare-base-path', () => undefined, { BASE_PATH: 'sub/path' });
    expect(run.status, run.output).toBe(0);
    expect(readFileSync(join(run.dist, '_headers'), 'utf8').split('\n')[0]).toBe('/sub/path/*');
    const html = readFileSync(join(run.dist, 'index.html'), 'utf8');
    expect(html).toContain(`href="/sub/path/${document.path}"`);
    expect(html).toContain('<link rel="canonical" href="https://treaty.example.org/sub/path/">');
  });

  test('should explain a malformed redirects.json, not fail to load the configuration', () => {
    // Whatever redirects the content has, the file now ends in the middle of one.
    const run = buildCopy('bad-redirects', (content) =>
      writeFileSync(join(content, 'redirects.json'), '{ "/old/": '),
    );
    expect(run.status).toBe(1);
    expect(run.output).toContain('redirects.json');
    expect(run.output).toContain('not valid JSON');
    expect(run.output).not.toContain('Unable to load your Astro config');
  });

  test('should fail closed without permalinks.json, and with a misspelt field', () => {
    const missing = buildCopy('no-manifest', (content) => writeJson(join(content, 'permalinks.json'), null));
    expect(missing.status).toBe(1);
    expect(missing.output).toContain('permalinks.json');
    const misspelt = buildCopy('misspelt-manifest', (content) => {
      const file = join(content, 'permalinks.json');
      writeJson(file, { url: readJson(file).urls });
    });
    expect(misspelt.status).toBe(1);
    expect(misspelt.output).toContain('it has the unknown field "url".');
  });

  test('should accept the fix it gives for a vanished JSON URL', () => {
    const url = `/${dropped.jsonPath}`;
    const report = seed.reportsQuoting(dropped)[0]!;
    const remove = (content: string) =>
      edit(
        join(content, report.file),
        new RegExp(`<ProvisionQuote provision="${dropped.id}">(.*?)</ProvisionQuote>`, 'g'),
        '$1',
      );
    const vanished = buildCopy('vanished-json', (content) => {
      remove(content);
      rmSync(join(content, dropped.file));
    });
    expect(vanished.status).toBe(1);
    const fix = new RegExp(
      `fix: [^\\n]*run (npm run permalinks -- --remove ${url.replaceAll('.', '\\.')})`,
    ).exec(vanished.output);
    expect(fix, vanished.output).not.toBeNull();
    const followed = buildCopy('vanished-json-fixed', (content) => {
      remove(content);
      rmSync(join(content, dropped.file));
      // The page gets a redirect (its own fix); the JSON file is removed as the build said.
      writeJson(join(content, 'redirects.json'), {
        ...readJson(join(content, 'redirects.json')),
        [`/${dropped.path}`]: { to: `/documents/${dropped.document}/` },
      });
      const removed = runScript('scripts/permalinks.mjs', ['--remove', url], { CONTENT_DIR: content });
      expect(removed.status, removed.output).toBe(0);
    });
    expect(followed.status, followed.output).toBe(0);
  });
});
