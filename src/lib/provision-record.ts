import { paragraphText } from './article-body';
import { isoDate } from './dates';
import type { DocumentModel, ProvisionModel } from './model';

/** The format of a provision's JSON; it changes when a field changes meaning or goes. */
export const RECORD_FORMAT = 1;
/** Where its JSON Schema is published (public/schemas/), relative to the site. */
export const RECORD_SCHEMA_PATH = `/schemas/provision-v${RECORD_FORMAT}.json`;

function documentStatus(document: DocumentModel) {
  const status = document.status;
  if (!status) return null;
  return {
    label: status.label,
    // One date, or the dates reports disagree on, each with its sources.
    since: status.step.dates.map((d) => ({ date: isoDate(d.date), sources: d.sources })),
    sources: status.step.sources,
  };
}

/**
 * A provision as data: the same facts as its page (document and its status, label, the quoted
 * words, where each report quotes it, what was said about it, sources), with absolute URLs, the
 * format version and the address of its JSON Schema.
 */
export function provisionRecord(provision: ProvisionModel, url: (path: string) => string) {
  const { data, document } = provision;
  return {
    $schema: url(RECORD_SCHEMA_PATH),
    format: RECORD_FORMAT,
    self: url(provision.jsonPath),
    id: provision.id,
    url: url(provision.path),
    label: data.label,
    title: data.title,
    quote: data.quote,
    labelSources: data.labelSource ?? [],
    dateModified: isoDate(provision.modified),
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
      status: documentStatus(document),
      articleCount: document.data.articleCount ?? null,
    },
    quotedIn: provision.quotations.map((q) => ({
      report: q.article.data.title,
      reportDate: isoDate(q.article.data.date),
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
