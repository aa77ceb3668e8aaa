import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { middayUtc } from '../lib/dates';
import { FEED_PATH, permalink } from '../lib/permalinks';
import { getSite } from '../lib/site-query';
import { SITE_DESCRIPTION, SITE_TITLE } from '../lib/site-identity';

/** A feed reader shows a description as HTML: text from the content is escaped so it stays text. */
const asHtmlText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** Text placed in the XML as it is written (customData is not escaped by @astrojs/rss). */
const asXmlText = asHtmlText;

export const GET: APIRoute = async () => {
  const { articles } = await getSite();
  // The feed changes when its newest article does, not whenever the site is rebuilt.
  const newest = articles[0]?.data.date;
  return rss({
    title: SITE_TITLE,
    description: SITE_DESCRIPTION,
    site: permalink('/'),
    xmlns: { atom: 'http://www.w3.org/2005/Atom', dc: 'http://purl.org/dc/elements/1.1/' },
    customData: [
      `<atom:link href="${permalink(FEED_PATH)}" rel="self" type="application/rss+xml"/>`,
      '<language>en</language>',
      ...(newest ? [`<lastBuildDate>${middayUtc(newest).toUTCString()}</lastBuildDate>`] : []),
    ].join(''),
    items: articles.map((article) => ({
      title: article.data.title,
      description: asHtmlText(article.data.standfirst),
      pubDate: middayUtc(article.data.date),
      link: permalink(article.path),
      categories: article.provisions.map((p) => p.heading),
      // Who first published the report; the feed names no author, because the report names none.
      ...(article.data.original
        ? { customData: `<dc:publisher>${asXmlText(article.data.original.publisher)}</dc:publisher>` }
        : {}),
    })),
    trailingSlash: true,
  });
};
