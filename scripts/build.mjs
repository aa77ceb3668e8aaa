#!/usr/bin/env node
/**
 * `npm run build`: astro build, the permalink check and the Pagefind index, written to a staging
 * folder and moved to dist/ only when every step succeeded. A failed build leaves no dist/ at
 * all, so nothing half-written can be mistaken for a good site.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as pagefind from 'pagefind';
import { headersFile } from './lib/headers.mjs';
import { manifestFile, missingUrls, readManifest } from './lib/manifest.mjs';
import { builtPages, publishedUrls } from './lib/site-files.mjs';

const root = resolve(import.meta.dirname, '..');
const dist = resolve(root, process.env.DIST_DIR || 'dist');
const staging = `${dist}.partial`;

class BuildError extends Error {}

function astroBuild() {
  const astro = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, OUT_DIR: staging, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  if (astro.status !== 0) throw new BuildError('astro build reported the errors above.');
}

/** A URL the site has published must keep working: removing one is a deliberate act. */
function checkPermalinks() {
  const manifest = readManifest();
  if (!manifest) return;
  const published = publishedUrls(staging);
  const gone = missingUrls(manifest, published);
  if (gone.length > 0) {
    throw new BuildError(
      gone
        .map(
          (url) =>
            `${manifestFile()}\n  field: urls\n  problem: ${url} was published, but the site no longer has it, so shared links to it would break.` +
            `\n  fix: add "${url}": { "to": "/its/new/path/" } to redirects.json, or, to drop it on purpose, run npm run permalinks -- --remove ${url}`,
        )
        .join('\n\n'),
    );
  }
  const unlisted = published.filter((url) => !manifest.includes(url));
  if (unlisted.length > 0) {
    console.log(
      `\nNew URLs, not yet in ${manifestFile()} (npm run permalinks adds them):\n  ${unlisted.join('\n  ')}`,
    );
  }
}

async function indexForSearch() {
  const started = performance.now();
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new BuildError(`Pagefind could not start: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: staging });
  if (added.errors.length > 0)
    throw new BuildError(`Pagefind could not index the site:\n${added.errors.join('\n')}`);
  const file = (page) => join(staging, page.endsWith('/') ? `${page}index.html` : page);
  const searchable = builtPages(staging).filter((page) =>
    readFileSync(file(page), 'utf8').includes('data-pagefind-body'),
  );
  // Pagefind counts every page it read; it indexes only those marked data-pagefind-body.
  if (searchable.length === 0 || added.page_count < searchable.length) {
    throw new BuildError(
      `Pagefind read ${added.page_count} pages, but ${searchable.length} are marked data-pagefind-body.`,
    );
  }
  const written = await index.writeFiles({ outputPath: join(staging, 'pagefind') });
  if (written.errors.length > 0)
    throw new BuildError(`Pagefind could not write its index:\n${written.errors.join('\n')}`);
  await pagefind.close();
  return { pages: searchable.length, ms: Math.round(performance.now() - started) };
}

rmSync(dist, { recursive: true, force: true });
rmSync(staging, { recursive: true, force: true });
try {
  astroBuild();
  checkPermalinks();
  const indexed = await indexForSearch();
  // Security and caching headers for hosts that read _headers (Netlify, Cloudflare Pages).
  writeFileSync(join(staging, '_headers'), headersFile(process.env.BASE_PATH || '/'));
  if (!existsSync(join(staging, 'index.html'))) throw new BuildError('the build produced no home page.');
  renameSync(staging, dist);
  console.log(`\nPagefind indexed ${indexed.pages} pages in ${indexed.ms} ms.\nThe site is in ${dist}`);
} catch (error) {
  rmSync(staging, { recursive: true, force: true });
  console.error(
    `\nBuild failed: ${error instanceof BuildError ? error.message : error.stack}\nNo ${dist} was written.`,
  );
  process.exit(1);
}
