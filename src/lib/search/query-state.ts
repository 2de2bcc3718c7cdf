/**
 * The state of /zoeken/ in the URL (?q=…&regio=…&sort=datum), so searches are
 * shareable. Values are validated and length-capped; anything else is dropped
 * and reported, never interpreted as HTML.
 */
import { z } from 'zod';

export const SEARCH_FILTERS = ['regio', 'gemeente', 'soort', 'domein', 'jaar'] as const;
export type SearchFilter = (typeof SEARCH_FILTERS)[number];

export interface SearchState {
  q: string;
  sort: 'relevantie' | 'datum';
  filters: Partial<Record<SearchFilter, string>>;
}

const MAX_QUERY = 200;
const MAX_FILTER = 80;
const text = (max: number) => z.string().trim().max(max);

export function readSearchState(search: string): { state: SearchState; ignored: string[] } {
  const params = new URLSearchParams(search);
  const ignored: string[] = [];
  const q = text(MAX_QUERY).safeParse(params.get('q') ?? '');
  if (!q.success) ignored.push('q (te lang)');
  const sort = z.enum(['relevantie', 'datum']).safeParse(params.get('sort') ?? 'relevantie');
  if (!sort.success) ignored.push('sort');
  const filters: SearchState['filters'] = {};
  for (const name of SEARCH_FILTERS) {
    const value = params.get(name);
    if (value === null || value === '') continue;
    const parsed = text(MAX_FILTER).safeParse(value);
    if (parsed.success) filters[name] = parsed.data;
    else ignored.push(`${name} (te lang)`);
  }
  for (const key of new Set(params.keys())) {
    if (key !== 'q' && key !== 'sort' && !(SEARCH_FILTERS as readonly string[]).includes(key)) ignored.push(key);
  }
  return { state: { q: q.success ? q.data : '', sort: sort.success ? sort.data : 'relevantie', filters }, ignored };
}

export function writeSearchState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const name of SEARCH_FILTERS) {
    const value = state.filters[name];
    if (value) params.set(name, value);
  }
  if (state.sort !== 'relevantie') params.set('sort', state.sort);
  const query = params.toString();
  return query ? `?${query}` : '';
}
