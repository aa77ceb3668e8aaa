#!/usr/bin/env node
/**
 * `npm run permalinks`: keeps the permalink contract (permalinks.json in the content folder).
 *   npm run permalinks                        build, then add every URL not yet listed
 *   npm run permalinks -- --remove /x/ /y/    take URLs out on purpose (they answer 404 from then on)
 *   npm run permalinks -- --init              start the list for a new site: every URL it builds
 */
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { publishedUrls } from '../src/integrations/built-site.ts';
import { CONTENT_DIR } from '../src/lib/environment.ts';
import { MANIFEST_FILE, readManifest, writeManifest } from '../src/lib/permalink-contract.ts';

const { values, positionals } = parseArgs({
  options: { remove: { type: 'boolean', default: false }, init: { type: 'boolean', default: false } },
  allowPositionals: true,
});
const root = resolve(import.meta.dirname, '..');
const file = join(CONTENT_DIR, MANIFEST_FILE);

function fail(message) {
  console.error(message);
  process.exit(1);
}

if (values.init) {
  if (existsSync(file)) fail(`${file} exists already: npm run permalinks adds new URLs to it.`);
  writeManifest(file, []);
}
const manifest = readManifest(file);
if (!manifest.urls) fail(manifest.problems.map((p) => `${p.file}: ${p.message}\n  fix: ${p.fix}`).join('\n'));

if (values.remove) {
  if (positionals.length === 0) fail('Name the URLs to remove: npm run permalinks -- --remove /old/path/ …');
  const unknown = positionals.filter((url) => !manifest.urls.includes(url));
  if (unknown.length > 0) fail(`Not in ${file}: ${unknown.join(', ')}`);
  writeManifest(
    file,
    manifest.urls.filter((url) => !positionals.includes(url)),
  );
  console.log(`Removed from ${file}:\n  ${positionals.join('\n  ')}`);
  process.exit(0);
}

// A folder of this run's own: two runs (or the tests' copies) never write the same one.
const out = resolve(root, 'node_modules/.cache', `permalinks-build-${process.pid}`);
const build = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, OUT_DIR: out, ASTRO_TELEMETRY_DISABLED: '1' },
});
if (build.status !== 0) process.exit(build.status ?? 1);
const added = publishedUrls(out).filter((url) => !manifest.urls.includes(url));
writeManifest(file, [...manifest.urls, ...added]);
rmSync(out, { recursive: true, force: true });
console.log(added.length ? `Added to ${file}:\n  ${added.join('\n  ')}` : `${file} is up to date.`);
