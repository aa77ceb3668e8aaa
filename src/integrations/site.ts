/**
 * The site's integration: it only wires Astro's hooks to the jobs around the pages, one file each.
 *
 * - config: the environment (environment.ts), the content folder's files (content-folder.ts) and
 *   which of them are compiled as MDX (content-formats.ts),
 *   redirects.json and permalinks.json (for the content checks, through `virtual:site/files`),
 *   and, for a build, the output folder (output-folder.ts);
 * - build done: the permalink contract (published-urls.ts), every published word against its
 *   source (published-words.ts), the search index (search-index.ts), the host files
 *   (host-files.ts), then the finished site is put in place;
 * - dev: search over the dev server's own pages (dev-search.ts), each error printed once per
 *   change of the content (dev-errors.ts).
 *
 * A failure is reported as what went wrong and the fix, with no stack trace.
 */
import { fileURLToPath, pathToFileURL } from 'node:url';
import { join, resolve } from 'node:path';
import type { AstroConfig, AstroIntegration, AstroIntegrationLogger } from 'astro';
import { ENVIRONMENT_PROBLEMS, OUT_DIR, REPORT_ERRORS_URL } from '../lib/environment.ts';
import { ContentError, formatProblem, type Problem } from '../lib/problems.ts';
import { readRedirects } from '../lib/redirects.ts';
import { codeDigest } from './code-digest.ts';
import { contentFolderProblems } from './content-folder.ts';
import { contentFormats, describeFormats } from './content-formats.ts';
import { printErrorsOnce } from './dev-errors.ts';
import { devSearch } from './dev-search.ts';
import { writeHostFiles } from './host-files.ts';
import { checkOutputFolder, OutputFolderError, startStaging, type Staging } from './output-folder.ts';
import { auditPublishedWords, readSourceWords } from './published-words.ts';
import { checkWrittenUrls } from './published-urls.ts';
import { missingPageAssets } from './page-assets.ts';
import { startSearchIndex } from './search-index.ts';

/** Where canonical links point when SITE_URL is not set: right for `npm start`, wrong anywhere else. */
const PLACEHOLDER_SITE = 'http://localhost:4321';
const VIRTUAL_CONFIG = 'virtual:site/config';

export interface SiteOptions {
  /** The content folder (src/content, or another corpus for tests and benchmarks). */
  contentDir: string;
}

export default function site({ contentDir }: SiteOptions): AstroIntegration {
  let config: AstroConfig;
  let staging: Staging | undefined;

  const finish = async ({ dir, logger }: { dir: URL; logger: AstroIntegrationLogger }) => {
    if (!staging) return;
    const out = fileURLToPath(dir);
    try {
      // Pagefind reads the pages in its own process while this one checks them.
      const search = await startSearchIndex(out);
      const checked = performance.now();
      let problems: Problem[];
      try {
        problems = [
          ...checkWrittenUrls(contentDir, out),
          ...missingPageAssets(out, config.base),
          ...auditPublishedWords(out, config.base, readSourceWords(contentDir)),
        ];
      } catch (error) {
        await search.finish().catch(() => undefined);
        throw error;
      }
      const checkMs = Math.round(performance.now() - checked);
      const indexed = await search.finish();
      fail(problems);
      logger.info(`Published words checked in ${checkMs} ms.`);
      logger.info(`Pagefind indexed ${indexed.pages} pages in ${indexed.ms} ms.`);
      writeHostFiles(out, config.base, readRedirects(join(contentDir, 'redirects.json')).redirects);
      staging.publish();
      logger.info(`The site is in ${staging.outDir}`);
    } catch (error) {
      staging.discard();
      throw stepFailed(logger, error);
    }
  };

  return {
    name: 'site',
    hooks: {
      'astro:config:setup': async ({ command, config: userConfig, updateConfig, logger }) => {
        const publicDir = fileURLToPath(userConfig.publicDir);
        try {
          fail([
            ...ENVIRONMENT_PROBLEMS.map((p) => ({
              file: p.variable,
              field: p.variable,
              message: p.message,
              fix: p.fix,
            })),
            ...contentFolderProblems(contentDir),
          ]);
        } catch (error) {
          throw stepFailed(logger, error);
        }
        updateConfig({
          ...(userConfig.site ? {} : { site: PLACEHOLDER_SITE }),
          vite: {
            // The output folder is a staging folder output-folder.ts creates empty.
            build: { emptyOutDir: false },
            // The one way the content folder (and public/, whose files are published too) reaches
            // the pages: src/lib/site-content.ts reads everything else from there.
            plugins: [
              virtualModule(VIRTUAL_CONFIG, {
                contentDir: resolve(contentDir),
                publicDir,
                // The card-drawing worker runs by path, as it is: inside the bundle, the card
                // code's own address is not beside it.
                cardWorker: fileURLToPath(new URL('../cards/card-worker.mjs', import.meta.url)),
                reportErrors: REPORT_ERRORS_URL ?? null,
                codeDigest: codeDigest(fileURLToPath(userConfig.root), contentDir),
              }),
            ],
          },
          integrations: [{ name: 'site:finish', hooks: { 'astro:build:done': finish } }],
        });
        if (command !== 'build') return;
        for (const line of describeFormats(contentFormats(contentDir))) logger.info(line);
        if (!userConfig.site) {
          logger.warn(
            `SITE_URL is not set, so canonical links, the feed, the sitemap, social cards and copied links all point at ${PLACEHOLDER_SITE}. ` +
              'That is right for npm start on this computer only: set SITE_URL (e.g. SITE_URL=https://treaty.example.org) for a site you publish.',
          );
        }
        try {
          const outDir = fileURLToPath(userConfig.outDir).replace(/[\\/]$/, '');
          const root = fileURLToPath(userConfig.root);
          checkOutputFolder(outDir, { given: OUT_DIR, root, contentDir: resolve(contentDir) });
          staging = await startStaging(outDir, root);
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
        printErrorsOnce(server, logger, contentDir);
      },
    },
  };
}

function fail(problems: Problem[]): void {
  if (problems.length > 0) throw new ContentError(problems);
}

/** The failure as the reader of the terminal needs it: what went wrong and the fix, no stack trace. */
function stepFailed(logger: AstroIntegrationLogger, error: unknown): Error {
  const message =
    error instanceof ContentError
      ? `${error.problems.length} problem${error.problems.length === 1 ? '' : 's'}:\n\n${error.problems.map(formatProblem).join('\n\n')}`
      : error instanceof OutputFolderError || error instanceof Error
        ? error.message
        : String(error);
  logger.error(`Build failed, and no site was written.\n\n${message}`);
  const failure = new Error('Build failed: see the problems listed above.');
  failure.stack = '';
  return failure;
}

/** A Vite plugin that serves `data` as the ES module `id`. */
function virtualModule(id: string, data: Record<string, unknown>) {
  const resolved = `\0${id}`;
  return {
    name: id,
    resolveId: (source: string) => (source === id ? resolved : undefined),
    load: (source: string) =>
      source === resolved
        ? Object.entries(data)
            .map(([name, value]) => `export const ${name} = ${JSON.stringify(value)};`)
            .join('\n')
        : undefined,
  };
}
