import type { ProvisionModel } from './model';
import { paragraphText } from './article-body';
import { isoDate } from './dates';

/**
 * A provision as data: the same facts as its page (document, label, quoted words, where the
 * article quotes it, the statements about it, sources), with absolute URLs.
 */
export function provisionRecord(provision: ProvisionModel, url: (path: string) => string) {
  const { data, document } = provision;
  return {
    id: provision.id,
    url: url(provision.path),
    label: data.label,
    title: data.title,
    quote: data.quote,
    labelSources: data.labelSource ?? [],
    document: {
      id: document.id,
      url: url(document.path),
      title: document.data.title,
      shortTitle: document.data.shortTitle,
      kind: document.kind.name,
      parties: document.data.parties,
      signed: document.data.signed
        ? { place: document.data.signed.place, date: isoDate(document.data.signed.date) }
        : null,
    },
    quotedIn: provision.quotations.map((q) => ({
      article: q.article.data.title,
      url: url(q.path),
      paragraph: paragraphText(q.paragraph),
    })),
    // A reported statement is the reporter's wording: it is given as the report's sentence, never
    // as words of the speaker.
    statements: provision.statements.map((s) =>
      s.reported
        ? { speaker: s.speaker.name, kind: 'reported', report: paragraphText(s.paragraph), url: url(s.path) }
        : { speaker: s.speaker.name, kind: 'quotation', words: s.text, url: url(s.path) },
    ),
    previous: provision.previous ? url(provision.previous.path) : null,
    next: provision.next ? url(provision.next.path) : null,
  };
}
