#!/usr/bin/env node
/**
 * `npm run build`: astro build, then the Pagefind index, written to a temporary folder and moved
 * to dist/ only when every step succeeded. A failed build leaves no dist/ at all, so nothing
 * half-written can be mistaken for a good site.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as pagefind from 'pagefind';

const root = resolve(import.meta.dirname, '..');
const dist = resolve(root, process.env.DIST_DIR || 'dist');
const staging = `${dist}.partial`;

function fail(message) {
  rmSync(staging, { recursive: true, force: true });
  console.error(`\nBuild failed: ${message}\nNo ${dist} was written.`);
  process.exit(1);
}

function htmlFiles(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name));
}

rmSync(dist, { recursive: true, force: true });
rmSync(staging, { recursive: true, force: true });

const astro = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, OUT_DIR: staging, ASTRO_TELEMETRY_DISABLED: '1' },
});
if (astro.status !== 0) fail('astro build reported the errors above.');

const started = performance.now();
const { index, errors: createErrors } = await pagefind.createIndex({});
if (!index) fail(`Pagefind could not start: ${createErrors.join('; ')}`);
const added = await index.addDirectory({ path: staging });
if (added.errors.length > 0) fail(`Pagefind could not index the site:\n${added.errors.join('\n')}`);
const searchable = htmlFiles(staging).filter((file) =>
  readFileSync(file, 'utf8').includes('data-pagefind-body'),
);
// Pagefind counts every page it read; it indexes only those with data-pagefind-body.
if (searchable.length === 0 || added.page_count < searchable.length) {
  fail(
    `Pagefind read ${added.page_count} pages, but ${searchable.length} pages are marked data-pagefind-body.`,
  );
}
const written = await index.writeFiles({ outputPath: join(staging, 'pagefind') });
if (written.errors.length > 0) fail(`Pagefind could not write its index:\n${written.errors.join('\n')}`);
await pagefind.close();

if (!existsSync(join(staging, 'index.html'))) fail('the build produced no home page.');
renameSync(staging, dist);
console.log(
  `\nPagefind indexed ${searchable.length} of ${added.page_count} pages in ${Math.round(performance.now() - started)} ms.` +
    `\nThe site is in ${dist}`,
);
