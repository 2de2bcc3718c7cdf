import type { APIRoute } from 'astro';
import { siteContent } from '../data/content.ts';
import { timelineCalendar } from '../lib/ical.ts';
import { siteTimeline } from '../lib/timeline.ts';

export const GET: APIRoute = async ({ site }) => {
  const { records, names } = await siteContent();
  const newest = records.map((r) => r.data.published.start).sort().at(-1) ?? '2024-01-01';
  const body = timelineCalendar(siteTimeline(records, names), {
    name: 'Inkoopwijzer: planning van alle kaders',
    description: 'Mijlpalen en contractperiodes van alle inkoopkaders op Inkoopwijzer',
    siteUrl: site!.href,
    stamp: newest,
  });
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
