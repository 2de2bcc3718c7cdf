/**
 * Shared logic of the list filters (/percelen/, /planning/): each select
 * filters rows on a space-separated data attribute; the choice lives in the
 * URL. DOM-light on purpose so it can be unit tested with plain objects.
 */
export interface FilterSelect {
  name: string;
  value: string;
  options: ArrayLike<{ value: string }>;
}

export interface FilterRow {
  /** HTMLElement.hidden (the DOM also allows 'until-found'). */
  hidden: boolean | string;
  dataset: DOMStringMap | Record<string, string | undefined>;
}

/** Restores select values from the query string; unknown values are ignored. */
export function readFilterParams(search: string, selects: FilterSelect[]): void {
  const params = new URLSearchParams(search);
  for (const select of selects) {
    const wanted = params.get(select.name);
    if (wanted !== null && Array.from(select.options).some((o) => o.value === wanted)) select.value = wanted;
  }
}

export function writeFilterParams(pathname: string, selects: FilterSelect[]): string {
  const params = new URLSearchParams();
  for (const select of selects) if (select.value) params.set(select.name, select.value);
  const query = params.toString();
  return query ? `${pathname}?${query}` : pathname;
}

/** Hides rows that do not match every chosen filter; returns how many stay visible. */
export function applyFilters(rows: FilterRow[], selects: FilterSelect[], fields: Record<string, string>): number {
  let shown = 0;
  for (const row of rows) {
    const visible = selects.every((s) => {
      const field = fields[s.name];
      return !s.value || !field || (row.dataset[field] ?? '').split(' ').includes(s.value);
    });
    row.hidden = !visible;
    if (visible) shown++;
  }
  return shown;
}
