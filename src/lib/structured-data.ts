import type {
  BreadcrumbList,
  Legislation,
  NewsArticle,
  Organization,
  Person,
  Quotation,
  Thing,
  WebPage,
  WithContext,
} from 'schema-dts';
import { isoDate } from './dates';
import type {
  ArticleModel,
  Dated,
  DocumentModel,
  ProvisionModel,
  StatementModel,
  TimelineModel,
} from './model';
import type { Correction, SpeakerData } from './schemas';
import { SITE_TITLE } from './site-identity';

/**
 * schema.org JSON-LD for each kind of page. Every function takes `url`, which turns a site path
 * into its absolute URL. One thing has one @id and one name wherever it appears; nothing is said
 * that the reports or their cited sources do not say (no author, no creator of a provision's
 * words, no reported speech as a quotation); no property is an empty list.
 */
type Url = (path: string) => string;

const CONTEXT = 'https://schema.org';
const LANGUAGE = 'en';

/** A list property only where the list has something in it. */
const listOf = <K extends string, T>(key: K, items: T[]) =>
  (items.length > 0 ? { [key]: items } : {}) as Partial<Record<K, T[]>>;
/**
 * The NewsArticle is the main thing on its page, not the page itself: its own @id keeps the
 * page (a WebPage) and the report (a NewsArticle) two things with one type each.
 */
const articleId = (article: ArticleModel, url: Url) => `${url(article.path)}#article`;
const dates = (page: Dated) => ({
  ...(page.published ? { datePublished: isoDate(page.published) } : {}),
  dateModified: isoDate(page.modified),
});

/** A page's dated corrections, as schema.org CorrectionComments. */
const corrections = (page: { corrections: Correction[] }) =>
  listOf(
    'correction',
    page.corrections.map((c) => ({
      '@type': 'CorrectionComment' as const,
      text: c.text,
      datePublished: isoDate(c.date),
    })),
  );

/** A page that is not itself a report or a legal text: home, search, 404. */
export function webPage(
  page: { path: string; title: string; description: string; dates?: Dated },
  type: 'WebSite' | 'WebPage' | 'SearchResultsPage' | 'AboutPage' | 'CollectionPage',
  url: Url,
): WithContext<Thing> {
  return {
    '@context': CONTEXT,
    '@type': type,
    '@id': url(page.path),
    url: url(page.path),
    name: page.title,
    description: page.description,
    inLanguage: LANGUAGE,
    ...(page.dates ? dates(page.dates) : {}),
  };
}

export function breadcrumbList(
  trail: { label: string; path: string }[],
  url: Url,
): WithContext<BreadcrumbList> {
  return {
    '@context': CONTEXT,
    '@type': 'BreadcrumbList',
    itemListElement: trail.map((crumb, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: crumb.label,
      item: url(crumb.path),
    })),
  };
}

function person(data: SpeakerData): Person | Organization {
  return data.kind === 'person'
    ? { '@type': 'Person', name: data.name, ...(data.role ? { jobTitle: data.role } : {}) }
    : { '@type': 'Organization', name: data.name };
}

/**
 * A reference to a provision, by the one name it has everywhere. Within a report, a provision
 * whose number the report does not give is referred to by its @id alone: the name would put a
 * number from elsewhere in the report's mouth.
 */
const provisionRef = (p: ProvisionModel, url: Url, inReport = false): Legislation & { '@id': string } => ({
  '@type': 'Legislation',
  '@id': url(p.path),
  ...(inReport && p.labelFromContext ? {} : { name: p.heading }),
});
const documentRef = (d: DocumentModel, url: Url): Legislation & { '@id': string } => ({
  '@type': 'Legislation',
  '@id': url(d.path),
  name: d.data.title,
});

/** A document's dates and status: signed, in force since (with schema.org's legal-force status). */
function legalDates(document: DocumentModel): Partial<
  Record<'legislationDate' | 'legislationDateOfApplicability', string>
> & {
  legislationLegalForce?: 'https://schema.org/InForce';
} {
  const inForce =
    document.status?.label.toLowerCase() === 'in force' ? document.status.step.dates[0] : undefined;
  return {
    ...(document.data.signed ? { legislationDate: isoDate(document.data.signed.date) } : {}),
    ...(inForce
      ? {
          legislationLegalForce: 'https://schema.org/InForce' as const,
          legislationDateOfApplicability: isoDate(inForce.date),
        }
      : {}),
  };
}

/**
 * The words a report quotes from a provision. The report attributes them to the text itself
 * ("the article reads", "the text of the draft federal law says"): no person or state is named
 * as their creator.
 */
function provisionQuotation(provision: ProvisionModel, url: Url, inReport = false): Quotation {
  return {
    '@type': 'Quotation',
    text: provision.data.quote,
    inLanguage: LANGUAGE,
    isBasedOn: provisionRef(provision, url, inReport),
  };
}

/**
 * Quotations of what speakers said. A reported statement (no quotation marks in the report) is
 * the reporter's wording, so it is never given as a speaker's Quotation.
 */
function statementQuotations(statements: StatementModel[], url: Url): Quotation[] {
  return statements
    .filter((s) => !s.reported)
    .map((s): Quotation => ({
      '@type': 'Quotation',
      text: s.text,
      inLanguage: LANGUAGE,
      creator: person(s.speaker),
      about: { '@id': url(s.subject.path) },
      isBasedOn: { '@type': 'NewsArticle', '@id': articleId(s.article, url), headline: s.article.data.title },
    }));
}

export function newsArticle(article: ArticleModel, image: string, url: Url): WithContext<NewsArticle> {
  const { original } = article.data;
  return {
    '@context': CONTEXT,
    '@type': 'NewsArticle',
    '@id': articleId(article, url),
    url: url(article.path),
    mainEntityOfPage: { '@type': 'WebPage', '@id': url(article.path) },
    headline: article.data.title,
    description: article.data.standfirst,
    inLanguage: LANGUAGE,
    ...dates(article),
    ...corrections(article),
    image,
    ...(original
      ? {
          publisher: { '@type': 'Organization', name: original.publisher, url: original.publisherUrl },
          isBasedOn: original.url,
        }
      : {}),
    ...listOf(
      'citation',
      article.provisions.map((p) => provisionRef(p, url, true)),
    ),
    ...listOf(
      'hasPart',
      article.provisions.map((p) => provisionQuotation(p, url, true)),
    ),
    ...listOf('mentions', statementQuotations(article.statements, url)),
  };
}

export function documentLegislation(document: DocumentModel, url: Url): WithContext<Legislation> {
  return {
    '@context': CONTEXT,
    ...documentRef(document, url),
    url: url(document.path),
    alternateName: document.data.shortTitle,
    legislationType: document.kind.name,
    inLanguage: LANGUAGE,
    ...legalDates(document),
    dateModified: isoDate(document.modified),
    ...corrections(document),
    ...listOf(
      'hasPart',
      document.provisions.map((p) => ({ ...provisionRef(p, url), legislationIdentifier: p.data.label })),
    ),
    ...listOf('subjectOf', statementQuotations(document.statements, url)),
  };
}

/**
 * A provision as Legislation, part of its document. Its text is not known here: only the excerpt
 * the report quotes, which is the Quotation's text, not the provision's.
 */
export function provisionPage(provision: ProvisionModel, url: Url): WithContext<Legislation> {
  const { document } = provision;
  return {
    '@context': CONTEXT,
    ...provisionRef(provision, url),
    url: url(provision.path),
    legislationIdentifier: provision.data.label,
    legislationType: document.kind.name,
    inLanguage: LANGUAGE,
    ...legalDates(document),
    dateModified: isoDate(provision.modified),
    ...corrections(provision),
    description: `Known on this site only through the words the report quotes from it (the Quotation below); its full text is not reproduced.`,
    isPartOf: documentRef(document, url),
    subjectOf: [provisionQuotation(provision, url), ...statementQuotations(provision.statements, url)],
  };
}

export function timelinePage(timeline: TimelineModel, url: Url): WithContext<WebPage> {
  return {
    ...(webPage(
      { path: timeline.path, title: timeline.data.title, description: timeline.data.title, dates: timeline },
      'WebPage',
      url,
    ) as WithContext<WebPage>),
    isPartOf: { '@type': 'WebSite', '@id': url('/'), name: SITE_TITLE },
    ...corrections(timeline),
    mainEntity: {
      '@type': 'ItemList',
      itemListElement: timeline.steps.map((step, i) => ({
        '@type': 'ListItem',
        position: i + 1,
        name: step.event,
        description: step.dates.map((d) => isoDate(d.date)).join(' or '),
      })),
    },
  };
}
