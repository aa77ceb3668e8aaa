/**
 * The files static hosts read beside the site: `_headers` (security and cache headers, for
 * Netlify and Cloudflare Pages), `_redirects` (each moved URL as a real 301 there) and
 * `.nojekyll` (so GitHub Pages serves folders starting with "_", such as `_astro/`).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Entry } from '../lib/content-input.ts';
import { withBase } from '../lib/permalinks.ts';
import type { RedirectData } from '../lib/schemas.ts';
import { headersFile } from './hosting.ts';

export function redirectsFile(base: string, redirects: Entry<RedirectData>[]): string {
  return redirects.map((r) => `${withBase(r.id, base)} ${withBase(r.data.to, base)} 301\n`).join('');
}

export function writeHostFiles(outDir: string, base: string, redirects: Entry<RedirectData>[]): void {
  writeFileSync(join(outDir, '_headers'), headersFile(base));
  if (redirects.length > 0) writeFileSync(join(outDir, '_redirects'), redirectsFile(base, redirects));
  writeFileSync(join(outDir, '.nojekyll'), '');
}
