/**
 * The HTTP headers the site should be served with, in one place: written to dist/_headers (read by
 * Netlify and Cloudflare Pages, and by scripts/serve.mjs), and printed as nginx configuration by
 * scripts/nginx-conf.mjs. Cache rules never overlap, because hosts join repeated headers.
 */

/** Scripts and WebAssembly only from the site itself; Pagefind needs 'wasm-unsafe-eval'. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
};

const IMMUTABLE = 'public, max-age=31536000, immutable';
const REVALIDATE = 'public, max-age=0, must-revalidate';

/** Path patterns (relative to the base path) and their caching: hashed names never change. */
export const CACHE_RULES = [
  ['/_astro/*', IMMUTABLE],
  ['/pagefind/index/*', IMMUTABLE],
  ['/pagefind/fragment/*', IMMUTABLE],
  ['/pagefind/filter/*', IMMUTABLE],
  ['/', REVALIDATE],
  ['/articles/*', REVALIDATE],
  ['/documents/*', REVALIDATE],
  ['/search/*', REVALIDATE],
  ['/og/*', REVALIDATE],
  ['/404.html', REVALIDATE],
];

const prefix = (base) => base.replace(/\/+$/, '');

/** The `_headers` file for a site under `base`. */
export function headersFile(base) {
  const lines = [`${prefix(base)}/*`, ...Object.entries(SECURITY_HEADERS).map(([k, v]) => `  ${k}: ${v}`)];
  for (const [path, cache] of CACHE_RULES) lines.push(`${prefix(base)}${path}`, `  Cache-Control: ${cache}`);
  return `${lines.join('\n')}\n`;
}

/** Parses a `_headers` file into rules: [{ pattern: RegExp, headers: [[name, value]] }]. */
export function parseHeadersFile(text) {
  const rules = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const pattern = new RegExp(
        `^${line
          .trim()
          .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
          .replace(/\*/g, '.*')}$`,
      );
      rules.push({ pattern, headers: [] });
    } else {
      const at = line.indexOf(':');
      rules.at(-1)?.headers.push([line.slice(0, at).trim(), line.slice(at + 1).trim()]);
    }
  }
  return rules;
}

/** The same headers as nginx configuration, for a site under `base` served from `root`. */
export function nginxConfig(base, root = '/var/www/treaty') {
  const security = Object.entries(SECURITY_HEADERS)
    .map(([k, v]) => `    add_header ${k} "${v}" always;`)
    .join('\n');
  const location = (path, cache) => {
    const nginxPath = path.endsWith('*')
      ? `^~ ${prefix(base)}${path.slice(0, -1)}`
      : `= ${prefix(base)}${path}`;
    return `  location ${nginxPath} {\n${security}\n    add_header Cache-Control "${cache}" always;\n  }`;
  };
  return [
    'server {',
    `  root ${root};`,
    `  error_page 404 ${prefix(base)}/404.html;`,
    '  gzip on;',
    '  gzip_types text/css application/javascript application/json image/svg+xml application/xml text/plain;',
    `  location ${prefix(base)}/ {`,
    `    try_files $uri $uri/index.html =404;`,
    security,
    `    add_header Cache-Control "${REVALIDATE}" always;`,
    '  }',
    ...CACHE_RULES.filter(
      ([path]) =>
        path.includes('*') &&
        !path.startsWith('/articles') &&
        !path.startsWith('/documents') &&
        !path.startsWith('/search'),
    ).map(([path, cache]) => location(path, cache)),
    '}',
  ].join('\n');
}
