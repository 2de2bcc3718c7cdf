import type { APIRoute, GetStaticPaths } from 'astro';
import { feedPaths, icalResponse } from '../../../data/feeds.ts';

export const getStaticPaths: GetStaticPaths = () => feedPaths('regio');

export const GET: APIRoute = ({ params, site }) => icalResponse('regio', params.id, site!);
