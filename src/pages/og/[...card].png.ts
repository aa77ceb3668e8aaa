import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { cardWorker } from 'virtual:site/config';
import { cardDrawing } from '../../cards/social-card';
import { getCardPaths } from '../../lib/routes';
import { SITE_TITLE } from '../../lib/site-identity';

export const getStaticPaths = getCardPaths;
type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props }) =>
  new Response(new Uint8Array(await cardDrawing(cardWorker).render(props.card, SITE_TITLE, props.page)), {
    headers: { 'Content-Type': 'image/png' },
  });
