/** The slice of Pagefind's browser API that the search page uses, loaded only when someone searches. */
export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  /** Word positions of the matches in this section. */
  locations?: number[];
}

export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results?: PagefindSubResult[];
}

export interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  search(term: string | null, options?: { filters?: Record<string, string>; sort?: Record<string, 'asc' | 'desc'> }): Promise<{
    results: { id: string; score: number; data(): Promise<PagefindResultData> }[];
  }>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

let loading: Promise<PagefindApi> | undefined;

export function loadPagefind(): Promise<PagefindApi> {
  // A runtime URL, not bundled: the index is written after the site build.
  const url = '/pagefind/pagefind.js';
  loading ??= import(/* @vite-ignore */ url).then(async (api: PagefindApi) => {
    await api.options({ excerptLength: 24 });
    return api;
  });
  return loading;
}
