import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { readContent, type Provision } from '../content';
import { buildCopy, buildProject, childEnv, edit, projectCopy, removeWorkFolder, serve } from './build-copy';

/**
 * Rebuilds of one copy of the content with Astro's incremental build and the card cache kept,
 * as a newsroom's correction is built: what the edit touches must be fresh everywhere, and what
 * it does not is reused, never stale.
 */
afterAll(removeWorkFolder);

const root = resolve(import.meta.dirname, '../..');
const NEW_TITLE = 'Okapis, leopards and other endangered words';

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
    // A provision a report names by its label (so the report's own data names it too), with a
    // neighbour in its document whose page lists it, and one elsewhere that does not.
    const content = readContent(run.content);
    const provision = content.provisions.find(
      (p) => !p.labelSource && content.provisionsOf(p.document).length > 1,
    )!;
    const neighbour = content.provisionsOf(provision.document).find((p) => p !== provision)!;
    const card = (p: Provision) => join(run.dist, 'og', `${p.path.slice(0, -1)}.png`);
    const before = readFileSync(card(provision));
    const untouched = content.provisions.find((p) => p.document !== provision.document) ?? neighbour;
    const untouchedBefore = readFileSync(card(untouched));

    edit(join(run.content, provision.file), `title: ${provision.title}`, `title: ${NEW_TITLE}`);
    const output = rebuild(run);
    // Most of the site is reused from the last build; the edit's pages are rendered again.
    expect(output).toMatch(/\((?:restored|cached)\)/);

    const read = (file: string) => readFileSync(join(run.dist, file), 'utf8');
    expect(read(`${provision.path}index.html`)).toContain(NEW_TITLE);
    expect(JSON.parse(read(provision.jsonPath)).title).toBe(NEW_TITLE);
    expect(read(`documents/${provision.document}/index.html`)).toContain(NEW_TITLE);
    for (const report of content.reportsQuoting(provision)) {
      const jsonLd = [
        ...read(`${report.path}index.html`).matchAll(
          /<script type="application\/ld\+json">([\s\S]*?)<\/script>/g,
        ),
      ]
        .map((m) => m[1])
        .join('');
      expect(jsonLd).toContain(`${provision.label}: ${NEW_TITLE}`);
    }
    // Neighbours list it in their contents; the card shows the new title, the others stay as drawn.
    expect(read(`${neighbour.path}index.html`)).toContain(NEW_TITLE);
    expect(readFileSync(card(provision)).equals(before)).toBe(false);
    expect(readFileSync(card(untouched)).equals(untouchedBefore)).toBe(true);
    const stale = filesOf(run.dist).filter((file) =>
      read(file).includes(`${provision.label}: ${provision.title}`),
    );
    expect(stale).toEqual([]);

    // The search index is built afresh: it finds the new words.
    const { origin, browser, close } = await serve(run.dist);
    try {
      const page = await browser.newPage();
      await page.goto(`${origin}/search/?q=${encodeURIComponent('okapis')}`);
      await page.locator('.search-page .search-hit-link').first().waitFor();
      expect(await page.locator('.search-page .search-hit-title').allInnerTexts()).toContain(
        `${provision.label}: ${NEW_TITLE}`,
      );
    } finally {
      await close();
    }
  });

  test('should redraw every card when the drawing code changes', () => {
    // A copy of the project, whose card-drawing worker can be changed without touching this one.
    const project = projectCopy('drawing-code');
    const env = {
      CONTENT_DIR: join(project, 'src/content'),
      OUT_DIR: join(project, 'dist'),
      CARD_CACHE: 'on',
      CARD_CACHE_DIR: join(project, 'cards'),
    };
    const first = buildProject(project, env);
    expect(first.status, first.output).toBe(0);
    const cards = readdirSync(join(project, 'dist/og'), { recursive: true, encoding: 'utf8' }).filter((f) =>
      f.endsWith('.png'),
    );
    const manifest = join(project, 'src/content.astro-cache', 'incremental-build.json');
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
    rmSync(join(project, 'cards'), { recursive: true });
    // The same drawing code with one change, in the worker, which the pages do not import: only
    // the cards' own keys can know it changed.
    const worker = join(project, 'src/cards/card-worker.mjs');
    writeFileSync(worker, `${readFileSync(worker, 'utf8')}\n// drawn by the next version\n`);
    const second = buildProject(project, env);
    expect(second.status, second.output).toBe(0);
    // Every card has a new key, so none is reused from the last build, and each was drawn anew.
    const after = cardKeys();
    expect(after).toHaveLength(cards.length);
    expect(after.filter((key) => before.includes(key))).toEqual([]);
    expect(readdirSync(join(project, 'cards'))).toHaveLength(cards.length);
  });
});
