import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { z } from 'astro/zod';
import { fixedUrls, readPublishedUrls } from '../integrations/published-urls';
import type { ArticleBody } from './article-body';
import { formatOf, readContentBody, type BodyKind } from './content-body';
import type { ContentInput, Entry } from './content-input';
import { checkData } from './front-matter';
import type { Problem } from './problems';
import { readRedirects } from './redirects';
import {
  articleSchema,
  documentKindSchema,
  documentSchema,
  provisionSchema,
  speakerSchema,
  timelineSchema,
} from './schemas';
import { validateContent } from './validate';

/**
 * The content checks: every entry of the collections against its schema and the rules of
 * content (content-body.ts), the JSON files of the content folder, then the whole corpus against
 * the cross-file rules (validate.ts). Every problem is collected, so an editor sees them all at
 * once; what fits becomes the plain ContentInput the site model is built from.
 */

/** Lines before the body in the file, so problems point at the line an editor sees. */
function bodyLineOffset(raw: string, body: string): number {
  const at = raw.indexOf(body.slice(0, 200));
  return at < 0 ? 0 : raw.slice(0, at).split('\n').length - 1;
}

/** Every file in the collections' folders, as the content checks need it (content-input.ts). */
function contentFiles(contentDir: string): NonNullable<ContentInput['files']> {
  return ['articles', 'documents', 'provisions', 'timelines'].flatMap((folder) =>
    // A site may have no timelines (or, while it starts, no other folder yet): nothing to list.
    (existsSync(join(contentDir, folder))
      ? readdirSync(join(contentDir, folder), { recursive: true, withFileTypes: true })
      : []
    )
      .filter((entry) => entry.isFile() || entry.isSymbolicLink())
      .map((entry) => {
        const absolute = join(entry.parentPath, entry.name);
        return {
          folder,
          path: relative(join(contentDir, folder), absolute).replaceAll('\\', '/'),
          filePath: relative(process.cwd(), absolute),
          ...(entry.isSymbolicLink() ? { symlink: true } : {}),
        };
      }),
  );
}

interface Checked<D> {
  entry: Entry<D>;
  article: ArticleBody | undefined;
}

/**
 * Checks each entry of a collection: its data against its schema, its body against the rules of
 * content (content-body.ts). Entries that fit become plain entries; the ids of those whose data
 * does not are kept, so the cross-file rules do not also report them missing, and a report's
 * quotations still count, so one mistake in its front matter is one problem.
 */
function checkCollection<S extends z.ZodType>(
  entries: AnyEntry[],
  schema: S,
  kind: BodyKind | undefined,
  found: {
    problems: Problem[];
    unreadable: Set<string>;
    partialArticles: ContentInput['partialArticles'] & {};
  },
): Checked<z.infer<S>>[] {
  const raws = new Map<string, string | undefined>();
  // A file the dev server has not yet let go of after a rename or a delete is simply gone.
  const rawOf = (path: string) => {
    if (!raws.has(path)) raws.set(path, existsSync(path) ? readFileSync(path, 'utf8') : undefined);
    return raws.get(path);
  };
  return entries.flatMap((source) => {
    const filePath = source.filePath ?? source.id;
    const raw = source.filePath ? rawOf(source.filePath) : '';
    if (raw === undefined) return [];
    const where = { filePath, raw, ...(filePath.endsWith('.json') ? { id: source.id } : {}) };
    const body = kind
      ? readContentBody(source.body ?? '', kind, bodyLineOffset(raw, source.body ?? ''), formatOf(filePath))
      : undefined;
    found.problems.push(...(body?.problems ?? []).map((p) => ({ file: filePath, ...p })));
    const checked = checkData(schema, source.data, where);
    if (!checked.data) {
      found.problems.push(...checked.problems);
      found.unreadable.add(source.id);
      if (body?.article) found.partialArticles.push({ filePath, ...body.article });
      return [];
    }
    return [{ entry: { id: source.id, filePath, data: checked.data }, article: body?.article }];
  });
}

/** Two entries of a JSON list with one id: the loader keeps one and drops the other without a word. */
function duplicateIds(file: string): Problem[] {
  if (!existsSync(file)) return [];
  let list: unknown;
  try {
    list = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return [];
  }
  if (!Array.isArray(list)) return [];
  const seen = new Set<string>();
  return list.flatMap((item: { id?: unknown }) => {
    const id = typeof item?.id === 'string' ? item.id : undefined;
    if (id === undefined) return [];
    if (!seen.has(id)) return seen.add(id) && [];
    return [
      {
        file: relative(process.cwd(), file),
        field: `"${id}"`,
        message: `two entries have the id "${id}"; only one of them would be used.`,
        fix: 'give each entry an id of its own, or merge the two.',
      },
    ];
  });
}

/** A collection entry as Astro's loaders give it. */
export type AnyEntry = {
  id: string;
  filePath?: string | undefined;
  body?: string | undefined;
  data: unknown;
};

/** The six collections, as read from Astro (content.config.ts). */
export interface Collections {
  articles: AnyEntry[];
  documents: AnyEntry[];
  provisions: AnyEntry[];
  timelines: AnyEntry[];
  speakers: AnyEntry[];
  documentKinds: AnyEntry[];
}

/** Checks the content; `input` is what fits, `problems` everything that does not. */
export function checkContent(
  { articles, documents, provisions, timelines, speakers, documentKinds }: Collections,
  { contentDir, publicDir }: { contentDir: string; publicDir: string },
): { input: ContentInput; problems: Problem[]; redirects: ContentInput['redirects'] } {
  const redirects = readRedirects(join(contentDir, 'redirects.json'));
  const manifest = readPublishedUrls(contentDir, publicDir);
  const found = {
    problems: [...redirects.problems, ...manifest.problems] as Problem[],
    unreadable: new Set<string>(),
    partialArticles: [] as NonNullable<ContentInput['partialArticles']>,
  };
  const check = <S extends z.ZodType>(list: AnyEntry[], schema: S, kind?: BodyKind) =>
    checkCollection(list, schema, kind, found);
  const entriesOf = <D>(checked: Checked<D>[]) => checked.map((c) => c.entry);
  found.problems.push(
    ...duplicateIds(join(contentDir, 'speakers.json')),
    ...duplicateIds(join(contentDir, 'document-kinds.json')),
  );
  const input: ContentInput = {
    articles: check(articles, articleSchema, 'article').map(({ entry, article }) => ({
      ...entry,
      paragraphs: article?.paragraphs ?? [],
      misplaced: article?.misplaced ?? [],
    })),
    documents: entriesOf(check(documents, documentSchema, 'document')),
    provisions: entriesOf(check(provisions, provisionSchema, 'provision')),
    timelines: entriesOf(check(timelines, timelineSchema, 'timeline')),
    speakers: entriesOf(check(speakers, speakerSchema)),
    documentKinds: entriesOf(check(documentKinds, documentKindSchema)),
    redirects: redirects.redirects,
    files: contentFiles(contentDir),
    unreadable: found.unreadable,
    partialArticles: found.partialArticles,
    ...(manifest.urls
      ? { published: { file: manifest.file, urls: manifest.urls, staticUrls: fixedUrls(publicDir) } }
      : {}),
  };
  return { input, problems: [...found.problems, ...validateContent(input)], redirects: redirects.redirects };
}
