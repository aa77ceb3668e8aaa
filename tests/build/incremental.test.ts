import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { buildCopy, childEnv, edit, removeWorkFolder, serve } from './build-copy';

/**
 * Rebuilds of one copy of the content with Astro's incremental build and the card cache kept,
 * as a newsroom's correction is built: what the edit touches must be fresh everywhere, and what
 * it does not is reused, never stale.
 */
afterAll(removeWorkFolder);

const root = resolve(import.meta.dirname, '../..');
const PROVISION = 'provisions/russia-dprk-treaty/article-5.mdx';
const OLD_TITLE = 'No agreement with a third country that threatens the other party';
const NEW_TITLE = 'No pact with a third state that endangers the other party';

/** Builds the copy again, as `npm run build` would, with its caches where the first build left them. */
function rebuild(run: { content: string; dist: string }, env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: root,
    encoding: 'utf8',
    env: childEnv({
      CONTENT_DIR: run.content,
      OUT_DIR: run.dist,
      CARD_CACHE_DIR: `${run.content}.cards`,
      SITE_URL: 'https://treaty.example.org',
      NO_COLOR: '1',
      ...env,
    }),
  });
  const output = `${result.stdout}\n${result.stderr}`;
  expect(result.status, output).toBe(0);
  return output;
}

function filesOf(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) =>
    /\.(html|json|xml)$/.test(file),
  );
}

describe('an incremental rebuild', () => {
  test('should put an edited title on every page, card, JSON and index that shows it, and leave it nowhere old', async () => {
    const run = buildCopy('edit', () => {});
    expect(run.status, run.output).toBe(0);
    rebuild(run);
    const card = readFileSync(join(run.dist, 'og/documents/russia-dprk-treaty/article-5.png'));
    const untouched = readFileSync(join(run.dist, 'og/documents/russia-dprk-treaty/article-3.png'));

    edit(join(run.content, PROVISION), `title: ${OLD_TITLE}`, `title: ${NEW_TITLE}`);
    const output = rebuild(run);
    // Most of the site is reused from the last build; the edit's pages are rendered again.
    expect(output).toMatch(/\((?:restored|cached)\)/);

    const read = (file: string) => readFileSync(join(run.dist, file), 'utf8');
    expect(read('documents/russia-dprk-treaty/article-5/index.html')).toContain(NEW_TITLE);
    expect(JSON.parse(read('documents/russia-dprk-treaty/article-5.json')).title).toBe(NEW_TITLE);
    expect(read('documents/russia-dprk-treaty/index.html')).toContain(NEW_TITLE);
    const article = read('articles/2024-10-15-putin-proposes-ratification/index.html');
    const jsonLd = [...article.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)]
      .map((m) => m[1])
      .join('');
    expect(jsonLd).toContain(`Article 5: ${NEW_TITLE}`);
    // Neighbours list it in their contents; the card shows the new title, the others stay as drawn.
    expect(read('documents/russia-dprk-treaty/article-4/index.html')).toContain(NEW_TITLE);
    expect(readFileSync(join(run.dist, 'og/documents/russia-dprk-treaty/article-5.png')).equals(card)).toBe(
      false,
    );
    expect(
      readFileSync(join(run.dist, 'og/documents/russia-dprk-treaty/article-3.png')).equals(untouched),
    ).toBe(true);
    const stale = filesOf(run.dist).filter((file) => read(file).includes(OLD_TITLE));
    expect(stale).toEqual([]);

    // The search index is built afresh: it finds the new words.
    const { origin, browser, close } = await serve(run.dist);
    try {
      const page = await browser.newPage();
      await page.goto(`${origin}/search/?q=${encodeURIComponent('endangers')}`);
      await page.locator('.search-page .search-hit-link').first().waitFor();
      expect(await page.locator('.search-page .search-hit-title').allInnerTexts()).toContain(
        `Article 5: ${NEW_TITLE}`,
      );
    } finally {
      await close();
    }
  });

  test('should redraw every card when the drawing code changes', () => {
    const run = buildCopy('drawing-code', () => {});
    expect(run.status, run.output).toBe(0);
    const cards = readdirSync(join(run.dist, 'og'), { recursive: true, encoding: 'utf8' }).filter((f) =>
      f.endsWith('.png'),
    );
    const cardCache = `${run.content}.cards`;
    const env = { CARD_CACHE: 'on' };
    rebuild(run, env);
    const manifest = join(`${run.content}.astro-cache`, 'incremental-build.json');
    const cardKeys = () =>
      Object.entries(
        (
          JSON.parse(readFileSync(manifest, 'utf8')) as {
            routes: Record<string, { paths: Record<string, { cacheKey: string }> }>;
          }
        ).routes,
      )
        .filter(([component]) => component.includes('og/'))
        .flatMap(([, route]) => Object.values(route.paths).map((path) => path.cacheKey));
    const before = cardKeys();
    expect(before).toHaveLength(cards.length);
    // Reused from the last build: none was drawn.
    expect(existsSync(cardCache)).toBe(false);
    // The same drawing code with one change: a worker file that is not imported, so only the
    // cards' own keys can know it changed. (Inside the project, where its packages resolve.)
    const worker = join(root, 'node_modules/.cache', `card-worker-test-${process.pid}.mjs`);
    mkdirSync(dirname(worker), { recursive: true });
    copyFileSync(join(root, 'src/integrations/card-worker.mjs'), worker);
    writeFileSync(worker, `${readFileSync(worker, 'utf8')}\n// drawn by the next version\n`);
    rebuild(run, { ...env, SITE_CARD_WORKER: worker });
    rmSync(worker);
    // Every card has a new key, so none is reused from the last build, and each was drawn anew.
    const after = cardKeys();
    expect(after).toHaveLength(cards.length);
    expect(after.filter((key) => before.includes(key))).toEqual([]);
    expect(readdirSync(cardCache)).toHaveLength(cards.length);
  });
});
