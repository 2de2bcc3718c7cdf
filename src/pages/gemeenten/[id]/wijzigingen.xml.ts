import type { APIRoute, GetStaticPaths } from 'astro';
import { atomResponse, feedPaths } from '../../../data/feeds.ts';

export const getStaticPaths: GetStaticPaths = () => feedPaths('gemeente');

export const GET: APIRoute = ({ params, site }) => atomResponse('gemeente', params.id, site!);
