import { readFileSync } from 'node:fs';
import { z } from 'astro/zod';
import type { Entry } from './content-input';
import { redirectSchema, type RedirectData } from './schemas';
import type { Problem } from './validate';

const redirectsFile = z.record(z.string(), redirectSchema);

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
  return {
    redirects: Object.entries(parsed.data).map(([from, data]) => ({ id: from, filePath: file, data })),
    problems: [],
  };
}
