/**
 * Shared logic of the list filters (/percelen/, /planning/): each select
 * filters rows on a space-separated data attribute; the choice lives in the
 * URL (read and written with src/lib/url-state.ts). DOM-light on purpose so
 * it can be unit tested with plain objects.
 */
import { type ValueSpec, describeIgnored, readUrlState, writeUrlState } from './url-state.ts';

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

/** Restores select values from the query string; returns one Dutch sentence per ignored parameter. */
export function readFilterParams(search: string, selects: FilterSelect[]): string[] {
  const specs: Record<string, ValueSpec> = {};
  for (const select of selects) {
    const choices = Array.from(select.options, (o) => o.value).filter((value) => value !== '');
    specs[select.name] = { kind: 'text', oneOf: choices, expected: 'keuze in dit overzicht' };
  }
  const { values, ignored } = readUrlState(search, specs);
  for (const select of selects) {
    const value = values[select.name];
    if (value !== undefined) select.value = value;
  }
  return describeIgnored(ignored, 'dit overzicht');
}

/** The address of the list with the chosen filters ("/percelen/?gemeente=heumen", or the bare path). */
export function writeFilterParams(pathname: string, selects: FilterSelect[]): string {
  const values = Object.fromEntries(selects.map((s) => [s.name, s.value]));
  return `${pathname}${writeUrlState(values, selects.map((s) => s.name))}`;
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
