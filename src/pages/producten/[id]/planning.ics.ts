import type { APIRoute, GetStaticPaths } from 'astro';
import { feedPaths, icalResponse } from '../../../data/feeds.ts';

export const getStaticPaths: GetStaticPaths = () => feedPaths('product');

export const GET: APIRoute = ({ params, site }) => icalResponse('product', params.id, site!);
