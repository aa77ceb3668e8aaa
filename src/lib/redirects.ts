import { readFileSync } from 'node:fs';
import { z } from 'astro/zod';
import type { Entry } from './content-input';
import { redirectSchema, SITE_PATH, type RedirectData } from './schemas';
import type { Problem } from './problems';

const redirectsFile = z.record(z.string(), redirectSchema);

/** Folders the build writes itself: a redirect page there would replace or shadow its files. */
const GENERATED_FOLDERS = ['/_astro/', '/pagefind/', '/og/', '/schemas/'];
const generatedFolder = (path: string) => GENERATED_FOLDERS.find((folder) => path.startsWith(folder));

/**
 * Reads `redirects.json` ({ "/old/path/": { "to": "/new/path/" } }). Not a content collection:
 * Astro warns about an empty collection, and having no redirects is the normal state.
 */
export function readRedirects(file: string): { redirects: Entry<RedirectData>[]; problems: Problem[] } {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    return {
      redirects: [],
      problems: [
        {
          file,
          field: '(whole file)',
          message: missing ? 'the file is missing.' : `it is not valid JSON: ${(error as Error).message}`,
          fix: missing
            ? 'create it with the content {} (no redirects).'
            : 'write it as { "/old/path/": { "to": "/new/path/" } }.',
        },
      ],
    };
  }
  const parsed = redirectsFile.safeParse(json);
  if (!parsed.success) {
    return {
      redirects: [],
      problems: parsed.error.issues.map((issue) => ({
        file,
        field: issue.path.map(String).join('.') || '(whole file)',
        message: issue.message,
        fix: 'write each redirect as "/old/path/": { "to": "/new/path/" }.',
      })),
    };
  }
  const entries = Object.entries(parsed.data).map(([from, data]) => ({ id: from, filePath: file, data }));
  const valid = (path: string) => SITE_PATH.test(path) && path !== '/' && !generatedFolder(path);
  return {
    redirects: entries.filter((r) => valid(r.id)),
    problems: entries
      .filter((r) => !valid(r.id))
      .map((r) => ({
        file,
        field: `"${r.id}"`,
        message: generatedFolder(r.id)
          ? `"${r.id}" is inside ${generatedFolder(r.id)}, a folder the build writes itself; a redirect there would replace its files.`
          : r.id === '/'
            ? 'the home page cannot be redirected.'
            : `"${r.id}" is not a site path${r.id.split('/').some((s) => s === '..' || s === '.') ? ': "." and ".." segments would lead outside the site' : ''}.`,
        fix: 'write the old URL of a page without the site address and base path, starting and ending with "/", e.g. "/documents/x/".',
      })),
  };
}
