import type { APIRoute } from 'astro';
import { searchWords } from '../lib/search-words';
import { getSite } from '../lib/site-content';

/** The site's words for the search's second pass (src/scripts/search/engine.ts). */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify({ words: searchWords(await getSite()) }), {
    headers: { 'Content-Type': 'application/json' },
  });
