import type { APIRoute } from 'astro';
import { permalink, sitemapPath } from '../lib/permalinks';

export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${permalink(sitemapPath())}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
