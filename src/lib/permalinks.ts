/**
 * The site's permalink scheme, in one place. Every internal link is built here, and only here is
 * the configured base path applied, so the site works at a domain root or under a sub-path.
 *
 *   /                                   home
 *   /articles/<article>/                an article (file name, e.g. 2024-10-15-putin-proposes-ratification)
 *   /articles/<article>/#p-<n>          one paragraph of it
 *   /documents/<document>/              a document (file name in documents/)
 *   /documents/<document>/<provision>/  a provision (file name in provisions/<any folder>/)
 *   /search/                            search
 *   /documents/<document>/<provision>.json   a provision as data
 *   /og/<page path>.png                  a page's social card (/og/index.png for the home page)
 *   /rss.xml, /sitemap-index.xml, /robots.txt
 */

/** Prefixes a site path ("/documents/x/") with the base path ("/treaty/"). */
export function withBase(path: string, base: string = import.meta.env.BASE_URL): string {
  if (!path.startsWith('/')) throw new Error(`withBase expects a path starting with "/", got "${path}"`);
  const prefix = base.endsWith('/') ? base.slice(0, -1) : base;
  return `${prefix}${path}`;
}

/** The last segment of a provision id ("russia-dprk-treaty/article-4" → "article-4"). */
export function provisionSlug(provisionId: string): string {
  return provisionId.slice(provisionId.lastIndexOf('/') + 1);
}

export const HOME_PATH = '/';
export const SEARCH_PATH = '/search/';
export const ABOUT_PATH = '/about/';
export const CORRECTIONS_PATH = '/corrections/';
/** The site's words, for the search's second pass on a mistyped word. */
export const SEARCH_WORDS_PATH = '/search-words.json';
export const articlePath = (articleId: string): string => `/articles/${articleId}/`;
export const timelinePath = (timelineId: string): string => `/timelines/${timelineId}/`;
export const documentPath = (documentId: string): string => `/documents/${documentId}/`;
/** The id of a document page's list of provisions, which long documents' provision pages link to. */
export const PROVISIONS_ANCHOR = 'provisions';
export const provisionPath = (documentId: string, provisionId: string): string =>
  `/documents/${documentId}/${provisionSlug(provisionId)}/`;
export const paragraphPath = (articleId: string, paragraphId: string): string =>
  `${articlePath(articleId)}#${paragraphId}`;

export const provisionJsonPath = (documentId: string, provisionId: string): string =>
  `/documents/${documentId}/${provisionSlug(provisionId)}.json`;
export const FEED_PATH = '/rss.xml';
export const SITEMAP_PATH = '/sitemap-index.xml';
/** One file of the sitemap, counted from 0: "/sitemap-0.xml". */
export const sitemapFilePath = (n: number): string => `/sitemap-${n}.xml`;

/** The social card of the page at `pagePath`: "/documents/x/" → "/og/documents/x.png". */
export function cardPath(pagePath: string): string {
  const name = pagePath.replace(/^\/|\/$/g, '').replace(/\.html$/, '');
  return `/og/${name || 'index'}.png`;
}

/** A site path with the base path applied: the `href` to put in a link. */
export const href = (path: string): string => withBase(path);

/** The absolute URL of a site path on the configured site: what readers share and cite. */
export const permalink = (path: string): string => absoluteUrl(path);

/** The absolute, shareable URL of a site path: the configured site URL plus the base path. */
export function absoluteUrl(
  path: string,
  site: string | undefined = import.meta.env.SITE,
  base?: string,
): string {
  if (!site) throw new Error('Set SITE_URL (astro.config.mjs `site`) to build absolute URLs.');
  return new URL(base === undefined ? withBase(path) : withBase(path, base), site).href;
}
