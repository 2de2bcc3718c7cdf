import type { APIRoute } from 'astro';
import { siteContent } from '../data/content.ts';
import { planningRows } from '../lib/overview-data.ts';
import { toCsv } from '../lib/csv.ts';
import { siteTimeline } from '../lib/timeline.ts';

/** The whole planning of /planning/ (all parts) as one CSV file. */
export const GET: APIRoute = async ({ site }) => {
  const { records, names } = await siteContent();
  const { header, rows } = planningRows(siteTimeline(records, names), site!.href);
  return new Response(toCsv(header, rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
