/**
 * One search as the site runs it. Pagefind matches loosely: "Bibop" finds
 * pages with a "B…" word. So after searching, each query word is checked
 * against the highlighted words of the top results; a word that was not
 * really found, and is one or two letters away from a word on the site, is
 * taken as a typo: the corrected query is searched and shown instead.
 * Shared by the search page and the search-quality test, so the test
 * measures what users get.
 */
import { correctQuery } from './spelling.ts';

export interface SearchResultData {
  url: string;
  excerpt: string;
}

export interface SearchApi<D extends SearchResultData> {
  search(term: string | null, options?: Record<string, unknown>): Promise<{ results: { data(): Promise<D> }[] }>;
}

const LOADED = 50;
const CHECKED = 5;

function normalise(word: string): string {
  return word.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

/** Query words (4+ letters) that no highlighted word in the excerpts really matches. */
export function unmatchedWords(query: string, excerpts: readonly string[]): string[] {
  const marked = excerpts.flatMap((e) => [...e.matchAll(/<mark>(.*?)<\/mark>/g)].flatMap((m) => m[1]!.split(/[\s-]+/).map(normalise)));
  return query
    .split(/\s+/)
    .map(normalise)
    .filter((word) => word.length >= 4)
    .filter((word) => {
      const stem = word.slice(0, Math.max(4, Math.ceil(word.length * 0.75)));
      return !marked.some((m) => m.startsWith(stem) || (m.length >= stem.length && word.startsWith(m)));
    });
}

async function load<D extends SearchResultData>(api: SearchApi<D>, query: string | null, options: Record<string, unknown>) {
  const search = await api.search(query, options);
  const data = await Promise.all(search.results.slice(0, LOADED).map((r) => r.data()));
  return { data, total: search.results.length };
}

export async function runSearch<D extends SearchResultData>(
  api: SearchApi<D>,
  query: string | null,
  options: Record<string, unknown>,
  vocabulary: () => Promise<readonly string[]>,
): Promise<{ data: D[]; total: number; correctedTo: string | null }> {
  const plain = await load(api, query, options);
  if (!query) return { ...plain, correctedTo: null };
  const unmatched = unmatchedWords(query, plain.data.slice(0, CHECKED).map((d) => d.excerpt));
  if (unmatched.length === 0) return { ...plain, correctedTo: null };
  const corrected = correctQuery(query, await vocabulary());
  if (corrected) {
    const fixed = await load(api, corrected, options);
    if (fixed.total > 0) return { ...fixed, correctedTo: corrected };
  }
  return { ...plain, correctedTo: null };
}
