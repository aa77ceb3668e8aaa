import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getSite } from '../lib/site-query';
import { permalink } from '../lib/permalinks';
import { SITE_DESCRIPTION, SITE_TITLE } from '../lib/site-identity';

export const GET: APIRoute = async () => {
  const { articles } = await getSite();
  return rss({
    title: SITE_TITLE,
    description: SITE_DESCRIPTION,
    site: permalink('/'),
    items: articles.map((article) => ({
      title: article.data.title,
      description: article.data.standfirst,
      pubDate: article.data.date,
      link: permalink(article.path),
      categories: article.provisions.map((p) => p.heading),
    })),
    trailingSlash: true,
  });
};
