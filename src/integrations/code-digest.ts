/**
 * One digest of the site's code: every file under src/ but the content, the Astro configuration
 * and the locked package versions. It is part of every page's cache key (src/lib/page-keys.ts):
 * Astro's incremental build hashes a page's own modules, but the stylesheet every page links is
 * bundled from all components, so a change to one component's styles renames the file that pages
 * which never use that component link to. A page is reused only when no code changed.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';

export function codeDigest(root: string, contentDir: string): string {
  const content = resolve(contentDir) + sep;
  const code = readdirSync(join(root, 'src'), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((file) => !file.startsWith(content));
  const files = [...code, join(root, 'astro.config.mjs'), join(root, 'package-lock.json')]
    .filter((file) => existsSync(file))
    .map((file) => relative(root, file).split(sep).join('/'))
    .sort();
  const hash = createHash('sha256');
  for (const file of files)
    hash
      .update(`${file}\0`)
      .update(readFileSync(join(root, file)))
      .update('\0');
  return hash.digest('base64url');
}
