/**
 * Typo tolerance on top of Pagefind: when a search finds nothing, each word
 * of the query is replaced by the closest known word of the site (terms,
 * products, places), so "Bibop" still finds "Bibob".
 */
import { editDistance } from '../edit-distance.ts';

/** Allowed edits grow with word length: short words must be nearly exact. */
function maxEdits(length: number): number {
  if (length <= 3) return 0;
  if (length <= 6) return 1;
  return 2;
}

/** The corrected query, or null when every word is known or nothing is close enough. */
export function correctQuery(query: string, vocabulary: readonly string[]): string | null {
  const known = new Map(vocabulary.map((w) => [w.toLowerCase(), w]));
  let changed = false;
  const words = query.trim().split(/\s+/).filter(Boolean).map((word) => {
    const lower = word.toLowerCase();
    if (known.has(lower)) return word;
    let best: { word: string; distance: number } | null = null;
    for (const [candidate, original] of known) {
      if (Math.abs(candidate.length - lower.length) > 2) continue;
      const distance = editDistance(lower, candidate);
      if (distance <= maxEdits(lower.length) && (!best || distance < best.distance)) best = { word: original, distance };
    }
    if (!best) return word;
    changed = true;
    return best.word;
  });
  return changed ? words.join(' ') : null;
}

/** Words worth correcting to: every word of at least 4 letters in the given texts. */
export function vocabularyFrom(texts: readonly string[]): string[] {
  // One spelling per word: the most frequent one ("Bibob", not a single "BIBOB" in a heading).
  const counts = new Map<string, Map<string, number>>();
  for (const text of texts) {
    for (const w of text.match(/[\p{L}×]{4,}/gu) ?? []) {
      const variants = counts.get(w.toLowerCase()) ?? new Map<string, number>();
      variants.set(w, (variants.get(w) ?? 0) + 1);
      counts.set(w.toLowerCase(), variants);
    }
  }
  const words = [...counts.values()].map((variants) => [...variants].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'nl'))[0]![0]);
  return words.sort((a, b) => a.localeCompare(b, 'nl'));
}

/** The readable words of a built HTML page (scripts, styles and tags removed). */
export function wordsOfHtml(html: string): string {
  return html
    .replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>|<svg[\s\S]*?<\/svg>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&[a-z]+;|&#\d+;/g, ' ');
}
