import type { APIRoute } from 'astro';
import { siteContent } from '../../data/content.ts';
import { siteTimeline } from '../../lib/timeline.ts';

/** The whole planning of /planning/ (all parts) as open data. */
export const GET: APIRoute = async ({ site }) => {
  const { records, names } = await siteContent();
  const items = siteTimeline(records, names).map((i) => ({ ...i, url: new URL(`kaders/${i.documentSlug}/`, site!).href }));
  const body = { generated: 'Inkoopwijzer open data: planning van alle kaders', count: items.length, items };
  return new Response(JSON.stringify(body, null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
