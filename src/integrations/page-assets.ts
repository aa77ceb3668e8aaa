/**
 * Every stylesheet, script and font a built page links from the build's own asset folder
 * (`_astro/`) must be in the output: a page reused from an earlier build must never point at a
 * file that build named differently.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Problem } from '../lib/problems.ts';

export function missingPageAssets(outDir: string, base: string): Problem[] {
  const prefix = `${base.replace(/\/?$/, '/')}_astro/`;
  const linked = new RegExp(`(?:href|src)="${prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}([^"#?]+)"`, 'g');
  const problems: Problem[] = [];
  const pages = readdirSync(outDir, { recursive: true, encoding: 'utf8' })
    .map((file) => file.split(sep).join('/'))
    .filter((file) => file.endsWith('.html') && !file.startsWith('pagefind/'));
  for (const page of pages) {
    const missing = [...readFileSync(join(outDir, page), 'utf8').matchAll(linked)]
      .flatMap((match) => (match[1] ? [match[1]] : []))
      .filter((asset) => !existsSync(join(outDir, '_astro', asset)));
    for (const asset of new Set(missing))
      problems.push({
        file: relative(process.cwd(), join(outDir, page)),
        field: `${prefix}${asset}`,
        message: `the page links ${prefix}${asset}, which this build did not write.`,
        fix: 'delete node_modules/.astro (the incremental build’s cache) and build again; if it happens again, report it with the change you made.',
      });
  }
  return problems;
}
