import type { APIRoute, GetStaticPaths } from 'astro';
import { siteContent } from '../../../data/content.ts';
import { toApiRecord } from '../../../lib/document/api-record.ts';

export const getStaticPaths: GetStaticPaths = async () => {
  const { records } = await siteContent();
  return records.map((r) => ({ params: { slug: r.slug } }));
};

export const GET: APIRoute = async ({ params, site }) => {
  const { records, names, chapters, history } = await siteContent();
  const record = records.find((r) => r.slug === params.slug)!;
  return new Response(JSON.stringify(toApiRecord(record, names, site!.href, chapters.get(record.slug), history.get(record.slug)), null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
