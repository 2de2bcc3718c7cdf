/**
 * Short labels for the pages of a split overview (src/lib/overview-parts.ts):
 * what a page covers, so a reader can pick the right part without opening it.
 */
import type { OverviewPage } from './overview-parts.ts';

/** "2021–2023" for a page of timeline items (by start year), "2024" when it covers one year. */
export function planningPageLabel(page: OverviewPage<unknown>): string {
  const years = (page.items as { start: string }[]).map((i) => i.start.slice(0, 4));
  const first = years[0];
  const last = years.at(-1);
  if (!first || !last) return '';
  return first === last ? first : `${first}–${last}`;
}

/** "Kader A – Kader F" for a page of documents side by side; the one title when it holds one. */
export function documentsPageLabel(page: OverviewPage<unknown>): string {
  const titles = (page.items as { data: { shortTitle: string } }[]).map((r) => r.data.shortTitle);
  return titles.length > 1 ? `${titles[0]} – ${titles.at(-1)}` : (titles[0] ?? '');
}

/** Period of a page of change entries (newest first): "2025–2023", or one year. */
export function changesPageLabel(page: OverviewPage<unknown>): string {
  const years = (page.items as { date: { start: string } }[]).map((e) => e.date.start.slice(0, 4));
  const first = years[0];
  const last = years.at(-1);
  if (!first || !last) return '';
  return first === last ? first : `${first}–${last}`;
}
