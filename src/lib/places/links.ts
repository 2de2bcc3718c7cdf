/**
 * Which overview links make sense for a place: /percelen/<regio>/?gemeente=…
 * only when that municipality is an option there, /planning/<regio>/ only for
 * regions with dated items (the overviews are split into parts per region).
 */
import type { DocumentRecord, NameIndex } from '../document/types.ts';
import { documentTimeline } from '../timeline.ts';
import { offersFor } from './coverage.ts';

/** Whether /percelen/ lists this municipality in its filter (it lists those with at least one row). */
export function inPercelenFilter(documents: readonly DocumentRecord[], names: NameIndex, municipalityId: string): boolean {
  return documents.some((d) => offersFor(d, names, [municipalityId]).length > 0);
}

/** Regions that have a part in /planning/ (src/data/overviews.ts), among the regions of these documents. */
export function planningRegions(documents: readonly DocumentRecord[], names: NameIndex): string[] {
  return [...new Set(documents.filter((d) => documentTimeline(d, names).length > 0).map((d) => d.data.region.id))];
}
