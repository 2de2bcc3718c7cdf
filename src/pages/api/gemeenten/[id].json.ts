import type { APIRoute, GetStaticPaths } from 'astro';
import { siteContent } from '../../../data/content.ts';
import { toMunicipalityApiRecord } from '../../../lib/places/api-record.ts';

export const getStaticPaths: GetStaticPaths = async () => {
  const { gemeenten } = await siteContent();
  return gemeenten.map((g) => ({ params: { id: g.id } }));
};

export const GET: APIRoute = async ({ params, site }) => {
  const { gemeenten, regios, records, names } = await siteContent();
  const entry = gemeenten.find((g) => g.id === params.id)!;
  const regions = regios.filter((r) => r.data.municipalities.some((m) => m.id === entry.id)).map((r) => ({ id: r.id, name: r.data.name }));
  const record = toMunicipalityApiRecord({ id: entry.id, ...entry.data }, regions, records, names, site!.href);
  return new Response(JSON.stringify(record, null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
