#!/usr/bin/env node
/**
 * Serves a built site on localhost the way a static host does: files from the folder under the
 * base path, `/x/` → `/x/index.html`, `/x` redirected to `/x/` (the site's one trailing-slash
 * form), and the site's 404.html (with status 404) for anything else.
 *   node scripts/serve.mjs [--dir dist] [--base /] [--port 4321]
 * Used by `npm start` and by the browser tests; BASE_PATH and PORT work as well as the flags.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import sirv from 'sirv';
import { parseHeadersFile } from './lib/headers.mjs';

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: 'dist' },
    base: { type: 'string', default: process.env.BASE_PATH || '/' },
    port: { type: 'string', default: process.env.PORT || '4321' },
    host: { type: 'string', default: '127.0.0.1' },
  },
});
const dir = resolve(values.dir);
const base = `/${values.base.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
if (!existsSync(join(dir, 'index.html'))) {
  console.error(`No site in ${dir}: run \`npm run build\` first.`);
  process.exit(1);
}

const files = sirv(dir, { etag: true, extensions: ['html'] });
// The headers the build wrote for static hosts (dist/_headers), applied as such a host would.
const headerRules = existsSync(join(dir, '_headers'))
  ? parseHeadersFile(readFileSync(join(dir, '_headers'), 'utf8'))
  : [];
const notFound = () => readFileSync(join(dir, '404.html'));

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  for (const rule of headerRules) {
    if (rule.pattern.test(url.pathname)) for (const [name, value] of rule.headers) res.setHeader(name, value);
  }
  if (url.pathname.endsWith('/_headers')) {
    res.writeHead(404).end();
    return;
  }
  const sendNotFound = () => {
    res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
    res.end(notFound());
  };
  if (!url.pathname.startsWith(base)) {
    if (url.pathname === base.slice(0, -1)) {
      res.writeHead(301, { location: base });
      res.end();
    } else sendNotFound();
    return;
  }
  const path = url.pathname.slice(base.length);
  const folder = join(dir, decodeURIComponent(path));
  if (path && !path.endsWith('/') && existsSync(folder) && statSync(folder).isDirectory()) {
    res.writeHead(301, { location: `${url.pathname}/${url.search}` });
    res.end();
    return;
  }
  req.url = `/${path}${url.search}`;
  files(req, res, sendNotFound);
});

server.listen(Number(values.port), values.host, () => {
  console.log(`Serving ${dir} at http://${values.host}:${values.port}${base}`);
});
