/**
 * Moved pages. Astro's `redirects` option writes a static page at each old URL (canonical link,
 * `noindex`, an immediate refresh), which works on any host. Two additions make it complete:
 * a small script that carries the query string and fragment to the new address (a refresh drops
 * them), and a `_redirects` file, so Netlify and Cloudflare Pages answer with a real 301.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AstroConfig } from 'astro';

const SCRIPT_NAME = 'moved.js';
const SCRIPT = `// A moved page: go to its new address, keeping the query string and fragment.
var refresh = document.querySelector('meta[http-equiv="refresh"]');
var target = refresh && /url=(.*)$/i.exec(refresh.getAttribute('content'));
if (target) location.replace(target[1] + location.search + location.hash);
`;

export function finishRedirectPages(out: string, base: string, movedPaths: Iterable<string>): void {
  const pages = [...movedPaths]
    .map((path) => join(out, path, 'index.html'))
    .filter((file) => existsSync(file));
  if (pages.length === 0) return;
  writeFileSync(join(out, SCRIPT_NAME), SCRIPT);
  for (const file of pages) {
    const html = readFileSync(file, 'utf8');
    const refresh = /<meta http-equiv="refresh"[^>]*>/.exec(html);
    if (!refresh) throw new Error(`${file} is not a redirect page: it has no refresh.`);
    const at = refresh.index + refresh[0].length;
    writeFileSync(
      file,
      `${html.slice(0, at)}\n<script src="${base}${SCRIPT_NAME}"></script>${html.slice(at)}`.replace(
        '<!doctype html>',
        '<!doctype html>\n<html lang="en">',
      ),
    );
  }
}

/**
 * `_redirects` for Netlify and Cloudflare Pages: each moved URL as a 301. Astro's keys are site
 * paths; their destinations already carry the base path (site-pipeline.ts).
 */
export function redirectsFile(base: string, redirects: AstroConfig['redirects']): string {
  const prefix = base.slice(0, -1);
  return Object.entries(redirects)
    .map(([from, to]) => `${prefix}${from} ${typeof to === 'string' ? to : to.destination} 301\n`)
    .join('');
}
