import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { getCardPaths } from '../../lib/site-query';
import { SITE_TITLE } from '../../lib/site-identity';
import { renderCard } from '../../lib/social-card';

export const getStaticPaths = getCardPaths;
type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props }) =>
  new Response(new Uint8Array(await renderCard(props.card, SITE_TITLE, props.page)), {
    headers: { 'Content-Type': 'image/png' },
  });
