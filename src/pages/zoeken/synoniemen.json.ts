/**
 * /zoeken/synoniemen.json: the glossary's other forms and residents' words
 * for its terms, as a table for the search page (fetched with the first
 * search). Built from content/begrippen/; authors extend it there.
 */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { synonymTable } from '../../lib/search/synonyms.ts';

export const GET: APIRoute = async () => {
  const terms = (await getCollection('begrippen')).map((entry) => entry.data);
  return new Response(JSON.stringify(synonymTable(terms)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
