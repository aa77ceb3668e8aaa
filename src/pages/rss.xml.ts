import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { isoDate } from '../lib/dates';
import { FEED_PATH, permalink } from '../lib/permalinks';
import { correctionAnchor } from '../lib/corrections';
import { latest } from '../lib/model';
import { getSite } from '../lib/site-content';
import { SITE_DESCRIPTION, SITE_TITLE } from '../lib/site-identity';

/** A feed reader shows a description as HTML: text from the content is escaped so it stays text. */
const asHtmlText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** Text placed in the XML as it is written (customData is not escaped by @astrojs/rss). */
const asXmlText = asHtmlText;

export const GET: APIRoute = async () => {
  const { articles, corrections } = await getSite();
  // A report is dated by its day, which is all the report gives: as dc:date (W3C date format, a
  // day alone), never as pubDate, which would need a time of day no report states. The feed
  // changes when its newest report or correction does, not whenever the site is rebuilt.
  const newest = latest(new Date(0), articles[0]?.data.date, corrections[0]?.date);
  const reportItems = articles.map((article) => ({
    date: article.data.date,
    item: {
      title: article.data.title,
      description: asHtmlText(article.data.standfirst),
      link: permalink(article.path),
      // A number the report does not give is not put in its mouth: such a provision is named by its title.
      categories: article.provisions.map((p) => (p.labelFromContext ? p.data.title : p.heading)),
      // Who first published the report; the feed names no author, because the report names none.
      customData: [
        `<dc:date>${isoDate(article.data.date)}</dc:date>`,
        ...(article.data.original
          ? [`<dc:publisher>${asXmlText(article.data.original.publisher)}</dc:publisher>`]
          : []),
      ].join(''),
    },
  }));
  // A correction is announced as newsrooms do: an item of its own, linked to it on its page.
  const correctionItems = corrections.map((correction) => ({
    date: correction.date,
    item: {
      title: `Correction: ${correction.page.title}`,
      description: asHtmlText(correction.text),
      link: permalink(`${correction.page.path}#${correctionAnchor(correction)}`),
      categories: ['Correction'],
      customData: `<dc:date>${isoDate(correction.date)}</dc:date>`,
    },
  }));
  const items = [...reportItems, ...correctionItems]
    .sort((a, b) => b.date.getTime() - a.date.getTime())
    .map(({ item }) => item);
  return rss({
    title: SITE_TITLE,
    description: SITE_DESCRIPTION,
    site: permalink('/'),
    xmlns: { atom: 'http://www.w3.org/2005/Atom', dc: 'http://purl.org/dc/elements/1.1/' },
    customData: [
      `<atom:link href="${permalink(FEED_PATH)}" rel="self" type="application/rss+xml"/>`,
      '<language>en</language>',
      ...(newest.getTime() > 0 ? [`<dc:date>${isoDate(newest)}</dc:date>`] : []),
    ].join(''),
    items,
    trailingSlash: true,
  });
};
