import type { APIRoute, GetStaticPaths } from 'astro';
import { siteContent } from '../../../data/content.ts';
import { timelineCalendar } from '../../../lib/ical.ts';
import { documentTimeline } from '../../../lib/timeline.ts';

export const getStaticPaths: GetStaticPaths = async () => {
  const { records } = await siteContent();
  return records.map((r) => ({ params: { slug: r.slug } }));
};

export const GET: APIRoute = async ({ params, site }) => {
  const { records, names } = await siteContent();
  const record = records.find((r) => r.slug === params.slug)!;
  const body = timelineCalendar(documentTimeline(record, names), {
    name: `Planning: ${record.data.shortTitle}`,
    description: `Mijlpalen en contractperiodes uit ${record.data.title} (Inkoopwijzer)`,
    siteUrl: site!.href,
    stamp: record.data.published.start,
  });
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
