import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parse } from 'yaml';

/**
 * The content the tests expect to see, read from the content folder itself (front matter only),
 * so the tests hold for any valid content an editor writes: they never list pages, labels or
 * counts by hand.
 */
const root = resolve(import.meta.dirname, '..');

function entriesOf(contentDir: string, folder: string) {
  const dir = join(contentDir, folder);
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.mdx'))
    .map((e) => {
      const file = join(e.parentPath, e.name);
      const text = readFileSync(file, 'utf8');
      const data = parse(/^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '') as Record<string, unknown>;
      return {
        id: relative(dir, file).replace(/\.mdx$/, ''),
        data,
        body: text.slice(text.indexOf('\n---', 4) + 4),
      };
    });
}

export interface Provision {
  id: string;
  document: string;
  slug: string;
  label: string;
  title: string;
  quote: string;
  order: number;
  path: string;
  heading: string;
}

export function readContent(contentDir = join(root, 'src/content')) {
  const entries = (folder: string) => entriesOf(contentDir, folder);
  const documents = entries('documents')
    .map((d) => ({
      id: d.id,
      title: String(d.data['title']),
      shortTitle: String(d.data['shortTitle']),
      order: Number(d.data['order']),
      path: `documents/${d.id}/`,
      articleCount: (d.data['articleCount'] as { count: number } | undefined)?.count,
      signed: (d.data['signed'] as { date: string } | undefined)?.date,
    }))
    .sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
  const provisions: Provision[] = entries('provisions')
    .map((p) => {
      const slug = p.id.split('/').pop()!;
      const label = String(p.data['label']);
      const title = String(p.data['title']);
      return {
        id: p.id,
        document: String(p.data['document']),
        slug,
        label,
        title,
        quote: String(p.data['quote']),
        order: Number(p.data['order']),
        path: `documents/${String(p.data['document'])}/${slug}/`,
        heading: `${label}: ${title}`,
      };
    })
    .sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
  const articles = entries('articles')
    .map((a) => ({
      id: a.id,
      title: String(a.data['title']),
      date: new Date(String(a.data['date'])).toISOString().slice(0, 10),
      path: `articles/${a.id}/`,
      body: a.body,
      original: a.data['original'] as { publisher: string; publisherUrl: string; url: string } | undefined,
      quoted: [...a.body.matchAll(/<ProvisionQuote provision="([^"]+)"/g)].map((m) => m[1]!),
    }))
    .sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id));
  const timelines = entries('timelines').map((t) => ({
    id: t.id,
    title: String(t.data['title']),
    path: `timelines/${t.id}/`,
  }));
  const provisionsOf = (document: string) => provisions.filter((p) => p.document === document);
  const numberOf = (p: Provision) => Number(/^Article (\d+)$/.exec(p.label)?.[1]) || undefined;
  return { documents, provisions, articles, timelines, provisionsOf, numberOf };
}
