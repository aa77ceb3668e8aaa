/**
 * Search in `astro dev`. Pagefind indexes built HTML, which the dev server does not write, so on
 * the first request for the search bundle this crawls the dev server's own pages (from the home
 * page, following the site's links), indexes them in memory with Pagefind's Node API and serves
 * the bundle from there. An edit to the content or src/ drops the index; the next search builds it again.
 */
import type { AddressInfo } from 'node:net';
import { resolve, sep } from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';
import type { ViteDevServer } from 'vite';

type Bundle = Map<string, Uint8Array>;

const TYPES: Record<string, string> = { js: 'text/javascript', json: 'application/json', css: 'text/css' };

/** Every page reachable from the home page by the site's own links, with its HTML. */
async function crawl(origin: string, base: string): Promise<Map<string, string>> {
  const pages = new Map<string, string>();
  const queue = [base];
  for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
    if (pages.has(path)) continue;
    const response = await fetch(new URL(path, origin), { headers: { accept: 'text/html' } });
    if (!response.ok || !response.headers.get('content-type')?.includes('text/html')) continue;
    const html = await response.text();
    pages.set(path, html);
    for (const [, href = ''] of html.matchAll(/href="([^"#?]+\/)(?:[#?][^"]*)?"/g)) {
      if (href.startsWith(base) && !pages.has(href)) queue.push(href);
    }
  }
  return pages;
}

async function buildBundle(origin: string, base: string): Promise<Bundle> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    for (const [url, content] of await crawl(origin, base)) await index.addHTMLFile({ url, content });
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
  const prefix = `${base}pagefind/`;
  const content = resolve(contentDir);
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
