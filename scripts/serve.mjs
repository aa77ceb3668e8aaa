#!/usr/bin/env node
/**
 * Serves the built site (OUT_DIR, under BASE_PATH) on localhost as a static host does, with
 * serve-handler, the engine of Vercel's `serve`: `/x` is redirected to `/x/`, the site's 404 page
 * answers with status 404, malformed and traversing paths get 400, symlinks and host files
 * (`_headers`, `.nojekyll`) are not served, only GET and HEAD are allowed, and every response carries the
 * production headers (src/integrations/hosting.ts). Used by `npm start` and the browser tests.
 * PORT (default 4321) and HOST (default 127.0.0.1) choose where; a busy port moves to the next.
 */
import { existsSync, realpathSync } from 'node:fs';
import { lstat, realpath } from 'node:fs/promises';
import { createServer } from 'node:http';
import { join, resolve, sep } from 'node:path';
import handler from 'serve-handler';
import { serveHandlerHeaders } from '../src/integrations/hosting.ts';
import { BASE_PATH, OUT_DIR } from '../src/lib/environment.ts';

const dir = resolve(OUT_DIR);
const host = process.env.HOST || '127.0.0.1';
const wanted = Number(process.env.PORT || 4321);
if (!existsSync(join(dir, 'index.html'))) {
  console.error(`There is no built site in ${dir}: run npm run build first (npm start does both).`);
  process.exit(1);
}
const options = {
  public: dir,
  trailingSlash: true,
  directoryListing: false,
  symlinks: false,
  etag: true,
  headers: serveHandlerHeaders(),
};
const prefix = BASE_PATH.slice(0, -1);
const realRoot = realpathSync(dir);

/**
 * serve-handler refuses a symlink only as the last part of a path; a symlinked folder would still
 * lead out of the site. Every path is resolved first, and one that leaves the site does not exist.
 */
const methods = {
  async lstat(path) {
    const real = await realpath(path);
    if (real !== realRoot && !real.startsWith(`${realRoot}${sep}`)) {
      throw Object.assign(new Error(`${path} is outside the site`), { code: 'ENOENT' });
    }
    return lstat(path);
  },
};
/** A path that is never a file, so serve-handler answers with the site's 404 page. */
const NOT_FOUND = '/.not-found';

const server = createServer((req, res) => {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { Allow: 'GET, HEAD' }).end();
    return;
  }
  const url = req.url ?? '/';
  const query = url.includes('?') ? url.slice(url.indexOf('?')) : '';
  if (prefix && (url === prefix || url.startsWith(`${prefix}?`))) {
    res.writeHead(301, { Location: `${BASE_PATH}${query}` }).end();
    return;
  }
  // The site is the folder mounted at the base path: outside it there is nothing but the 404 page.
  req.url = url.startsWith(BASE_PATH) ? url.slice(prefix.length) : NOT_FOUND;
  // serve-handler redirects within the folder (`/x` → `/x/`): put the base path and the query back.
  const writeHead = res.writeHead.bind(res);
  res.writeHead = (status, headers) =>
    writeHead(
      status,
      headers?.Location?.startsWith('/')
        ? { ...headers, Location: `${prefix}${headers.Location}${query}` }
        : headers,
    );
  if (/(^|\/)(_headers|_redirects|\.nojekyll)(\/|$)/.test(decodeURIComponentSafe(req.url.split('?')[0]))) {
    req.url = NOT_FOUND;
  }
  handler(req, res, options, methods).catch((error) => {
    console.error(error);
    if (!res.headersSent) res.writeHead(500);
    res.end();
  });
});

function decodeURIComponentSafe(path) {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

let port = wanted;
server.on('error', (error) => {
  if (error.code !== 'EADDRINUSE' || port > wanted + 20) throw error;
  console.log(`Port ${port} is in use; trying ${port + 1} (set PORT to choose one).`);
  port += 1;
  server.listen(port, host);
});
server.on('listening', () => console.log(`Serving ${dir} at http://${host}:${port}${BASE_PATH}`));
server.listen(port, host);
