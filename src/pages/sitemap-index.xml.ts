import type { APIRoute } from 'astro';
import { permalink, sitemapFilePath } from '../lib/permalinks';
import { getSitemapPaths } from '../lib/routes';
import { sitemapIndex } from '../lib/sitemap';

export const GET: APIRoute = async () => {
  const files = (await getSitemapPaths()).map(({ params, props }) => ({
    path: sitemapFilePath(Number(params.n)),
    modified: props.entries.reduce((a, e) => (e.modified && e.modified > a ? e.modified : a), new Date(0)),
  }));
  return new Response(sitemapIndex(files, permalink), { headers: { 'Content-Type': 'application/xml' } });
};
