import type { APIRoute } from 'astro';
import { siteContent } from '../../data/content.ts';
import { toRegionApiRecords } from '../../lib/places/regions-api.ts';

export const GET: APIRoute = async ({ site }) => {
  const { regios, gemeenten } = await siteContent();
  const regions = toRegionApiRecords(
    regios.map((r) => ({ id: r.id, name: r.data.name, municipalities: r.data.municipalities.map((m) => m.id) })),
    gemeenten.map((g) => ({ id: g.id, name: g.data.name, cbsCode: g.data.cbsCode })),
    site!.href,
  );
  return new Response(JSON.stringify({ count: regions.length, regios: regions }, null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
