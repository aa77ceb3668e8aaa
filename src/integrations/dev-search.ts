/**
 * Search in `astro dev`. Pagefind indexes built HTML, which the dev server does not write, so on
 * the first request for the search bundle this fetches the dev server's own pages (those its
 * sitemap lists), indexes them in memory with Pagefind's Node API and serves the bundle from there. An edit to the content or src/ drops the index; the next search builds it again.
 */
import type { AddressInfo } from 'node:net';
import { resolve, sep } from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import { DomUtils, parseDocument } from 'htmlparser2';
import * as pagefind from 'pagefind';
import type { ViteDevServer } from 'vite';
import { SITEMAP_PATH, withBase } from '../lib/permalinks.ts';

type Bundle = Map<string, Uint8Array>;

const TYPES: Record<string, string> = { js: 'text/javascript', json: 'application/json', css: 'text/css' };

/**
 * Every page the sitemap lists (the site model's pages, src/lib/sitemap.ts), with its HTML: the
 * dev server serves the sitemap as the build writes it.
 */
async function pagesOf(origin: string, base: string): Promise<Map<string, string>> {
  const pages = new Map<string, string>();
  const get = (path: string) => fetch(new URL(path, origin)).then((r) => (r.ok ? r.text() : ''));
  const locs = (xml: string) =>
    DomUtils.getElementsByTagName('loc', parseDocument(xml, { xmlMode: true }).children).map(
      (loc) => new URL(DomUtils.textContent(loc).trim()).pathname,
    );
  for (const file of locs(await get(withBase(SITEMAP_PATH, base)))) {
    for (const path of locs(await get(file))) {
      const html = await get(path);
      if (html) pages.set(path, html);
    }
  }
  return pages;
}

async function buildBundle(origin: string, base: string): Promise<Bundle> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    for (const [url, content] of await pagesOf(origin, base)) await index.addHTMLFile({ url, content });
    const { files, errors: failed } = await index.getFiles();
    if (failed.length > 0) throw new Error(failed.join('; '));
    return new Map(files.map((file) => [file.path, file.content]));
  } finally {
    await index.deleteIndex();
  }
}

export function devSearch(
  server: ViteDevServer,
  { base, contentDir, logger }: { base: string; contentDir: string; logger: AstroIntegrationLogger },
): void {
  const prefix = withBase('/pagefind/', base);
  const content = `${resolve(contentDir)}${sep}`;
  let bundle: Promise<Bundle> | undefined;
  server.watcher.on('all', (_event, file) => {
    if (file.startsWith(content) || file.includes(`${sep}src${sep}`)) bundle = undefined;
  });
  server.httpServer?.on('close', () => void pagefind.close());

  server.middlewares.use((req, res, next) => {
    const path = req.url?.split('?')[0] ?? '';
    if (!path.startsWith(prefix)) return next();
    const { port } = server.httpServer?.address() as AddressInfo;
    bundle ??= buildBundle(`http://localhost:${port}`, base).then(
      (built) => {
        logger.info(`Search: indexed the dev server's pages (${built.size} files).`);
        return built;
      },
      (error: unknown) => {
        bundle = undefined;
        throw error;
      },
    );
    bundle.then(
      (files) => {
        const file = files.get(path.slice(prefix.length));
        if (!file) {
          res.statusCode = 404;
          res.end();
          return;
        }
        res.setHeader('Content-Type', TYPES[path.split('.').pop() ?? ''] ?? 'application/octet-stream');
        res.end(file);
      },
      (error: unknown) => {
        logger.error(`Search could not index the dev server's pages: ${(error as Error).message}`);
        res.statusCode = 503;
        res.end();
      },
    );
  });
}
