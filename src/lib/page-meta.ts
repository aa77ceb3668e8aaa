import type { ArticleModel, DocumentModel, ProvisionModel, SiteModel } from './model';
import { HOME_PATH, SEARCH_PATH } from './permalinks';
import { SITE_DESCRIPTION, SITE_TITLE } from './site-identity';

/** What a social card shows. */
export interface CardContent {
  /** A small line above the title: the kind of page, or the document. */
  kicker: string;
  title: string;
  /** For a provision: the quoted words. */
  quote?: string | undefined;
}

/** Everything the page head needs: title, description, canonical path and social card. */
export interface PageMeta {
  path: string;
  title: string;
  description: string;
  type: 'website' | 'article';
  card: CardContent;
  /** A page search engines should not list: the search page, the 404 page. */
  noindex?: true;
}

export const homeMeta: PageMeta = {
  path: HOME_PATH,
  title: SITE_TITLE,
  description: SITE_DESCRIPTION,
  type: 'website',
  card: { kicker: 'A news article and the provisions it quotes', title: SITE_TITLE },
};

export const searchMeta: PageMeta = {
  path: SEARCH_PATH,
  title: 'Search',
  description: 'Search the article, the documents and every quoted provision.',
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
    card: { kicker: 'News article', title: article.data.title },
  };
}

export function documentMeta(document: DocumentModel): PageMeta {
  return {
    path: document.path,
    title: document.data.shortTitle,
    description: document.data.title,
    type: 'website',
    card: { kicker: document.kind.name, title: document.data.title },
  };
}

export function provisionMeta(provision: ProvisionModel): PageMeta {
  const { data, document } = provision;
  return {
    path: provision.path,
    title: provision.heading,
    description: `${data.label} of the ${document.data.shortTitle}, as quoted in the report: “${data.quote}”`,
    type: 'website',
    card: { kicker: `${document.data.shortTitle} · ${data.label}`, title: data.title, quote: data.quote },
  };
}

/** Every page of the site, for the social cards. */
export function allPageMeta(site: SiteModel): PageMeta[] {
  return [
    homeMeta,
    searchMeta,
    notFoundMeta,
    ...site.articles.map(articleMeta),
    ...site.documents.map(documentMeta),
    ...site.provisions.map(provisionMeta),
  ];
}
