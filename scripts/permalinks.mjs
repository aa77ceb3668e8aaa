#!/usr/bin/env node
/**
 * `npm run permalinks`: keeps the permalink contract (permalinks.json in the content folder) in
 * one command, whatever the editor did: it takes out the URLs named on purpose, builds the site
 * (which checks that no other published URL went missing) and adds every new URL the build made.
 *   npm run permalinks                        build, then add every URL not yet listed
 *   npm run permalinks -- --remove /x/ /y/    take URLs out on purpose (they answer 404 from then on),
 *                                             then build and add as above
 *   npm run permalinks -- --init              start the list for a new site
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { publishedUrls } from '../src/integrations/built-site.ts';
import { fixedUrls } from '../src/integrations/published-urls.ts';
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
  writeManifest(file, fixedUrls(join(root, 'public')));
}
const manifest = readManifest(file);
if (!manifest.urls) fail(manifest.problems.map((p) => `${p.file}: ${p.message}\n  fix: ${p.fix}`).join('\n'));
const before = readFileSync(file, 'utf8');
let { urls, removed } = manifest;

if (values.remove) {
  if (positionals.length === 0) fail('Name the URLs to remove: npm run permalinks -- --remove /old/path/ …');
  const unknown = positionals.filter((url) => !urls.includes(url) && !removed.includes(url));
  if (unknown.length > 0) fail(`Not in ${file}: ${unknown.join(', ')}`);
  urls = urls.filter((url) => !positionals.includes(url));
  removed = [...removed, ...positionals];
  writeManifest(file, urls, removed);
}

// A folder of this run's own, outside the project: two runs (or the tests' copies) never share one.
const out = join(mkdtempSync(join(tmpdir(), 'permalinks-')), 'site');
const build = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, OUT_DIR: out, ASTRO_TELEMETRY_DISABLED: '1' },
});
if (build.status !== 0) {
  // Nothing is recorded from a build that failed; the URLs named for removal stay removed.
  console.error(
    `\nThe build failed, so no new URL was added to ${file}. Fix what it names, then run npm run permalinks again.`,
  );
  process.exit(build.status ?? 1);
}
const built = publishedUrls(out);
rmSync(resolve(out, '..'), { recursive: true, force: true });
const stillThere = positionals.filter((url) => values.remove && built.includes(url));
if (stillThere.length > 0) {
  writeFileSync(file, before);
  fail(
    `The site still publishes ${stillThere.join(', ')}: delete the file behind ${stillThere.length > 1 ? 'each' : 'it'} first (or add a redirect), then remove ${stillThere.length > 1 ? 'them' : 'it'}. ${file} is unchanged.`,
  );
}
const added = built.filter((url) => !urls.includes(url));
writeManifest(
  file,
  [...urls, ...added],
  removed.filter((url) => !added.includes(url)),
);
if (values.remove) console.log(`Removed from ${file}:\n  ${positionals.join('\n  ')}`);
console.log(
  added.length ? `Added to ${file}:\n  ${added.join('\n  ')}` : `${file} lists every URL the site publishes.`,
);
