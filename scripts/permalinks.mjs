#!/usr/bin/env node
/**
 * `npm run permalinks`: adds the URLs of a fresh build to the permalink manifest.
 *   npm run permalinks                      build, then add every new URL
 *   npm run permalinks -- --remove /x/ …    take URLs out on purpose (they will 404 from then on)
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { manifestFile, readManifest, writeManifest } from './lib/manifest.mjs';
import { publishedUrls } from './lib/site-files.mjs';

const { values } = parseArgs({ options: { remove: { type: 'string', multiple: true, default: [] } } });
const root = resolve(import.meta.dirname, '..');
const manifest = readManifest() ?? [];

if (values.remove.length > 0) {
  const unknown = values.remove.filter((url) => !manifest.includes(url));
  if (unknown.length > 0) {
    console.error(`Not in ${manifestFile()}: ${unknown.join(', ')}`);
    process.exit(1);
  }
  writeManifest(manifest.filter((url) => !values.remove.includes(url)));
  console.log(`Removed from ${manifestFile()}:\n  ${values.remove.join('\n  ')}`);
  process.exit(0);
}

const dist = resolve(root, '.permalinks-build');
const build = spawnSync(process.execPath, [resolve(root, 'scripts/build.mjs')], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, DIST_DIR: dist },
});
if (build.status !== 0) process.exit(build.status ?? 1);
const added = publishedUrls(dist).filter((url) => !manifest.includes(url));
writeManifest([...manifest, ...added]);
spawnSync('rm', ['-rf', dist]);
console.log(
  added.length ? `Added to ${manifestFile()}:\n  ${added.join('\n  ')}` : `${manifestFile()} is up to date.`,
);
