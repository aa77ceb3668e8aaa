import {
  latest,
  type ArticleModel,
  type Dated,
  type DocumentModel,
  type ProvisionModel,
  type SiteModel,
  type TimelineModel,
} from './model';
import { ABOUT_PATH, CORRECTIONS_PATH, HOME_PATH, SEARCH_PATH } from './permalinks';
import type { UnquotedArticle } from './unquoted-articles';
import { SITE_DESCRIPTION, SITE_TITLE } from './site-identity';

/** What a social card shows. */
export interface CardContent {
  /** A small line above the title: the kind of page, or the document. */
  kicker: string;
  title: string;
  /** For a provision: the quoted words. */
  quote?: string | undefined;
  /** For a document with a known number of articles: which of them the reports quote. */
  articleMap?: { count: number; quoted: number[] } | undefined;
}

/** Everything the page head needs: title, description, canonical path, dates and social card. */
export interface PageMeta {
  path: string;
  /** The page's own title; the head adds the site's name and trims it for previews. */
  title: string;
  description: string;
  type: 'website' | 'article';
  card: CardContent;
  /** The page whose card this page shows, when it has none of its own. */
  cardOf?: string;
  /** A page search engines should not list: the search page, the 404 page. */
  noindex?: true;
  /** For a page of content: when what it presents was published, and when it last changed. */
  dates?: Dated;
}

export function homeMeta(site: SiteModel): PageMeta {
  const pages = [...site.articles, ...site.documents, ...site.provisions, ...site.timelines];
  // The home page lists every page: it changes when any of them does. It has no date of its own.
  const modified = latest(new Date(0), ...pages.map((p) => p.modified));
  return {
    path: HOME_PATH,
    title: SITE_TITLE,
    description: SITE_DESCRIPTION,
    type: 'website',
    card: { kicker: 'News reporting and the provisions it quotes', title: SITE_TITLE },
    ...(pages.length > 0 ? { dates: { published: undefined, modified } } : {}),
  };
}

export const searchMeta: PageMeta = {
  path: SEARCH_PATH,
  title: 'Search',
  description: 'Search the reporting, the documents and every quoted provision.',
  type: 'website',
  noindex: true,
  card: { kicker: SITE_TITLE, title: 'Search' },
};

export const notFoundMeta: PageMeta = {
  path: '/404.html',
  title: 'Page not found',
  description: 'This page does not exist.',
  type: 'website',
  noindex: true,
  card: { kicker: SITE_TITLE, title: 'Page not found' },
};

export function articleMeta(article: ArticleModel): PageMeta {
  return {
    path: article.path,
    title: article.data.title,
    description: article.data.standfirst,
    type: 'article',
    card: { kicker: 'News report', title: article.data.title },
    dates: article,
  };
}

const quotedCount = (n: number) =>
  n === 1 ? 'One of its provisions is quoted' : `${n} of its provisions are quoted`;

export function documentMeta(document: DocumentModel): PageMeta {
  const count = document.data.articleCount?.count;
  const quoted = document.provisions.flatMap((p) => (p.articleNumber ? [p.articleNumber] : []));
  return {
    path: document.path,
    title: document.data.title,
    description: `${document.kind.name}: ${document.data.title}. ${quotedCount(document.provisions.length)} in ${document.quotedBy.noun}.`,
    type: 'article',
    card: {
      kicker: document.kind.name,
      title: document.data.title,
      ...(count ? { articleMap: { count, quoted } } : {}),
    },
    dates: document,
  };
}

export function provisionMeta(provision: ProvisionModel): PageMeta {
  const { data, document } = provision;
  return {
    path: provision.path,
    title: provision.heading,
    description: `${data.label} of the ${document.data.shortTitle}, as quoted in ${provision.quotedBy.noun}: “${data.quote}”`,
    type: 'article',
    card: { kicker: `${document.data.shortTitle} · ${data.label}`, title: data.title, quote: data.quote },
    dates: provision,
  };
}

export function timelineMeta(timeline: TimelineModel): PageMeta {
  return {
    path: timeline.path,
    title: timeline.data.title,
    description: `${timeline.data.title}: ${timeline.steps.length} steps, each with its public source.`,
    type: 'article',
    card: { kicker: 'Timeline', title: timeline.data.title },
    dates: timeline,
  };
}

export const aboutMeta: PageMeta = {
  path: ABOUT_PATH,
  title: 'About this site',
  description: `What ${SITE_TITLE} is, what it is not, the rules it follows, and how to report an error.`,
  type: 'website',
  card: { kicker: SITE_TITLE, title: 'About this site' },
};

export function correctionsMeta(site: SiteModel): PageMeta {
  return {
    path: CORRECTIONS_PATH,
    title: 'Corrections',
    description: `Every correction made to ${SITE_TITLE}, newest first, each with its date and its page.`,
    type: 'website',
    card: { kicker: SITE_TITLE, title: 'Corrections' },
    ...(site.corrections[0] ? { dates: { published: undefined, modified: site.corrections[0].date } } : {}),
  };
}

/**
 * An article no report quotes: a page that says so, so a typed or shared address explains itself.
 * Not for search engines: it holds nothing of the document. It shows its document's card.
 */
export function unquotedMeta(article: UnquotedArticle): PageMeta {
  const { document, number } = article;
  return {
    path: article.path,
    title: `Article ${number} of the ${document.data.shortTitle}: not quoted`,
    description: `No report on this site quotes Article ${number} of the ${document.data.title}.`,
    type: 'website',
    noindex: true,
    card: documentMeta(document).card,
    cardOf: document.path,
  };
}

/** Every page of the site with a card of its own, for the social cards. */
export function allPageMeta(site: SiteModel): PageMeta[] {
  return [
    homeMeta(site),
    searchMeta,
    notFoundMeta,
    aboutMeta,
    correctionsMeta(site),
    ...site.articles.map(articleMeta),
    ...site.documents.map(documentMeta),
    ...site.provisions.map(provisionMeta),
    ...site.timelines.map(timelineMeta),
  ];
}
