import type { ArticleModel, DocumentModel, ProvisionModel, StatementModel } from './model';
import { isoDate } from './dates';
import type { SpeakerData } from './schemas';

/**
 * schema.org JSON-LD for each kind of page. Every function takes `url`, which turns a site path
 * into its absolute URL, so the output is the same whatever the site address or base path.
 */
type Url = (path: string) => string;
type Thing = Record<string, unknown>;

const CONTEXT = 'https://schema.org';

/** A page that is not itself an article or a legal text: home, search, 404. */
export function webPage(
  page: { path: string; title: string; description: string },
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

function speaker(data: SpeakerData): Thing {
  return { '@type': data.kind === 'person' ? 'Person' : 'Organization', name: data.name };
}

/** A provision as schema.org Legislation, part of its document. */
function provisionLegislation(provision: ProvisionModel, url: Url): Thing {
  const { document } = provision;
  return {
    '@type': 'Legislation',
    '@id': url(provision.path),
    url: url(provision.path),
    name: provision.heading,
    legislationIdentifier: provision.data.label,
    ...(document.data.signed ? { legislationDate: isoDate(document.data.signed.date) } : {}),
    isPartOf: { '@type': 'Legislation', '@id': url(document.path), name: document.data.title },
  };
}

/**
 * The words an article quotes from a provision. The report attributes them to the text itself
 * ("the article reads", "the text of the draft federal law says"), so no person or state is named
 * as their creator.
 */
function provisionQuotation(provision: ProvisionModel, url: Url): Thing {
  return {
    '@type': 'Quotation',
    text: provision.data.quote,
    isBasedOn: { '@type': 'Legislation', '@id': url(provision.path), name: provision.data.label },
  };
}

/**
 * Quotations of what speakers said. A reported statement (no quotation marks in the report) is
 * the reporter's wording, so it is never given as a speaker's Quotation.
 */
function statementQuotations(statements: StatementModel[], url: Url): Thing[] {
  return statements.filter((s) => !s.reported).map((s) => statementQuotation(s, url));
}

function statementQuotation(statement: StatementModel, url: Url): Thing {
  return {
    '@type': 'Quotation',
    text: statement.text,
    creator: speaker(statement.speaker),
    about: { '@id': url(statement.subject.path) },
    isBasedOn: {
      '@type': 'NewsArticle',
      '@id': url(statement.article.path),
      headline: statement.article.data.title,
    },
  };
}

export function newsArticle(article: ArticleModel, image: string, url: Url): Thing {
  return {
    '@context': CONTEXT,
    '@type': 'NewsArticle',
    '@id': url(article.path),
    url: url(article.path),
    headline: article.data.title,
    description: article.data.standfirst,
    datePublished: isoDate(article.data.date),
    image,
    citation: article.provisions.map((p) => provisionLegislation(p, url)),
    hasPart: article.provisions.map((p) => provisionQuotation(p, url)),
    mentions: statementQuotations(article.statements, url),
  };
}

export function documentLegislation(document: DocumentModel, url: Url): Thing {
  return {
    '@context': CONTEXT,
    '@type': 'Legislation',
    '@id': url(document.path),
    url: url(document.path),
    name: document.data.title,
    alternateName: document.data.shortTitle,
    legislationType: document.kind.name,
    ...(document.data.signed ? { legislationDate: isoDate(document.data.signed.date) } : {}),
    hasPart: document.provisions.map((p) => ({
      '@type': 'Legislation',
      '@id': url(p.path),
      name: p.heading,
      legislationIdentifier: p.data.label,
    })),
    subjectOf: statementQuotations(document.statements, url),
  };
}

export function provisionPage(provision: ProvisionModel, url: Url): Thing {
  return {
    '@context': CONTEXT,
    ...provisionLegislation(provision, url),
    text: provision.data.quote,
    subjectOf: [provisionQuotation(provision, url), ...statementQuotations(provision.statements, url)],
  };
}
