import { isoDate } from './dates';
import type { SiteModel } from './model';
import { ABOUT_PATH, CORRECTIONS_PATH, HOME_PATH } from './permalinks';

/**
 * The sitemap: every page search engines may index, with the day its content last changed, from
 * the site model. Pages that ask not to be indexed (search, the 404 page, a moved page's
 * redirect) are not in the model's pages, so they are never listed.
 */
export interface SitemapEntry {
  path: string;
  /** When its content last changed; unknown for a page of the site's own words (About). */
  modified?: Date | undefined;
}

/** A sitemap file holds at most 50,000 URLs; a site past that is split into several. */
export const SITEMAP_CHUNK = 45_000;

export function sitemapEntries(site: SiteModel): SitemapEntry[] {
  const pages = [...site.articles, ...site.documents, ...site.provisions, ...site.timelines];
  const newest = pages.reduce((a, p) => (p.modified > a ? p.modified : a), new Date(0));
  return [
    { path: HOME_PATH, modified: newest },
    { path: ABOUT_PATH },
    { path: CORRECTIONS_PATH, modified: site.corrections[0]?.date },
    ...pages.map((p) => ({ path: p.path, modified: p.modified })),
  ];
}

const xmlText = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function urlSet(entries: SitemapEntry[], url: (path: string) => string): string {
  const items = entries.map(
    (e) =>
      `<url><loc>${xmlText(url(e.path))}</loc>${e.modified ? `<lastmod>${isoDate(e.modified)}</lastmod>` : ''}</url>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${items.join('')}</urlset>`;
}

export function sitemapIndex(
  files: { path: string; modified: Date }[],
  url: (path: string) => string,
): string {
  const items = files.map(
    (f) => `<sitemap><loc>${xmlText(url(f.path))}</loc><lastmod>${isoDate(f.modified)}</lastmod></sitemap>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${items.join('')}</sitemapindex>`;
}
