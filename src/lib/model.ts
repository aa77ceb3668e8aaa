import type { Paragraph, ProvisionSegment } from './article-body';
import { numbered } from './corrections';
import type { ArticleEntry, ContentInput, Entry } from './content-input';
import { reportsPhrase, type ReportsPhrase } from './reports-phrase';
import {
  articlePath,
  documentPath,
  href,
  paragraphPath,
  provisionJsonPath,
  provisionPath,
  provisionSlug,
  timelinePath,
} from './permalinks';
import type {
  Correction,
  DocumentData,
  DocumentKindData,
  ProvisionData,
  Source,
  SpeakerData,
  TimelineData,
  TimelineStep,
} from './schemas';

/** A statement the report attributes to a speaker, about a document or a provision. */
export interface StatementModel {
  speaker: SpeakerData;
  text: string;
  reported: boolean;
  article: ArticleModel;
  paragraph: Paragraph;
  /** The document or provision it speaks about. */
  subject: DocumentModel | ProvisionModel;
  /** Site path and link of the paragraph where the report makes it. */
  path: string;
  href: string;
}

/** Where a report quotes a provision. */
export interface QuotationModel {
  article: ArticleModel;
  paragraph: Paragraph;
  segment: ProvisionSegment;
  /** Site path and link of exactly that paragraph. */
  path: string;
  href: string;
}

/** Every page knows its site path (no base path) and its href (with the base path). */
interface Routed {
  path: string;
  href: string;
}

/**
 * A page's dates: when what it presents was published (a report's date, a treaty's signing;
 * unknown for a draft whose date sources dispute, or a page this site compiled), and when its
 * content last changed (an editor's `updated`, a newer report quoting it, or the latest step of a
 * timeline it shows). Never the day of the build, so they stay put across rebuilds.
 */
export interface Dated {
  published: Date | undefined;
  modified: Date;
}

/** A correction, numbered among its page's corrections of the same day (corrections.ts). */
export type NumberedCorrection = Correction & { index: number };

/** A page's dated corrections, oldest first; a correction also changes the page's `modified`. */
interface Corrected {
  corrections: NumberedCorrection[];
}

/** A correction with the page it corrects, as the corrections page and the feed list them. */
export interface CorrectionModel extends NumberedCorrection {
  page: { title: string; path: string; href: string };
}

export interface ArticleModel extends ArticleEntry, Routed, Dated, Corrected {
  /** The provisions it quotes, in the order it quotes them. */
  provisions: ProvisionModel[];
  /** The statements it reports, in reading order. */
  statements: StatementModel[];
}

/** A day a step happened on, with the sources that give that day (several where reports differ). */
export interface StepDate {
  date: Date;
  sources: Source[];
}

export interface StepModel {
  /** One day, or the days reports disagree on, each with its sources. */
  dates: StepDate[];
  event: string;
  document: DocumentModel | undefined;
  status: string | undefined;
  /** The step's own sources (each date's sources are under `dates`). */
  sources: Source[];
  inReport: boolean;
  timeline: TimelineModel;
}

export interface TimelineModel extends Entry<TimelineData>, Routed, Dated, Corrected {
  steps: StepModel[];
  /** The reports that quote the documents of this timeline: where they stand in the story. */
  reports: ArticleModel[];
}

/** Where a document stands: its latest step that gave it a status. */
export interface DocumentStatus {
  label: string;
  step: StepModel;
}

export interface DocumentModel extends Entry<DocumentData>, Routed, Dated, Corrected {
  kind: DocumentKindData;
  /** Who submitted a draft law, as the report names them. */
  submitter: SpeakerData | undefined;
  provisions: ProvisionModel[];
  statements: StatementModel[];
  /** The reports that quote it, newest first. */
  reports: ArticleModel[];
  /** How pages name those reports. */
  quotedBy: ReportsPhrase;
  /** The steps of timelines that concern it, oldest first. */
  steps: StepModel[];
  status: DocumentStatus | undefined;
}

export interface ProvisionModel extends Entry<ProvisionData>, Routed, Dated, Corrected {
  slug: string;
  /** "Article 4: Military assistance…": its label and the site's title for it, as lists show it. */
  heading: string;
  /** Its article number, when its label is "Article <n>". */
  articleNumber: number | undefined;
  /**
   * Whether its label comes from public reporting, not from the reports (labelSource): then
   * what stands for a report (its page, its feed entry, its data) names it without the label.
   */
  labelFromContext: boolean;
  /** Path of the provision as a JSON document. */
  jsonPath: string;
  document: DocumentModel;
  /** Every place a report quotes it, newest report first. */
  quotations: QuotationModel[];
  statements: StatementModel[];
  /** The reports that quote it, newest first. */
  reports: ArticleModel[];
  /** How pages name those reports. */
  quotedBy: ReportsPhrase;
  previous: ProvisionModel | undefined;
  next: ProvisionModel | undefined;
}

export interface SiteModel {
  /** Newest first. */
  articles: ArticleModel[];
  documents: DocumentModel[];
  provisions: ProvisionModel[];
  timelines: TimelineModel[];
  /** Everyone the reports quote or name, by id. */
  speakers: Map<string, SpeakerData>;
  /** Each kind of page by id, for a route that is given only an id and for components that name one. */
  provisionById: Map<string, ProvisionModel>;
  articleById: Map<string, ArticleModel>;
  documentById: Map<string, DocumentModel>;
  timelineById: Map<string, TimelineModel>;
  /** Every correction on the site, newest first. */
  corrections: CorrectionModel[];
}

const routed = (path: string): Routed => ({ path, href: href(path) });

const byOrder = <T extends { id: string; data: { order: number } }>(a: T, b: T) =>
  a.data.order - b.data.order || a.id.localeCompare(b.id);

const ARTICLE_NUMBER = /^Article (\d+)$/;

/** Set once a page's reports are known (buildSiteModel). */
const UNQUOTED = reportsPhrase([], 0);
const UNDATED: Dated = { published: undefined, modified: new Date(0) };
const defined = (dates: (Date | undefined)[]) => dates.filter((d): d is Date => d !== undefined);
const correctionsOf = (data: { corrections?: Correction[] | undefined }) =>
  numbered([...(data.corrections ?? [])].sort((a, b) => a.date.getTime() - b.date.getTime()));
const correctedOn = (data: { corrections?: Correction[] | undefined }) =>
  (data.corrections ?? []).map((c) => c.date);
export function latest(first: Date, ...dates: (Date | undefined)[]): Date {
  return defined(dates).reduce((a, b) => (b > a ? b : a), first);
}

/**
 * Links checked content into the site: documents with their provisions, kind and timeline steps,
 * provisions with the paragraphs that quote them and the statements about them, timelines with
 * the reports they frame, and every URL. Expects content that `validateContent` accepted.
 */
export function buildSiteModel(input: ContentInput): SiteModel {
  const articles: ArticleModel[] = input.articles
    .map((a) => ({
      ...a,
      ...routed(articlePath(a.id)),
      published: a.data.date,
      modified: latest(a.data.date, a.data.updated, ...correctedOn(a.data)),
      corrections: correctionsOf(a.data),
      provisions: [],
      statements: [],
    }))
    .sort((a, b) => b.data.date.getTime() - a.data.date.getTime() || a.id.localeCompare(b.id));

  const speakerById = new Map(input.speakers.map((s) => [s.id, s.data]));
  const kindById = new Map(input.documentKinds.map((k) => [k.id, k.data]));
  const documents: DocumentModel[] = [...input.documents].sort(byOrder).map((d) => ({
    ...d,
    ...routed(documentPath(d.id)),
    kind: kindById.get(d.data.kind) ?? { id: d.data.kind, name: d.data.kind },
    submitter: d.data.submittedBy ? speakerById.get(d.data.submittedBy) : undefined,
    provisions: [],
    statements: [],
    reports: [],
    quotedBy: UNQUOTED,
    steps: [],
    status: undefined,
    corrections: correctionsOf(d.data),
    ...UNDATED,
  }));
  const documentById = new Map(documents.map((d) => [d.id, d]));

  const provisions: ProvisionModel[] = [];
  for (const entry of [...input.provisions].sort(byOrder)) {
    const document = documentById.get(entry.data.document);
    if (!document) throw new Error(`${entry.filePath}: unknown document (run validateContent first)`);
    const provision: ProvisionModel = {
      ...entry,
      slug: provisionSlug(entry.id),
      heading: `${entry.data.label}: ${entry.data.title}`,
      articleNumber: Number(ARTICLE_NUMBER.exec(entry.data.label)?.[1]) || undefined,
      labelFromContext: entry.data.labelSource !== undefined,
      ...routed(provisionPath(document.id, entry.id)),
      jsonPath: provisionJsonPath(document.id, entry.id),
      document,
      quotations: [],
      statements: [],
      reports: [],
      quotedBy: UNQUOTED,
      previous: undefined,
      next: undefined,
      corrections: correctionsOf(entry.data),
      ...UNDATED,
    };
    document.provisions.push(provision);
    provisions.push(provision);
  }
  for (const document of documents) {
    document.provisions.forEach((p, i, all) => {
      p.previous = all[i - 1];
      p.next = all[i + 1];
    });
  }

  const provisionById = new Map(provisions.map((p) => [p.id, p]));
  for (const article of articles) {
    for (const paragraph of article.paragraphs) {
      const at = routed(paragraphPath(article.id, paragraph.id));
      for (const segment of paragraph.segments) {
        if (segment.kind === 'provision') {
          const provision = provisionById.get(segment.provision ?? '');
          if (!provision) continue;
          provision.quotations.push({ article, paragraph, segment, ...at });
          // Articles are read newest first, so each list of reports is too.
          if (provision.reports.at(-1) !== article) provision.reports.push(article);
          if (provision.document.reports.at(-1) !== article) provision.document.reports.push(article);
          if (article.provisions.at(-1) !== provision && !article.provisions.includes(provision))
            article.provisions.push(provision);
        } else if (segment.kind === 'statement') {
          const speaker = speakerById.get(segment.speaker ?? '');
          const subject = provisionById.get(segment.about ?? '') ?? documentById.get(segment.about ?? '');
          if (!speaker || !subject) continue;
          const statement = {
            speaker,
            text: segment.text,
            reported: segment.reported,
            article,
            paragraph,
            subject,
            ...at,
          };
          subject.statements.push(statement);
          article.statements.push(statement);
        }
      }
    }
  }

  const timelines = input.timelines.map((entry) => linkTimeline(entry, documentById, articles));
  // A document or provision was published when it was signed, a date its text gives; a draft has
  // no such date (the day it was reported is not its date). It changed last when an editor says
  // so, a newer report quoted it, or a step of its timeline (which its page shows) happened.
  for (const item of [...documents, ...provisions]) {
    const document = 'document' in item ? item.document : item;
    const reported = item.reports.map((r) => r.data.date);
    const stepped = document.steps.flatMap((step) => step.dates.map((d) => d.date));
    item.published = document.data.signed?.date;
    item.modified = latest(
      UNDATED.modified,
      item.published,
      item.data.updated,
      document.data.updated,
      ...correctedOn(item.data),
      ...reported,
      ...stepped,
    );
    item.quotedBy = reportsPhrase(item.reports, articles.length);
  }
  const titled = (title: string, page: Routed) => ({ title, path: page.path, href: page.href });
  const corrections: CorrectionModel[] = [
    ...articles.map((a) => [titled(a.data.title, a), a.corrections] as const),
    ...documents.map((d) => [titled(d.data.title, d), d.corrections] as const),
    ...provisions.map(
      (p) => [titled(`${p.document.data.shortTitle}, ${p.heading}`, p), p.corrections] as const,
    ),
    ...timelines.map((t) => [titled(t.data.title, t), t.corrections] as const),
  ]
    .flatMap(([page, list]) => list.map((c) => ({ ...c, page })))
    .sort((a, b) => b.date.getTime() - a.date.getTime() || a.page.path.localeCompare(b.page.path));
  return {
    articles,
    documents,
    provisions,
    timelines,
    corrections,
    speakers: speakerById,
    provisionById,
    articleById: new Map(articles.map((a) => [a.id, a])),
    documentById,
    timelineById: new Map(timelines.map((t) => [t.id, t])),
  };
}

function stepDates(step: TimelineStep): StepDate[] {
  if (step.dates) return step.dates.map((d) => ({ date: d.date, sources: d.sources }));
  return step.date ? [{ date: step.date, sources: [] }] : [];
}

/** A timeline's steps, tied to their documents, each of which gets its steps and latest status. */
function linkTimeline(
  entry: Entry<TimelineData>,
  documentById: Map<string, DocumentModel>,
  articles: ArticleModel[],
): TimelineModel {
  const timeline: TimelineModel = {
    ...entry,
    ...routed(timelinePath(entry.id)),
    steps: [],
    reports: [],
    corrections: correctionsOf(entry.data),
    ...UNDATED,
  };
  for (const step of entry.data.steps) {
    const document = step.document ? documentById.get(step.document) : undefined;
    const model: StepModel = {
      dates: stepDates(step),
      event: step.event,
      document,
      status: step.status,
      sources: step.sources ?? [],
      inReport: step.inReport ?? false,
      timeline,
    };
    timeline.steps.push(model);
    if (!document) continue;
    document.steps.push(model);
    if (step.status) document.status = { label: step.status, step: model };
  }
  const documents = new Set(timeline.steps.flatMap((s) => (s.document ? [s.document] : [])));
  timeline.reports = articles.filter((a) => a.provisions.some((p) => documents.has(p.document)));
  // A chronology this site compiled has no date of publication of its own: it is current to its
  // latest step (or the day an editor last changed it).
  const days = timeline.steps.flatMap((s) => s.dates.map((d) => d.date));
  timeline.modified = latest(UNDATED.modified, entry.data.updated, ...correctedOn(entry.data), ...days);
  return timeline;
}
