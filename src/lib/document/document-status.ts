/**
 * The status of the document an item in a list comes from (a milestone on
 * /planning/ or a place page, a row on /percelen/), for the "Concept" badge
 * next to it. One lookup for every list, built once per page.
 */
import type { DocumentData, DocumentRecord } from './types.ts';

export type DocumentStatus = DocumentData['status'];

/**
 * Status by document slug. A slug that is not among the records counts as
 * final: the badge only warns about concepts, it never invents one.
 */
export function documentStatusLookup(records: readonly DocumentRecord[]): (slug: string) => DocumentStatus {
  const bySlug = new Map(records.map((r) => [r.slug, r.data.status]));
  return (slug) => bySlug.get(slug) ?? 'definitief';
}
