/**
 * Dutch month names and the label of one day ("1 januari 2025"). Its own tiny
 * module so that browser code which only needs a day label (the calculators)
 * does not load the whole period module (src/lib/period.ts re-exports both).
 */
import { parseIsoDate, type IsoDate } from './calendar-date.ts';

export const MONTHS_NL = [
  'januari', 'februari', 'maart', 'april', 'mei', 'juni',
  'juli', 'augustus', 'september', 'oktober', 'november', 'december',
] as const;

/** "1 januari 2025", or "1 januari" without the year. */
export function dayLabel(date: IsoDate, withYear = true): string {
  const parts = parseIsoDate(date)!;
  return `${parts.day} ${MONTHS_NL[parts.month - 1]}${withYear ? ` ${parts.year}` : ''}`;
}

/** Dutch label of a plain ISO date, e.g. "1 januari 2025". */
export function formatDate(date: IsoDate): string {
  return dayLabel(date);
}
