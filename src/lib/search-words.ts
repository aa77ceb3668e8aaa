import { paragraphText } from './article-body';
import type { SiteModel } from './model';

/**
 * Every word the site's searchable pages hold, most used first, for the search's second pass on a
 * word no page has ("sovreignty" → "sovereignty", engine.ts). Lower-case, three letters or more,
 * numbers left out (a number is never corrected).
 */
export function searchWords(site: SiteModel): string[] {
  const texts = [
    ...site.articles.flatMap((a) => [a.data.title, a.data.standfirst, ...a.paragraphs.map(paragraphText)]),
    ...site.documents.flatMap((d) => [d.data.title, d.data.shortTitle, d.kind.name]),
    ...site.provisions.flatMap((p) => [
      p.data.label,
      p.data.title,
      p.data.quote,
      ...(p.data.wordings ?? []).map((w) => w.text),
    ]),
    ...site.timelines.flatMap((t) => [t.data.title, ...t.steps.flatMap((s) => [s.event, s.status ?? ''])]),
    ...[...site.speakers.values()].flatMap((s) => [s.name, s.role ?? '']),
  ];
  const counts = new Map<string, number>();
  for (const text of texts) {
    for (const word of text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) {
      if (word.length < 3 || /\d/.test(word)) continue;
      counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  }
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([word]) => word);
}
