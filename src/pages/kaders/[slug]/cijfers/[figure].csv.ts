import type { APIRoute, GetStaticPaths } from 'astro';
import { siteContent } from '../../../../data/content.ts';
import { figureCsv } from '../../../../lib/chart.ts';

export const getStaticPaths: GetStaticPaths = async () => {
  const { records } = await siteContent();
  return records.flatMap((r) => r.data.figures.map((f) => ({ params: { slug: r.slug, figure: f.id }, props: { figure: f } })));
};

export const GET: APIRoute = ({ props }) =>
  new Response(figureCsv(props.figure), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
