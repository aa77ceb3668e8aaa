import { isoDate, longDate } from './dates';
import type { ArticleModel, DocumentModel, ProvisionModel, TimelineModel } from './model';
import { SITE_TITLE } from './site-identity';

/**
 * "Cite this page": a plain-text citation, a BibTeX entry that BibTeX and biblatex both read, and
 * CSL-JSON for citation managers. No author is named: the reports' copies name none, and none is
 * invented. A report is cited as its first publisher's, at the publisher's address. A date is
 * given only where the page's subject has one (a report's day, a treaty's signing); otherwise the
 * citation says "n.d." and when the page was last updated.
 */
export interface Citable {
  title: string;
  /** The page's permalink. */
  url: string;
  /** When what the page presents was published: a report's date, a treaty's signing. */
  published: Date | undefined;
  /** When the page's content last changed. */
  updated: Date;
  /** For a provision: the full title of the document it belongs to. */
  container?: string | undefined;
  /** For a report: who first published it, and where. */
  original?: { publisher: string; url: string } | undefined;
  /** The page's site path, for a citation key of its own: "/documents/x/article-4/". */
  path: string;
  /**
   * Whether the title is the work's own (a report's headline, a document's title), set in
   * quotation marks; or this site's description of it (a provision's, a timeline's), set plain.
   */
  ownTitle: boolean;
  /**
   * For a provision: each place a report quotes it, as a student cites it, to the paragraph:
   * "Russia–DPRK Treaty (2024), art. 4, as quoted in Pravda.ru, 15 October 2024, para. 4".
   */
  pinpoints?: { text: string; url: string }[];
}

/** The access date as shown (“27 November 2026”) and as ISO (“2026-11-27”). */
export interface AccessDate {
  long: string;
  iso: string;
}

export const accessDate = (date: Date): AccessDate => ({ long: longDate(date), iso: isoDate(date) });

type Url = (path: string) => string;

export const citeReport = (a: ArticleModel, url: Url): Citable => ({
  title: a.data.title,
  url: url(a.path),
  published: a.published,
  updated: a.modified,
  original: a.data.original && { publisher: a.data.original.publisher, url: a.data.original.url },
  path: a.path,
  ownTitle: true,
});

export const citeProvision = (p: ProvisionModel, url: Url): Citable => ({
  title: p.heading,
  url: url(p.path),
  published: p.published,
  updated: p.modified,
  container: p.document.data.title,
  path: p.path,
  ownTitle: false,
  pinpoints: p.quotations.map((q) => ({
    // A number the report does not give is the citer's addition: in square brackets, as legal citation has it.
    text: `${p.document.data.shortTitle}, ${
      p.articleNumber === undefined
        ? p.data.label
        : p.labelFromContext
          ? `[art. ${p.articleNumber}]`
          : `art. ${p.articleNumber}`
    }, as quoted in ${
      q.article.data.original?.publisher ?? `“${q.article.data.title}”`
    }, ${longDate(q.article.data.date)}, para. ${q.paragraph.number}`,
    url: url(q.path),
  })),
});

export const citeDocument = (d: DocumentModel, url: Url): Citable => ({
  title: d.data.title,
  url: url(d.path),
  published: d.published,
  updated: d.modified,
  path: d.path,
  ownTitle: true,
});

export const citeTimeline = (t: TimelineModel, url: Url): Citable => ({
  title: t.data.title,
  url: url(t.path),
  published: t.published,
  updated: t.modified,
  path: t.path,
  ownTitle: false,
});

/** "19 June 2024", or, for a page with no date of its own, "n.d.; updated 4 December 2024". */
const when = (page: Citable) =>
  page.published ? longDate(page.published) : `n.d.; updated ${longDate(page.updated)}`;

/** A plain-text citation. */
export function citationText(page: Citable, accessed: AccessDate): string {
  const title = page.ownTitle ? `“${page.title}”` : page.title;
  if (page.original) {
    return `${title}, ${page.original.publisher}, ${when(page)}, ${page.original.url}. Reproduced in ${SITE_TITLE}, ${page.url} (accessed ${accessed.long}).`;
  }
  const container = page.container ? `, in ${page.container}` : '';
  return `${title}${container} (${when(page)}). ${SITE_TITLE}, ${page.url} (accessed ${accessed.long}).`;
}

const bibEscape = (text: string) => text.replace(/([{}%&$#_])/g, '\\$1').replace(/[“”]/g, '"');
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * A key a reader can type and that will not clash in their library: the words of the page's
 * address in camel case, then its year ("putinProposesRatification2024", "russiaDprkTreatyArticle4_2024");
 * an undated page has the words alone ("draftRatificationLaw").
 */
export function bibtexKey(page: Pick<Citable, 'path' | 'published'>): string {
  const words = page.path
    .replace(/^\/(articles|documents|timelines)\//, '')
    .replace(/^\d{4}-\d{2}-\d{2}-/, '')
    .split(/[^a-z0-9]+/i)
    .filter(Boolean);
  const name = words
    .map((w, i) => (i === 0 ? w.toLowerCase() : `${w[0]?.toUpperCase()}${w.slice(1)}`))
    .join('');
  if (!page.published) return name || 'home';
  return `${name || 'home'}${/\d$/.test(name) ? '_' : ''}${page.published.getUTCFullYear()}`;
}

/**
 * A @misc entry: the one type BibTeX and biblatex both take for a web page. Classic BibTeX reads
 * howpublished, year, month and note; biblatex also reads date, url and urldate.
 */
export function citationBibtex(page: Citable, accessed: AccessDate): string {
  const address = page.original?.url ?? page.url;
  const dated: [string, string][] = page.published
    ? [
        ['year', `{${page.published.getUTCFullYear()}}`],
        ['month', MONTHS[page.published.getUTCMonth()] ?? ''],
        ['date', `{${isoDate(page.published)}}`],
      ]
    : [['year', '{n.d.}']];
  const note = [
    page.container && `In ${bibEscape(page.container)}`,
    page.original && `Reproduced in ${bibEscape(SITE_TITLE)}, \\url{${page.url}}`,
    !page.published && `Updated ${isoDate(page.updated)}`,
    `Accessed ${accessed.iso}`,
  ].filter(Boolean);
  const fields: [string, string][] = [
    ['title', `{${bibEscape(page.title)}}`],
    ...(page.original
      ? ([['publisher', `{${bibEscape(page.original.publisher)}}`]] as [string, string][])
      : ([['organization', `{${bibEscape(SITE_TITLE)}}`]] as [string, string][])),
    ...dated,
    ['howpublished', `{\\url{${address}}}`],
    ['url', `{${address}}`],
    ['urldate', `{${accessed.iso}}`],
    ['note', `{${note.join('. ')}}`],
  ];
  return `@misc{${bibtexKey(page)},\n${fields.map(([k, v]) => `  ${k} = ${v}`).join(',\n')}\n}`;
}

const dateParts = (date: Date) => ({
  'date-parts': [[date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()]],
});

/**
 * A name as written: CSL processors title-case container titles in some styles, which would
 * turn "Pravda.ru" into "Pravda.Ru". The nocase span is CSL-JSON's own markup for this.
 */
const asWritten = (name: string) => `<span class="nocase">${name}</span>`;

/**
 * CSL-JSON, which citation managers import and citation processors format in any style. A report
 * is a newspaper article of its first publisher, at the publisher's address; every other page is
 * a page of this site, which reproduces only what the reports quote, so it is never cited as the
 * legal text itself.
 */
export function citationCsl(page: Citable): Record<string, unknown> {
  return {
    id: bibtexKey(page),
    type: page.original ? 'article-newspaper' : 'webpage',
    title: page.container ? `${page.title}, in ${page.container}` : page.title,
    ...(page.original
      ? {
          'container-title': asWritten(page.original.publisher),
          publisher: page.original.publisher,
          URL: page.original.url,
          note: `Reproduced in ${SITE_TITLE}: ${page.url}`,
        }
      : { 'container-title': asWritten(SITE_TITLE), URL: page.url }),
    ...(page.published ? { issued: dateParts(page.published) } : {}),
    language: 'en',
  };
}
