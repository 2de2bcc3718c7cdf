import type { APIRoute } from 'astro';
import { json, sitePackages } from '../../data/ocds.ts';

/** All documents as one OCDS 1.1.5 release package (one release per document). */
export const GET: APIRoute = async ({ site }) => json((await sitePackages(site!.href)).all);
