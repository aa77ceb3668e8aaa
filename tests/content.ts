import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parse } from 'yaml';

/**
 * The content the tests expect to see, read from a content folder itself (front matter, and the
 * quotations of each report read from its text), so the tests hold for any valid content an
 * editor writes: they never list pages, labels, counts or wording by hand. Each browser test
 * project names its content folder (playwright.config.ts); a folder that does not exist (a site
 * without timelines) is simply empty.
 */
const root = resolve(import.meta.dirname, '..');
export const SEED_CONTENT = join(root, 'src/content');

function entriesOf(contentDir: string, folder: string) {
  const dir = join(contentDir, folder);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.mdx?$/.test(e.name))
    .map((e) => {
      const file = join(e.parentPath, e.name);
      const text = readFileSync(file, 'utf8');
      const data = parse(/^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '') as Record<string, unknown>;
      return {
        id: relative(dir, file)
          .replace(/\.mdx?$/, '')
          .split('\\')
          .join('/'),
        /** Its file, relative to the content folder ("provisions/pact/article-1.md"). */
        file: relative(contentDir, file).split('\\').join('/'),
        data,
        body: text.slice(text.indexOf('\n---', 4) + 4),
      };
    });
}

const jsonOf = <T>(file: string, fallback: T): T =>
  existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as T) : fallback;

const isoDay = (value: unknown) =>
  value === undefined ? undefined : new Date(String(value)).toISOString().slice(0, 10);

/** A page's corrections, oldest first, as its page lists them. */
const correctionsOf = (data: Record<string, unknown>): Correction[] =>
  ((data['corrections'] as { date: unknown; text: string }[] | undefined) ?? [])
    .map((c) => ({ date: isoDay(c.date)!, text: c.text }))
    .sort((a, b) => a.date.localeCompare(b.date));

/** "Article 4" → 4; any other label has no number. */
const numberOf = (label: string) => Number(/^Article (\d+)$/.exec(label)?.[1]) || undefined;

export interface Source {
  name: string;
  url: string;
}

export interface Correction {
  date: string;
  text: string;
}

export interface Provision {
  id: string;
  file: string;
  /** Its words as other sources give them, each in its own language. */
  wordings: { lang: string; text: string; source: Source }[];
  corrections: Correction[];
  document: string;
  slug: string;
  label: string;
  title: string;
  quote: string;
  order: number;
  path: string;
  jsonPath: string;
  heading: string;
  /** Its number, when its label is "Article <n>". */
  number: number | undefined;
  /** The public sources of its label, when no report gives it. */
  labelSource: Source[] | undefined;
}

export interface Statement {
  speaker: string;
  about: string;
  words: string;
  reported: boolean;
}

export interface TimelineStep {
  event: string;
  date?: string;
  dates?: { date: string; sources: Source[] }[];
  document?: string;
  status?: string;
  sources?: Source[];
  inReport?: boolean;
}

export type Content = ReturnType<typeof readContent>;

export function readContent(contentDir = SEED_CONTENT) {
  const entries = (folder: string) => entriesOf(contentDir, folder);
  const speakers = jsonOf<{ id: string; name: string; kind: string; role?: string }[]>(
    join(contentDir, 'speakers.json'),
    [],
  );
  const kinds = jsonOf<{ id: string; name: string }[]>(join(contentDir, 'document-kinds.json'), []);
  const documents = entries('documents')
    .map((d) => ({
      id: d.id,
      file: d.file,
      title: String(d.data['title']),
      shortTitle: String(d.data['shortTitle']),
      kind: kinds.find((k) => k.id === d.data['kind'])?.name ?? String(d.data['kind']),
      order: Number(d.data['order']),
      path: `documents/${d.id}/`,
      articleCount: (d.data['articleCount'] as { count: number } | undefined)?.count,
      signed: isoDay((d.data['signed'] as { date: string } | undefined)?.date),
      /** How many facts from outside the reports its page gives, each in a <Context> box. */
      contextBlocks: (d.body.match(/<Context\b/g) ?? []).length + (d.data['fullText'] ? 1 : 0),
      /** Where the whole document can be read, if a public source has it. */
      fullText: d.data['fullText'] as
        { publisher: string; language: string; date?: unknown; source: Source } | undefined,
      corrections: correctionsOf(d.data),
    }))
    .sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
  const provisions: Provision[] = entries('provisions')
    .map((p) => {
      const slug = p.id.split('/').pop()!;
      const label = String(p.data['label']);
      const title = String(p.data['title']);
      const document = String(p.data['document']);
      return {
        id: p.id,
        file: p.file,
        document,
        slug,
        label,
        title,
        quote: String(p.data['quote']),
        order: Number(p.data['order']),
        path: `documents/${document}/${slug}/`,
        jsonPath: `documents/${document}/${slug}.json`,
        heading: `${label}: ${title}`,
        number: numberOf(label),
        labelSource: p.data['labelSource'] as Source[] | undefined,
        wordings: (p.data['wordings'] as Provision['wordings'] | undefined) ?? [],
        corrections: correctionsOf(p.data),
      };
    })
    .sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
  const articles = entries('articles')
    .map((a) => ({
      id: a.id,
      file: a.file,
      title: String(a.data['title']),
      standfirst: String(a.data['standfirst']),
      date: isoDay(a.data['date'])!,
      path: `articles/${a.id}/`,
      body: a.body,
      original: a.data['original'] as { publisher: string; publisherUrl: string; url: string } | undefined,
      corrections: correctionsOf(a.data),
      /** The provisions it quotes, in the order it first quotes them. */
      quoted: [...new Set([...a.body.matchAll(/<ProvisionQuote provision="([^"]+)"/g)].map((m) => m[1]!))],
      statements: [
        ...a.body.matchAll(
          /<Statement speaker="([^"]+)" about="([^"]+)"( reported)?>([\s\S]*?)<\/Statement>/g,
        ),
      ].map((m): Statement => ({ speaker: m[1]!, about: m[2]!, reported: Boolean(m[3]), words: m[4]! })),
    }))
    .sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id));
  const timelines = entries('timelines').map((t) => ({
    id: t.id,
    file: t.file,
    corrections: correctionsOf(t.data),
    title: String(t.data['title']),
    path: `timelines/${t.id}/`,
    steps: ((t.data['steps'] as TimelineStep[]) ?? []).map((step) => ({
      ...step,
      ...(step.date ? { date: isoDay(step.date) } : {}),
      ...(step.dates ? { dates: step.dates.map((d) => ({ ...d, date: isoDay(d.date)! })) } : {}),
    })),
  }));
  const redirects = Object.entries(
    jsonOf<Record<string, { to: string }>>(join(contentDir, 'redirects.json'), {}),
  ).map(([from, { to }]) => ({ from: from.slice(1), to: to.slice(1) }));
  const provisionsOf = (document: string) => provisions.filter((p) => p.document === document);
  const reportsQuoting = (provision: Provision) => articles.filter((a) => a.quoted.includes(provision.id));
  const speakerName = (id: string) => speakers.find((s) => s.id === id)?.name ?? id;
  /** The articles of a document no report quotes, where its number of articles is known. */
  const unquotedOf = (document: (typeof documents)[number]) => {
    const own = provisionsOf(document.id);
    return Array.from({ length: document.articleCount ?? 0 }, (_, i) => i + 1)
      .filter((n) => !own.some((p) => p.number === n || p.slug === `article-${n}`))
      .map((n) => ({ number: n, path: `documents/${document.id}/article-${n}/` }));
  };
  /** The steps of every timeline that concern a document, in order. */
  const stepsOf = (document: string) =>
    timelines.flatMap((t) =>
      t.steps.filter((s) => s.document === document).map((step) => ({ step, timeline: t })),
    );
  return {
    unquotedOf,
    stepsOf,
    contentDir,
    documents,
    provisions,
    articles,
    timelines,
    speakers,
    redirects,
    provisionsOf,
    reportsQuoting,
    speakerName,
    numberOf: (p: Provision) => p.number,
  };
}
