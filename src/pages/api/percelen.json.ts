import type { APIRoute } from 'astro';
import { siteContent } from '../../data/content.ts';
import { offerRows } from '../../lib/document/offer-rows.ts';

/** The whole table of /percelen/ (all parts) as open data. */
export const GET: APIRoute = async ({ site }) => {
  const { records, names } = await siteContent();
  const rows = offerRows(records, names).map((r) => ({ ...r, url: new URL(`kaders/${r.documentSlug}/`, site!).href }));
  const body = { generated: 'Inkoopwijzer open data: percelen en producten van alle kaders', count: rows.length, rows };
  return new Response(JSON.stringify(body, null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
