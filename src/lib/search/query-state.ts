/**
 * The state of /zoeken/ in the URL (?q=…&regio=…&sort=datum), so searches are
 * shareable. Values are trimmed and length-capped; anything else is dropped
 * and reported, never interpreted as HTML. Plain checks instead of a schema
 * library: this runs in the browser, where every kilobyte counts.
 */
export const SEARCH_FILTERS = ['regio', 'gemeente', 'soort', 'domein', 'jaar'] as const;
export type SearchFilter = (typeof SEARCH_FILTERS)[number];

export interface SearchState {
  q: string;
  sort: 'relevantie' | 'datum';
  filters: Partial<Record<SearchFilter, string>>;
}

const MAX_QUERY = 200;
const MAX_FILTER = 80;

export function readSearchState(search: string): { state: SearchState; ignored: string[] } {
  const params = new URLSearchParams(search);
  const ignored: string[] = [];
  let q = (params.get('q') ?? '').trim();
  if (q.length > MAX_QUERY) {
    ignored.push('q (te lang)');
    q = '';
  }
  const sortParam = params.get('sort') ?? 'relevantie';
  const sort = sortParam === 'datum' || sortParam === 'relevantie' ? sortParam : 'relevantie';
  if (sort !== sortParam) ignored.push('sort');
  const filters: SearchState['filters'] = {};
  for (const name of SEARCH_FILTERS) {
    const value = (params.get(name) ?? '').trim();
    if (!value) continue;
    if (value.length > MAX_FILTER) ignored.push(`${name} (te lang)`);
    else filters[name] = value;
  }
  for (const key of new Set(params.keys())) {
    if (key !== 'q' && key !== 'sort' && !(SEARCH_FILTERS as readonly string[]).includes(key)) ignored.push(key);
  }
  return { state: { q, sort, filters }, ignored };
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
