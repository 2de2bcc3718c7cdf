import type { APIRoute, GetStaticPaths } from 'astro';
import { feedPaths, icalResponse } from '../../../data/feeds.ts';

export const getStaticPaths: GetStaticPaths = () => feedPaths('gemeente');

export const GET: APIRoute = ({ params, site }) => icalResponse('gemeente', params.id, site!);
