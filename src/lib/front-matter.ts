import type { z } from 'astro/zod';
import { distance } from 'fastest-levenshtein';
import type { Problem } from './problems';

/**
 * Checks an entry's data against its schema; every issue becomes a problem with the line of the
 * field in the file (the front matter of an MDX file, or the entry in a JSON file) and the fix
 * the schema's message gives ("… Fix: …").
 */
export function checkData<S extends z.ZodType>(
  schema: S,
  data: unknown,
  where: { filePath: string; raw: string; id?: string },
): { data: z.infer<S>; problems: [] } | { data: undefined; problems: Problem[] } {
  const parsed = schema.safeParse(data);
  if (parsed.success) return { data: parsed.data, problems: [] };
  const misspelt = new Set(
    parsed.error.issues.flatMap((issue) =>
      issue.code === 'unrecognized_keys' ? issue.keys.map((key) => [...issue.path, key].join('.')) : [],
    ),
  );
  // A required field written under a misspelt name is one mistake: the unknown field says it all.
  const isMisspeltField = (issue: z.core.$ZodIssue) =>
    issue.code === 'invalid_type' &&
    issue.input === undefined &&
    [...misspelt].some((key) => {
      const path = issue.path.map(String);
      const field = path.at(-1) ?? '';
      const parent = path.slice(0, -1).join('.');
      const name = key.slice(parent ? parent.length + 1 : 0);
      return key.startsWith(parent) && !name.includes('.') && distance(name, field) <= 2;
    });
  return {
    data: undefined,
    problems: parsed.error.issues
      .filter((issue) => !isMisspeltField(issue))
      .map((issue) => {
        const [message, fix] = issue.message.split(' Fix: ');
        // An unknown field is named, and found, by its own key.
        const path = [
          ...issue.path.map(String),
          ...(issue.code === 'unrecognized_keys' ? issue.keys.slice(0, 1) : []),
        ];
        const field = path.join('.') || '(whole entry)';
        return {
          file: where.filePath,
          line: fieldLine(where.raw, path, where.id),
          field,
          message: message ?? issue.message,
          fix: fix ?? 'see the field’s description in README.md.',
        };
      })
      .sort((a, b) => a.line - b.line),
  };
}

/**
 * The line a field stands on: the key of each segment of its path, in order, after the line of
 * the entry (`id`, for a JSON file) or the start of the file. A missing field points at the first
 * line of its parent (the front matter's opening line, for a top-level field).
 */
function fieldLine(raw: string, path: string[], id?: string): number {
  const lines = raw.split('\n');
  let at =
    id === undefined
      ? 0
      : Math.max(
          0,
          lines.findIndex((l) => l.includes(`"${id}"`)),
        );
  for (const key of path) {
    if (/^\d+$/.test(key)) continue;
    const pattern = new RegExp(`^\\s*(-\\s+)?["']?${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}["']?\\s*:`);
    const found = lines.findIndex((l, i) => i >= at && pattern.test(l));
    if (found < 0) break;
    at = found;
  }
  return at + 1;
}
