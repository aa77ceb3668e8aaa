import { cardWorker } from 'virtual:site/config';
import { cardDrawing } from '../cards/social-card';
import { allPageMeta } from './page-meta';
import { cardKey } from './page-keys';
import { cardPath } from './permalinks';
import { unquotedArticles } from './unquoted-articles';
import { siteContent } from './site-content';
import { SITE_TITLE } from './site-identity';
import { SITEMAP_CHUNK, sitemapEntries } from './sitemap';

/**
 * The static paths of each route. A page's props are its id, never the model: a provision links
 * its document, which links every provision, so a model object would carry the whole site into
 * each page's props. The page looks its model up by id (the functions at the end).
 */

/** A page's cacheKey for the incremental build, where it has one (page-keys.ts). */
const withCacheKey = (key: string | undefined) => (key ? { cacheKey: key } : {});

export async function getArticlePaths() {
  const { site, keys } = await siteContent();
  return site.articles.map((article) => ({
    params: { article: article.id },
    props: { id: article.id },
    ...withCacheKey(keys.article(article)),
  }));
}

export async function getDocumentPaths() {
  const { site, keys } = await siteContent();
  return site.documents.map((document) => ({
    params: { document: document.id },
    props: { id: document.id },
    ...withCacheKey(keys.document(document)),
  }));
}

/** A provision's page and its JSON have the same paths and keys. */
export async function getProvisionPaths() {
  const { site, keys } = await siteContent();
  return site.provisions.map((provision) => ({
    params: { document: provision.document.id, provision: provision.slug },
    props: { id: provision.id },
    ...withCacheKey(keys.provision(provision)),
  }));
}

/**
 * The pages under a document: each quoted provision's, and, where the document's number of
 * articles is known, one for each article no report quotes (unquoted-articles.ts).
 */
export async function getProvisionPagePaths() {
  const { site } = await siteContent();
  const unquoted = site.documents.flatMap(unquotedArticles).map((article) => ({
    params: { document: article.document.id, provision: article.slug },
    props: { id: undefined, unquoted: { document: article.document.id, number: article.number } },
  }));
  const quoted = (await getProvisionPaths()).map((path) => ({
    ...path,
    props: { ...path.props, unquoted: undefined },
  }));
  return [...quoted, ...unquoted];
}

export async function getTimelinePaths() {
  const { site } = await siteContent();
  return site.timelines.map((timeline) => ({
    params: { timeline: timeline.id },
    props: { id: timeline.id },
  }));
}

export async function getCardPaths() {
  const { site } = await siteContent();
  const paths = allPageMeta(site).map((meta) => {
    const props = { card: meta.card, page: meta.path };
    return {
      params: { card: cardPath(meta.path).slice('/og/'.length, -'.png'.length) },
      props,
      cacheKey: cardKey(props, cardDrawing(cardWorker).codeKey),
    };
  });
  // A build asks for every card; `astro dev` draws the one a request asks for.
  if (!import.meta.env.DEV)
    cardDrawing(cardWorker).drawAhead(
      paths.map((path) => path.props),
      SITE_TITLE,
    );
  return paths;
}

/** A page that moved: its old address, and where to (redirects.json). */
export async function getMovedPaths() {
  const { redirects } = await siteContent();
  return redirects.map((r) => ({ params: { moved: r.id.slice(1, -1) }, props: { to: r.data.to } }));
}

/** The sitemap's files, SITEMAP_CHUNK pages each. */
export async function getSitemapPaths() {
  const entries = sitemapEntries((await siteContent()).site);
  const files = Math.max(1, Math.ceil(entries.length / SITEMAP_CHUNK));
  return Array.from({ length: files }, (_, n) => ({
    params: { n: String(n) },
    props: { entries: entries.slice(n * SITEMAP_CHUNK, (n + 1) * SITEMAP_CHUNK) },
  }));
}

function found<T>(value: T | undefined, what: string): T {
  if (value === undefined)
    throw new Error(`No ${what}: the page was built from content that has since changed.`);
  return value;
}

/** A report page's model and collection entry. */
export async function articleOf(id: string) {
  const { site, entries } = await siteContent();
  return {
    article: found(site.articleById.get(id), `report "${id}"`),
    entry: found(entries.articles.get(id), id),
  };
}

export async function documentOf(id: string) {
  const { site, entries } = await siteContent();
  return {
    document: found(site.documentById.get(id), `document "${id}"`),
    entry: found(entries.documents.get(id), id),
  };
}

export async function provisionOf(id: string) {
  const { site, entries } = await siteContent();
  return {
    provision: found(site.provisionById.get(id), `provision "${id}"`),
    entry: found(entries.provisions.get(id), id),
  };
}

export async function unquotedArticleOf({ document, number }: { document: string; number: number }) {
  const { site } = await siteContent();
  const model = found(site.documentById.get(document), `document "${document}"`);
  return found(
    unquotedArticles(model).find((a) => a.number === number),
    `unquoted article ${number} of "${document}"`,
  );
}

export async function timelineOf(id: string) {
  const { site, entries } = await siteContent();
  return {
    timeline: found(site.timelineById.get(id), `timeline "${id}"`),
    entry: found(entries.timelines.get(id), id),
  };
}
