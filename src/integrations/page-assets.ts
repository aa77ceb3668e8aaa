/**
 * Every stylesheet, script and font a built page links from the build's own asset folder
 * (`_astro/`) must be in the output: a page reused from an earlier build must never point at a
 * file that build named differently.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { Parser } from 'htmlparser2';
import type { Problem } from '../lib/problems.ts';

/** The `href` and `src` addresses of a page's elements. */
function linkedAddresses(html: string): string[] {
  const addresses: string[] = [];
  const parser = new Parser({
    onopentag(_name, attributes) {
      for (const name of ['href', 'src'])
        if (attributes[name] !== undefined) addresses.push(attributes[name]);
    },
  });
  parser.end(html);
  return addresses;
}

export function missingPageAssets(outDir: string, base: string): Problem[] {
  const prefix = `${base.replace(/\/?$/, '/')}_astro/`;
  const problems: Problem[] = [];
  const pages = readdirSync(outDir, { recursive: true, encoding: 'utf8' })
    .map((file) => file.split(sep).join('/'))
    .filter((file) => file.endsWith('.html') && !file.startsWith('pagefind/'));
  for (const page of pages) {
    const missing = linkedAddresses(readFileSync(join(outDir, page), 'utf8'))
      .filter((address) => address.startsWith(prefix))
      .map((address) => address.slice(prefix.length).replace(/[?#].*$/, ''))
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
