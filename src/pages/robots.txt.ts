import type { APIRoute } from 'astro';
import { permalink, SITEMAP_PATH } from '../lib/permalinks';

export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${permalink(SITEMAP_PATH)}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
