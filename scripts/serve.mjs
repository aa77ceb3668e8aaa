#!/usr/bin/env node
/**
 * Serves the built site (OUT_DIR) on localhost as a static host does, with serve-handler, the
 * engine of Vercel's `serve`, at the base path it was built for (read from the build's
 * robots.txt; BASE_PATH, when set, must agree). `/x` is redirected to `/x/`, the site's 404 page
 * answers with status 404, malformed and traversing paths get 400, symlinks and host files
 * (`_headers`, `.nojekyll`) are not served, only GET and HEAD are allowed, a Range is ignored
 * (the whole file is sent, as HTTP allows), and every response, whatever its status, carries the
 * production headers (src/integrations/hosting.ts). Used by `npm start`, `npm run preview` and
 * the browser tests. PORT (default 4321) and HOST (default 127.0.0.1) choose where; a busy port
 * moves to the next.
 */
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { lstat, realpath } from 'node:fs/promises';
import { createServer } from 'node:http';
import { join, resolve, sep } from 'node:path';
import handler from 'serve-handler';
import { SECURITY_HEADERS } from '../src/integrations/hosting.ts';
import { serveHandlerHeaders } from './lib/serve-headers.ts';
import { BASE_PATH, OUT_DIR } from '../src/lib/environment.ts';

const dir = resolve(OUT_DIR);
const host = process.env.HOST || '127.0.0.1';
const wanted = Number(process.env.PORT || 4321);
if (!existsSync(join(dir, 'index.html'))) {
  console.error(`There is no built site in ${dir}: run npm run build first (npm start does both).`);
  process.exit(1);
}

/** The base path the site in `dir` was built for: its robots.txt names its sitemap's address. */
function builtBase() {
  try {
    const sitemap = /^Sitemap: (\S+)/m.exec(readFileSync(join(dir, 'robots.txt'), 'utf8'))?.[1];
    return sitemap ? new URL(sitemap).pathname.replace(/[^/]*$/, '') : undefined;
  } catch {
    return undefined;
  }
}
const built = builtBase();
const base = process.env.BASE_PATH === undefined ? (built ?? BASE_PATH) : BASE_PATH;
if (built && built !== base) {
  console.error(
    `${dir} was built for the base path ${built}, but BASE_PATH is ${base}: every link would be a 404. Fix: unset BASE_PATH to serve it at ${built}, or build again with BASE_PATH=${base}.`,
  );
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
const prefix = base.slice(0, -1);
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
const HOST_FILE = /(^|\/)(_headers|_redirects|\.nojekyll)(\/|$)/;

/** A short plain-text answer: no page, so nothing the security policy would have to allow. */
function plain(res, status, text, headers = {}) {
  res.writeHead(status, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' }).end(`${text}\n`);
}

/** The path decoded, or undefined when it is malformed or holds a character no file name has. */
function decodedPath(url) {
  try {
    const path = decodeURIComponent(url.split('?')[0]);
    // A control character (a NUL, a line break) is in no file name, and can only be an attack.
    return [...path].some((c) => c.charCodeAt(0) < 0x20) ? undefined : path;
  } catch {
    return undefined;
  }
}

const server = createServer((req, res) => {
  // Every answer, a redirect or an error as much as a page, carries the site's security headers.
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    plain(res, 405, 'Method not allowed', { Allow: 'GET, HEAD' });
    return;
  }
  const url = req.url ?? '/';
  const path = decodedPath(url);
  if (path === undefined || path.split('/').includes('..')) {
    plain(res, 400, 'Bad request');
    return;
  }
  const query = url.includes('?') ? url.slice(url.indexOf('?')) : '';
  if (prefix && (url === prefix || url.startsWith(`${prefix}?`))) {
    res.writeHead(301, { Location: `${base}${query}` }).end();
    return;
  }
  // The site is the folder mounted at the base path: outside it there is nothing but the 404 page.
  req.url = url.startsWith(base) && !HOST_FILE.test(path) ? url.slice(prefix.length) : NOT_FOUND;
  delete req.headers.range;
  // serve-handler redirects within the folder (`/x` → `/x/`): put the base path and the query back.
  const writeHead = res.writeHead.bind(res);
  res.writeHead = (status, headers) =>
    writeHead(
      status,
      headers?.Location?.startsWith('/')
        ? { ...headers, Location: `${prefix}${headers.Location}${query}` }
        : headers,
    );
  handler(req, res, options, methods).catch((error) => {
    console.error(`${req.method} ${url}: ${error.message}`);
    if (!res.headersSent) plain(res, 500, 'Internal server error');
    else res.end();
  });
});

let port = wanted;
server.on('error', (error) => {
  if (error.code !== 'EADDRINUSE' || port > wanted + 20) throw error;
  console.log(`Port ${port} is in use; trying ${port + 1} (set PORT to choose one).`);
  port += 1;
  server.listen(port, host);
});
server.on('listening', () => console.log(`Serving ${dir} at http://${host}:${port}${base}`));
server.listen(port, host);
