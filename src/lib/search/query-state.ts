/**
 * The state of /zoeken/ in the URL (?q=…&regio=…&sort=datum), so searches are
 * shareable. Reading, limits and the Dutch notices are those of
 * src/lib/url-state.ts; values are only ever shown as text.
 */
import { describeIgnored, oneOfParam, readUrlState, textParam, writeUrlState } from '../url-state.ts';

export const SEARCH_FILTERS = ['regio', 'gemeente', 'soort', 'domein', 'jaar'] as const;
export type SearchFilter = (typeof SEARCH_FILTERS)[number];

export interface SearchState {
  q: string;
  sort: 'relevantie' | 'datum';
  filters: Partial<Record<SearchFilter, string>>;
}

const SORTS = ['relevantie', 'datum'] as const;
const SPECS = {
  q: textParam,
  regio: textParam,
  gemeente: textParam,
  soort: textParam,
  domein: textParam,
  jaar: textParam,
  sort: oneOfParam(SORTS),
} as const;
const ORDER = ['q', ...SEARCH_FILTERS, 'sort'] as const;

/** The state from a query string, and one Dutch sentence per ignored parameter. */
export function readSearchState(search: string): { state: SearchState; ignored: string[] } {
  const { values, ignored } = readUrlState(search, SPECS);
  const filters: SearchState['filters'] = {};
  for (const name of SEARCH_FILTERS) {
    const value = values[name];
    if (value) filters[name] = value;
  }
  const sort = values.sort === 'datum' ? 'datum' : 'relevantie';
  return { state: { q: values.q ?? '', sort, filters }, ignored: describeIgnored(ignored, 'deze zoekpagina') };
}

export function writeSearchState(state: SearchState): string {
  return writeUrlState({ q: state.q, ...state.filters, sort: state.sort === 'relevantie' ? undefined : state.sort }, ORDER);
}

/**
 * The summary line of the folded filters on /zoeken/: "Filters", "Filters (2 actief)", and the order when it
 * is not the default ("Filters (1 actief) · nieuwste eerst"), so a shared link never sorts or filters unseen.
 */
export function filterSummary(state: Pick<SearchState, 'sort' | 'filters'>): string {
  const active = SEARCH_FILTERS.filter((name) => state.filters[name]).length;
  return `Filters${active > 0 ? ` (${active} actief)` : ''}${state.sort === 'datum' ? ' · nieuwste eerst' : ''}`;
}
