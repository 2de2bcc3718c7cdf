/**
 * Pagefind ranks by the words on a page; it does not know that a document's
 * contracts have ended or that a search names a place. Two corrections, both
 * on top of Pagefind's score and only when sorting by relevance:
 *  - a document whose contract has run to its last possible end date (meta
 *    `looptTot`, the end of the contract's maxEnd) before today counts half:
 *    it is history, still found, but after current documents;
 *  - the page of a municipality or region named in the query counts double,
 *    so "dagbesteding wijchen" puts Wijchen's own page near the top.
 * "Today" comes from the reader's clock (as the timeline status does), so a
 * static build never goes stale.
 */
import { normaliseForm } from './synonyms.ts';

export const HISTORICAL_FACTOR = 0.5;
export const PLACE_FACTOR = 2;
const PLACE_TYPES = new Set(['Gemeente', 'Regio']);

export interface RankedMeta {
  title?: string | undefined;
  type?: string | undefined;
  /** ISO date (YYYY-MM-DD): the last day the document's contract can run, when the source makes that known. */
  looptTot?: string | undefined;
}

/** True when the document's contract ended before `today` (ISO date). */
export function isHistorical(meta: RankedMeta, today: string): boolean {
  return typeof meta.looptTot === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(meta.looptTot) && meta.looptTot < today;
}

/** True when this is a place page whose name the query contains as whole words. */
export function namesPlace(meta: RankedMeta, query: string): boolean {
  if (!meta.type || !PLACE_TYPES.has(meta.type) || !meta.title) return false;
  const name = normaliseForm(meta.title);
  return name !== '' && ` ${normaliseForm(query)} `.includes(` ${name} `);
}

export function rankFactor(meta: RankedMeta, query: string, today: string): number {
  return (isHistorical(meta, today) ? HISTORICAL_FACTOR : 1) * (namesPlace(meta, query) ? PLACE_FACTOR : 1);
}

/** Results re-ordered by score × factor; equal scores keep Pagefind's order. */
export function rerank<T extends { score: number; meta: RankedMeta }>(results: readonly T[], query: string, today: string): T[] {
  return results
    .map((result, index) => ({ result, index, score: result.score * rankFactor(result.meta, query, today) }))
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .map((r) => r.result);
}
