import type { APIRoute, GetStaticPaths } from 'astro';
import { atomResponse, feedPaths } from '../../../data/feeds.ts';

export const getStaticPaths: GetStaticPaths = () => feedPaths('regio');

export const GET: APIRoute = ({ params, site }) => atomResponse('regio', params.id, site!);
