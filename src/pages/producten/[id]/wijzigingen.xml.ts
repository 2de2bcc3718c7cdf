import type { APIRoute, GetStaticPaths } from 'astro';
import { atomResponse, feedPaths } from '../../../data/feeds.ts';

export const getStaticPaths: GetStaticPaths = () => feedPaths('product');

export const GET: APIRoute = ({ params, site }) => atomResponse('product', params.id, site!);
