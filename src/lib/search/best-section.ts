/**
 * Which section of a result to link to: the one where the search words occur
 * most often, so a search for "Bibob" lands on the Bibob paragraph rather than
 * on the page's summary.
 */
export interface SectionCandidate {
  url: string;
  title: string;
  excerpt: string;
  locations?: number[];
}

export function bestSection<T extends SectionCandidate>(pageUrl: string, sections: readonly T[] | undefined): T | undefined {
  if (!sections?.length) return undefined;
  let best: T | undefined;
  for (const section of sections) {
    const hits = section.locations?.length ?? 0;
    const bestHits = best?.locations?.length ?? 0;
    // Prefer a real section over the page top on a tie.
    if (!best || hits > bestHits || (hits === bestHits && best.url === pageUrl && section.url !== pageUrl)) best = section;
  }
  return best;
}
