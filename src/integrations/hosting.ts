import { withBase } from '../lib/permalinks.ts';

/**
 * The HTTP headers the site is served with, declared once, and `_headers` (Netlify, Cloudflare
 * Pages), which the build writes. The other renderers stand beside the scripts that use them:
 * scripts/lib/serve-headers.ts (the local server) and scripts/lib/nginx-config.ts. Cache rules
 * never overlap, because hosts join repeated headers.
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

export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
};

/** The security headers every response carries, whatever its status. */
/** Public data: any site's script may read a provision's JSON and its schema. */
export const PUBLIC_DATA_HEADERS: Record<string, string> = { 'Access-Control-Allow-Origin': '*' };
/** The public data files: globs relative to the base path, one splat each (as Cloudflare requires). */
export const PUBLIC_DATA = ['/documents/*.json', '/schemas/*'];

export const IMMUTABLE = 'public, max-age=31536000, immutable';
export const REVALIDATE = 'public, max-age=0, must-revalidate';

/** Folders whose file names carry a content hash: they never change, so they are cached for a year. */
export const HASHED_FOLDERS = ['/_astro/', '/pagefind/index/', '/pagefind/fragment/', '/pagefind/filter/'];

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
  const lines = [withBase('/*', base), ...Object.entries(SECURITY_HEADERS).map(([k, v]) => `  ${k}: ${v}`)];
  for (const [path, cache] of CACHE_RULES) lines.push(withBase(path, base), `  Cache-Control: ${cache}`);
  for (const path of PUBLIC_DATA) {
    lines.push(withBase(path, base), ...Object.entries(PUBLIC_DATA_HEADERS).map(([k, v]) => `  ${k}: ${v}`));
  }
  return `${lines.join('\n')}\n`;
}
