import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { permalink } from '../../../lib/permalinks';
import { provisionRecord } from '../../../lib/provision-record';
import { getProvisionPaths, provisionOf } from '../../../lib/routes';

export const getStaticPaths = getProvisionPaths;
type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props }) =>
  Response.json(provisionRecord((await provisionOf(props.id)).provision, permalink));
