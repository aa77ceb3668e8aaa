import {
  HASHED_FOLDERS,
  IMMUTABLE,
  PUBLIC_DATA_HEADERS,
  REVALIDATE,
  SECURITY_HEADERS,
} from '../../src/integrations/hosting.ts';
import { withBase } from '../../src/lib/permalinks.ts';

/** Text served compressed beside HTML: styles, scripts, data, the feed and the sitemap (nginx serves .xml as text/xml). */
const COMPRESSED_TYPES = [
  'text/css',
  'application/javascript',
  'application/json',
  'image/svg+xml',
  'application/xml',
  'text/xml',
  'application/rss+xml',
  'text/plain',
];

/** A regular expression matching `text` literally (a base path may hold "." and "~"). */
const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A complete nginx `server` block for a site under `base` served from `root` (the folder that
 * holds `base`): the same headers as `_headers`, the 404 page, gzip.
 */
export function nginxConfig(
  base: string,
  {
    root = '/var/www',
    serverName = '_',
    port = 80,
  }: { root?: string; serverName?: string; port?: number } = {},
): string {
  const header = (k: string, v: string) => `    add_header ${k} "${v}" always;`;
  const security = Object.entries(SECURITY_HEADERS)
    .map(([k, v]) => header(k, v))
    .join('\n');
  const hashed = HASHED_FOLDERS.map(
    (folder) =>
      `  location ^~ ${withBase(folder, base)} {\n${security}\n${header('Cache-Control', IMMUTABLE)}\n  }`,
  );
  // A regex location wins over the prefix one, and nginx drops inherited add_header lines in a
  // location that adds its own, so this one repeats the security and cache headers.
  const publicData = Object.entries(PUBLIC_DATA_HEADERS)
    .map(([k, v]) => header(k, v))
    .join('\n');
  return [
    'server {',
    `  listen ${port};`,
    `  listen [::]:${port};`,
    `  server_name ${serverName};`,
    `  root ${root};`,
    `  error_page 404 ${withBase('/404.html', base)};`,
    '  gzip on;',
    '  gzip_vary on;',
    `  gzip_types ${COMPRESSED_TYPES.join(' ')};`,
    `  location ${base} {`,
    `    try_files $uri $uri/index.html =404;`,
    security,
    header('Cache-Control', REVALIDATE),
    '  }',
    ...hashed,
    `  location ~ ^${literal(base)}(documents/.+\\.json|schemas/.+)$ {`,
    security,
    header('Cache-Control', REVALIDATE),
    publicData,
    '  }',
    '}',
  ].join('\n');
}
