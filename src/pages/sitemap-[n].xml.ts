import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { permalink } from '../lib/permalinks';
import { getSitemapPaths } from '../lib/routes';
import { urlSet } from '../lib/sitemap';

export const getStaticPaths = getSitemapPaths;
type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props }) =>
  new Response(urlSet(props.entries, permalink), { headers: { 'Content-Type': 'application/xml' } });
