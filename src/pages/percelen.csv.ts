import type { APIRoute } from 'astro';
import { siteContent } from '../data/content.ts';
import { offerCsvRows } from '../lib/overview-data.ts';
import { offerRows } from '../lib/document/offer-rows.ts';
import { toCsv } from '../lib/csv.ts';

/** The whole table of /percelen/ (all parts) as one CSV file. */
export const GET: APIRoute = async ({ site }) => {
  const { records, names } = await siteContent();
  const { header, rows } = offerCsvRows(offerRows(records, names), names, site!.href);
  return new Response(toCsv(header, rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
