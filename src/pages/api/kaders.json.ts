import type { APIRoute } from 'astro';
import { siteContent } from '../../data/content.ts';
import { toApiRecord } from '../../lib/document/api-record.ts';

export const GET: APIRoute = async ({ site }) => {
  const { records, names, chapters, history } = await siteContent();
  const body = { generated: 'Inkoopwijzer open data', count: records.length, kaders: records.map((r) => toApiRecord(r, names, site!.href, chapters.get(r.slug), history.get(r.slug))) };
  return new Response(JSON.stringify(body, null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
