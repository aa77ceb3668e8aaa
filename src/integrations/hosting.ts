/**
 * The HTTP headers the site is served with, declared once and rendered for each kind of host:
 * `_headers` (Netlify, Cloudflare Pages), an nginx `server` block, and the rules of the local
 * server behind `npm start`. Cache rules never overlap, because hosts join repeated headers.
 */

/** Everything from the site itself; nothing framed, embedded or submitted elsewhere. */
const DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;
/** Scripts from files only (no inline script, no javascript: URL); Pagefind needs 'wasm-unsafe-eval'. */
const SCRIPT_SOURCES = ["'self'", "'wasm-unsafe-eval'"];
const STYLE_SOURCES = ["'self'"];

/**
 * The policy every page carries itself, as a <meta http-equiv> tag written by Astro
 * (astro.config.mjs, `security.csp`), so it protects readers on hosts that send no headers
 * (GitHub Pages, S3, a plain nginx). A meta tag cannot carry frame-ancestors: the headers do.
 */
export const PAGE_CSP = {
  directives: [...DIRECTIVES],
  scriptDirective: { resources: SCRIPT_SOURCES },
  styleDirective: { resources: STYLE_SOURCES },
};

const CONTENT_SECURITY_POLICY = [
  ...DIRECTIVES,
  `script-src ${SCRIPT_SOURCES.join(' ')}`,
  `style-src ${STYLE_SOURCES.join(' ')}`,
  "frame-ancestors 'none'",
].join('; ');

const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
};

/** Public data: any site's script may read a provision's JSON and its schema. */
const PUBLIC_DATA_HEADERS: Record<string, string> = { 'Access-Control-Allow-Origin': '*' };
/** The public data files: globs relative to the base path, one splat each (as Cloudflare requires). */
const PUBLIC_DATA = ['/documents/*.json', '/schemas/*'];

const IMMUTABLE = 'public, max-age=31536000, immutable';
const REVALIDATE = 'public, max-age=0, must-revalidate';

/** Folders whose file names carry a content hash: they never change, so they are cached for a year. */
const HASHED_FOLDERS = ['/_astro/', '/pagefind/index/', '/pagefind/fragment/', '/pagefind/filter/'];

/** Path patterns (relative to the base path) and their caching; `*` matches the rest of a path. */
const CACHE_RULES: [string, string][] = [
  ...HASHED_FOLDERS.map((folder): [string, string] => [`${folder}*`, IMMUTABLE]),
  ['/', REVALIDATE],
  ['/articles/*', REVALIDATE],
  ['/documents/*', REVALIDATE],
  ['/timelines/*', REVALIDATE],
  ['/schemas/*', REVALIDATE],
  ['/search/*', REVALIDATE],
  ['/og/*', REVALIDATE],
  ['/404.html', REVALIDATE],
];

/** The `_headers` file for a site under `base` (as Astro resolves it: "/" or "/treaty/"). */
export function headersFile(base: string): string {
  const prefix = base.slice(0, -1);
  const lines = [`${prefix}/*`, ...Object.entries(SECURITY_HEADERS).map(([k, v]) => `  ${k}: ${v}`)];
  for (const [path, cache] of CACHE_RULES) lines.push(`${prefix}${path}`, `  Cache-Control: ${cache}`);
  for (const path of PUBLIC_DATA) {
    lines.push(`${prefix}${path}`, ...Object.entries(PUBLIC_DATA_HEADERS).map(([k, v]) => `  ${k}: ${v}`));
  }
  return `${lines.join('\n')}\n`;
}

/**
 * The same headers as rules for serve-handler, whose patterns are globs relative to the folder
 * served. Every response revalidates unless it is a file in a hashed folder: a 404 page under
 * /_astro/ is not a hashed file, so it is never cached for a year.
 */
export function serveHandlerHeaders(): { source: string; headers: { key: string; value: string }[] }[] {
  const security = Object.entries(SECURITY_HEADERS).map(([key, value]) => ({ key, value }));
  return [
    { source: '**', headers: [...security, { key: 'Cache-Control', value: REVALIDATE }] },
    ...HASHED_FOLDERS.map((folder) => ({
      source: `${folder.slice(1)}**`,
      headers: [{ key: 'Cache-Control', value: IMMUTABLE }],
    })),
    ...PUBLIC_DATA.map((path) => ({
      source: path.slice(1).replace('*', '**/*'),
      headers: Object.entries(PUBLIC_DATA_HEADERS).map(([key, value]) => ({ key, value })),
    })),
  ];
}

/** The same headers as nginx configuration, for a site under `base` served from `root`. */
export function nginxConfig(base: string, root = '/var/www/treaty'): string {
  const prefix = base.slice(0, -1);
  const security = Object.entries(SECURITY_HEADERS)
    .map(([k, v]) => `    add_header ${k} "${v}" always;`)
    .join('\n');
  const hashed = HASHED_FOLDERS.map(
    (folder) =>
      `  location ^~ ${prefix}${folder} {\n${security}\n    add_header Cache-Control "${IMMUTABLE}" always;\n  }`,
  );
  // A regex location wins over the prefix one, and nginx drops inherited add_header lines in a
  // location that adds its own, so this one repeats the security and cache headers.
  const publicData = Object.entries(PUBLIC_DATA_HEADERS)
    .map(([k, v]) => `    add_header ${k} "${v}" always;`)
    .join('\n');
  return [
    'server {',
    `  root ${root};`,
    `  error_page 404 ${prefix}/404.html;`,
    '  gzip on;',
    '  gzip_types text/css application/javascript application/json image/svg+xml application/xml text/plain;',
    `  location ${prefix}/ {`,
    `    try_files $uri $uri/index.html =404;`,
    security,
    `    add_header Cache-Control "${REVALIDATE}" always;`,
    '  }',
    ...hashed,
    `  location ~ ^${prefix}/(documents/.+\\.json|schemas/.+)$ {`,
    security,
    `    add_header Cache-Control "${REVALIDATE}" always;`,
    publicData,
    '  }',
    '}',
  ].join('\n');
}
