import { isoDate } from './dates';
import type {
  ArticleModel,
  Dated,
  DocumentModel,
  ProvisionModel,
  StatementModel,
  TimelineModel,
} from './model';
import type { SpeakerData } from './schemas';
import { SITE_TITLE } from './site-identity';

/**
 * schema.org JSON-LD for each kind of page. Every function takes `url`, which turns a site path
 * into its absolute URL. One thing has one @id and one name wherever it appears; nothing is said
 * that the reports or their cited sources do not say (no author, no creator of a provision's
 * words, no reported speech as a quotation); no property is an empty list.
 */
type Url = (path: string) => string;
type Thing = Record<string, unknown>;

const CONTEXT = 'https://schema.org';
const LANGUAGE = 'en';

/** A list property only where the list has something in it. */
const list = (name: string, items: Thing[]): Thing => (items.length > 0 ? { [name]: items } : {});
const dates = (page: Dated): Thing => ({
  datePublished: isoDate(page.published),
  dateModified: isoDate(page.modified),
});

/** A page that is not itself a report or a legal text: home, search, 404. */
export function webPage(
  page: { path: string; title: string; description: string; dates?: Dated },
  type: string,
  url: Url,
): Thing {
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

export function breadcrumbList(trail: { label: string; path: string }[], url: Url): Thing {
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

function person(data: SpeakerData): Thing {
  return data.kind === 'person'
    ? { '@type': 'Person', name: data.name, ...(data.role ? { jobTitle: data.role } : {}) }
    : { '@type': 'Organization', name: data.name };
}

/** A reference to a provision, by the one name it has everywhere. */
const provisionRef = (p: ProvisionModel, url: Url): Thing => ({
  '@type': 'Legislation',
  '@id': url(p.path),
  name: p.heading,
});
const documentRef = (d: DocumentModel, url: Url): Thing => ({
  '@type': 'Legislation',
  '@id': url(d.path),
  name: d.data.title,
});

/** A document's dates and status: signed, in force since (with schema.org's legal-force status). */
function legalDates(document: DocumentModel): Thing {
  const inForce =
    document.status?.label.toLowerCase() === 'in force' ? document.status.step.dates[0] : undefined;
  return {
    ...(document.data.signed ? { legislationDate: isoDate(document.data.signed.date) } : {}),
    ...(inForce
      ? {
          legislationLegalForce: 'https://schema.org/InForce',
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
function provisionQuotation(provision: ProvisionModel, url: Url): Thing {
  return {
    '@type': 'Quotation',
    text: provision.data.quote,
    inLanguage: LANGUAGE,
    isBasedOn: provisionRef(provision, url),
  };
}

/**
 * Quotations of what speakers said. A reported statement (no quotation marks in the report) is
 * the reporter's wording, so it is never given as a speaker's Quotation.
 */
function statementQuotations(statements: StatementModel[], url: Url): Thing[] {
  return statements
    .filter((s) => !s.reported)
    .map((s) => ({
      '@type': 'Quotation',
      text: s.text,
      inLanguage: LANGUAGE,
      creator: person(s.speaker),
      about: { '@id': url(s.subject.path) },
      isBasedOn: { '@type': 'NewsArticle', '@id': url(s.article.path), headline: s.article.data.title },
    }));
}

export function newsArticle(article: ArticleModel, image: string, url: Url): Thing {
  const { original } = article.data;
  return {
    '@context': CONTEXT,
    '@type': 'NewsArticle',
    '@id': url(article.path),
    url: url(article.path),
    mainEntityOfPage: { '@type': 'WebPage', '@id': url(article.path) },
    headline: article.data.title,
    description: article.data.standfirst,
    inLanguage: LANGUAGE,
    ...dates(article),
    image,
    ...(original
      ? {
          publisher: { '@type': 'Organization', name: original.publisher, url: original.publisherUrl },
          isBasedOn: original.url,
        }
      : {}),
    ...list(
      'citation',
      article.provisions.map((p) => provisionRef(p, url)),
    ),
    ...list(
      'hasPart',
      article.provisions.map((p) => provisionQuotation(p, url)),
    ),
    ...list('mentions', statementQuotations(article.statements, url)),
  };
}

export function documentLegislation(document: DocumentModel, url: Url): Thing {
  return {
    '@context': CONTEXT,
    ...documentRef(document, url),
    url: url(document.path),
    alternateName: document.data.shortTitle,
    legislationType: document.kind.name,
    inLanguage: LANGUAGE,
    ...legalDates(document),
    dateModified: isoDate(document.modified),
    ...list(
      'hasPart',
      document.provisions.map((p) => ({ ...provisionRef(p, url), legislationIdentifier: p.data.label })),
    ),
    ...list('subjectOf', statementQuotations(document.statements, url)),
  };
}

/**
 * A provision as Legislation, part of its document. Its text is not known here: only the excerpt
 * the report quotes, which is the Quotation's text, not the provision's.
 */
export function provisionPage(provision: ProvisionModel, url: Url): Thing {
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
    description: `Known on this site only through the words the report quotes from it (the Quotation below); its full text is not reproduced.`,
    isPartOf: documentRef(document, url),
    subjectOf: [provisionQuotation(provision, url), ...statementQuotations(provision.statements, url)],
  };
}

export function timelinePage(timeline: TimelineModel, url: Url): Thing {
  return {
    ...webPage(
      { path: timeline.path, title: timeline.data.title, description: timeline.data.title, dates: timeline },
      'WebPage',
      url,
    ),
    isPartOf: { '@type': 'WebSite', '@id': url('/'), name: SITE_TITLE },
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
