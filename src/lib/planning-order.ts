/**
 * The order of /planning/ once the browser knows today's date: what runs now
 * or is still to come first, earliest first; then what has passed, most
 * recent first. Without JavaScript the page keeps the plain date order. Tiny
 * and dependency-free: it runs in the browser.
 */
export interface DatedItem {
  start: string;
  end: string;
}

export interface PlanningOrder {
  /** Indexes of items that end today or later, by start, then end. */
  upcoming: number[];
  /** Indexes of items that ended before today, the latest end first. */
  past: number[];
}

/** ISO dates compare as strings; ties keep the original order. */
export function upcomingFirst(items: readonly DatedItem[], today: string): PlanningOrder {
  const indexes = items.map((_, i) => i);
  const upcoming = indexes
    .filter((i) => items[i]!.end >= today)
    .sort((a, b) => cmp(items[a]!.start, items[b]!.start) || cmp(items[a]!.end, items[b]!.end) || a - b);
  const past = indexes
    .filter((i) => items[i]!.end < today)
    .sort((a, b) => cmp(items[b]!.end, items[a]!.end) || cmp(items[b]!.start, items[a]!.start) || a - b);
  return { upcoming, past };
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
