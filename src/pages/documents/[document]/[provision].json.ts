import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { getProvisionJsonPaths } from '../../../lib/site-query';
import { provisionRecord } from '../../../lib/provision-record';
import { permalink } from '../../../lib/permalinks';

export const getStaticPaths = getProvisionJsonPaths;
type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props }) => Response.json(provisionRecord(props.provision, permalink));
