/**
 * The site's build steps, in Astro's own hooks (as Starlight runs Pagefind in `astro:build:done`),
 * so `astro build` alone produces the complete site and every step reads Astro's resolved `base`,
 * `site` and `outDir`:
 *
 * - config: reads redirects.json and permalinks.json once, for Astro's `redirects` option and for
 *   the content checks (virtual module `virtual:site-pipeline/files`); adds the sitemap; warns
 *   when SITE_URL is unset; points the build at a staging folder.
 * - build done: the permalink contract against the files written, the Pagefind index, the host
 *   files (`_headers`, `_redirects`), the redirect pages' query-and-fragment hand-off, then the
 *   finished site replaces the old one in a single rename.
 * - dev: a search index built from the dev server's own pages (see dev-search.ts).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import sitemap from '@astrojs/sitemap';
import type { AstroConfig, AstroIntegration, AstroIntegrationLogger } from 'astro';
import { ContentError, formatProblem } from '../lib/problems.ts';
import { readRedirects } from '../lib/redirects.ts';
import { devSearch } from './dev-search.ts';
import { headersFile } from './hosting.ts';
import { MANIFEST_FILE, readManifest, vanishedUrls } from '../lib/permalink-contract.ts';
import { publishedUrls } from './built-site.ts';
import { finishRedirectPages, redirectsFile } from './redirect-pages.ts';
import { writeSearchIndex } from './search-index.ts';
import { BuildBusyError, startStaging, type Staging } from './staging.ts';

/** Where canonical links point when SITE_URL is not set: right for `npm start`, wrong anywhere else. */
const PLACEHOLDER_SITE = 'http://localhost:4321';
const VIRTUAL_FILES = 'virtual:site-pipeline/files';

export interface SitePipelineOptions {
  /** The content folder (src/content, or another corpus for tests and benchmarks). */
  contentDir: string;
}

export default function sitePipeline({ contentDir }: SitePipelineOptions): AstroIntegration {
  let config: AstroConfig;
  let staging: Staging | undefined;
  let movedPaths = new Set<string>();

  /** The steps that follow the render, then the finished site replaces the old one. */
  const finish = async ({ dir, logger }: { dir: URL; logger: AstroIntegrationLogger }) => {
    if (!staging) return;
    const out = fileURLToPath(dir);
    try {
      checkPermalinkContract(contentDir, out);
      const indexed = await writeSearchIndex(out);
      logger.info(`Pagefind indexed ${indexed.pages} pages in ${indexed.ms} ms.`);
      finishRedirectPages(out, config.base, movedPaths);
      writeFileSync(join(out, '_headers'), headersFile(config.base));
      const redirects = redirectsFile(config.base, config.redirects);
      if (redirects) writeFileSync(join(out, '_redirects'), redirects);
      // GitHub Pages would otherwise run Jekyll, which drops folders starting with "_" (_astro/).
      writeFileSync(join(out, '.nojekyll'), '');
      staging.publish();
      logger.info(`The site is in ${staging.outDir}`);
    } catch (error) {
      staging.discard();
      throw stepFailed(logger, error);
    }
  };

  return {
    name: 'site-pipeline',
    hooks: {
      'astro:config:setup': ({ command, config: userConfig, updateConfig, addWatchFile, logger }) => {
        // The card-drawing worker is run by path (src/lib/social-card.ts), from beside this file.
        process.env['SITE_CARD_WORKER'] ??= fileURLToPath(new URL('./card-worker.mjs', import.meta.url));
        const redirectsPath = join(contentDir, 'redirects.json');
        const manifestPath = join(contentDir, MANIFEST_FILE);
        addWatchFile(pathToFileURL(redirectsPath));
        addWatchFile(pathToFileURL(manifestPath));
        const redirects = readRedirects(redirectsPath);
        const manifest = readManifest(manifestPath);
        movedPaths = new Set(redirects.redirects.map((r) => r.id));
        const base = userConfig.base;
        updateConfig({
          ...(userConfig.site ? {} : { site: PLACEHOLDER_SITE }),
          // Astro takes a redirect's destination as written, so it gets the base path here.
          redirects: Object.fromEntries(
            redirects.redirects.map((r) => [r.id, `${base}${r.data.to.slice(1)}`]),
          ),
          // After the sitemap, so the last step sees every file the build wrote.
          integrations: [
            // A page that asks search engines not to index it (search, 404, a moved page) is not listed.
            sitemap({
              filter: (page) => staging === undefined || builtPageMeta(staging.dir, base, page).indexable,
              // lastmod is when the page's content changed (its article:modified_time), so it holds
              // still across rebuilds of unchanged content.
              serialize: (item) => {
                const modified = staging && builtPageMeta(staging.dir, base, item.url).modified;
                return modified ? { ...item, lastmod: modified } : item;
              },
              namespaces: { news: false, xhtml: false, image: false, video: false },
            }),
            { name: 'site-pipeline:finish', hooks: { 'astro:build:done': finish } },
          ],
          vite: {
            plugins: [
              virtualModule(VIRTUAL_FILES, {
                redirects: redirects.redirects,
                manifest: { file: manifestPath, urls: manifest.urls ?? null },
                // Files copied as they are (public/) are published too: the content checks count them.
                staticUrls: publishedUrls(fileURLToPath(userConfig.publicDir)),
                problems: [...redirects.problems, ...manifest.problems],
              }),
            ],
          },
        });
        if (command !== 'build') return;
        if (!userConfig.site) {
          logger.warn(
            `SITE_URL is not set, so canonical links, the feed, the sitemap, social cards and copied links all point at ${PLACEHOLDER_SITE}. ` +
              'That is right for npm start on this computer only: set SITE_URL (e.g. SITE_URL=https://treaty.example.org) for a site you publish.',
          );
        }
        try {
          staging = startStaging(fileURLToPath(userConfig.outDir).replace(/\/$/, ''));
        } catch (error) {
          throw stepFailed(logger, error);
        }
        updateConfig({ outDir: pathToFileURL(`${staging.dir}/`) });
      },

      'astro:config:done': ({ config: resolved }) => {
        config = resolved;
      },

      'astro:server:setup': ({ server, logger }) => {
        devSearch(server, { base: config.base, contentDir, logger });
      },
    },
  };
}

/** What the sitemap needs from a page the build wrote: may it be indexed, and when did it change. */
function builtPageMeta(dir: string, base: string, url: string): { indexable: boolean; modified?: string } {
  const path = new URL(url).pathname.slice(base.length);
  const file = join(dir, path.endsWith('/') || path === '' ? join(path, 'index.html') : path);
  let html: string;
  try {
    html = readFileSync(file, 'utf8');
  } catch {
    return { indexable: true };
  }
  const modified = /<meta property="article:modified_time" content="([^"]+)"/.exec(html)?.[1];
  return {
    indexable: !/<meta name="robots" content="[^"]*noindex/.test(html),
    ...(modified ? { modified } : {}),
  };
}

/** The files the build wrote must keep every URL the site has published. */
function checkPermalinkContract(contentDir: string, out: string) {
  const manifestPath = join(contentDir, MANIFEST_FILE);
  const manifest = readManifest(manifestPath);
  const problems = manifest.urls
    ? vanishedUrls(manifestPath, manifest.urls, publishedUrls(out))
    : manifest.problems;
  if (problems.length > 0) throw new ContentError(problems);
}

/** The failure as the reader of the terminal needs it: what went wrong and the fix, no stack trace. */
function stepFailed(logger: AstroIntegrationLogger, error: unknown): Error {
  const message =
    error instanceof ContentError
      ? error.problems.map(formatProblem).join('\n\n')
      : error instanceof BuildBusyError
        ? error.message
        : error instanceof Error
          ? error.message
          : String(error);
  logger.error(`Build failed, and no site was written.\n\n${message}`);
  const failure = new Error('Build failed: see the problems listed above.');
  failure.stack = '';
  return failure;
}

/** A Vite plugin that serves `data` as the ES module `id`. */
function virtualModule(id: string, data: unknown) {
  const resolved = `\0${id}`;
  return {
    name: id,
    resolveId: (source: string) => (source === id ? resolved : undefined),
    load: (source: string) =>
      source === resolved
        ? Object.entries(data as Record<string, unknown>)
            .map(([name, value]) => `export const ${name} = ${JSON.stringify(value)};`)
            .join('\n')
        : undefined,
  };
}
