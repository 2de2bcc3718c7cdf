import type { APIRoute } from 'astro';
import { contentJsonSchema } from '../../lib/document/json-schema.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(contentJsonSchema(), null, 2), { headers: { 'Content-Type': 'application/schema+json; charset=utf-8' } });
