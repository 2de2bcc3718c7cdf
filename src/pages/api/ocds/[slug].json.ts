import type { APIRoute, GetStaticPaths } from 'astro';
import { siteContent } from '../../../data/content.ts';
import { json, sitePackages } from '../../../data/ocds.ts';

export const getStaticPaths: GetStaticPaths = async () => {
  const { records } = await siteContent();
  return records.map((r) => ({ params: { slug: r.slug } }));
};

/** One document as an OCDS 1.1.5 release package. */
export const GET: APIRoute = async ({ params, site }) => {
  const pkg = (await sitePackages(site!.href)).packages.get(params.slug!);
  if (!pkg) throw new Error(`/api/ocds/${params.slug}.json: geen OCDS-pakket voor dit document`);
  return json(pkg);
};
