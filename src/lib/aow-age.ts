/**
 * AOW age from a date of birth, with the table from content/referentie/
 * aow-leeftijd.yaml. You reach the AOW age on the day you are exactly that
 * old: born 15 mei 1958, AOW age 67 → 15 mei 2025. A day that does not exist
 * in the target month is clamped to the month's last day (born 29 februari).
 */
import { type IsoDate, addMonths, compareDates } from './calendar-date.ts';

export interface AowRow {
  /** First birth date of the range; absent for the oldest range. */
  readonly from?: IsoDate;
  /** Last birth date of the range, inclusive. */
  readonly to: IsoDate;
  readonly years: number;
  readonly months: number;
}

export interface AowTable {
  readonly rows: readonly AowRow[];
  readonly after: { readonly atLeastYears: number; readonly atLeastMonths: number };
}

export type AowAge =
  | { readonly known: true; readonly years: number; readonly months: number; readonly date: IsoDate }
  /** Born after the last row: the AOW age is not fixed yet; it is at least this. */
  | { readonly known: false; readonly atLeastYears: number; readonly atLeastMonths: number; readonly earliestDate: IsoDate };

export function aowAgeFor(birth: IsoDate, table: AowTable): AowAge {
  for (const row of table.rows) {
    const afterStart = row.from === undefined || compareDates(birth, row.from) >= 0;
    if (afterStart && compareDates(birth, row.to) <= 0) {
      return { known: true, years: row.years, months: row.months, date: addMonths(birth, row.years * 12 + row.months) };
    }
  }
  const { atLeastYears, atLeastMonths } = table.after;
  return { known: false, atLeastYears, atLeastMonths, earliestDate: addMonths(birth, atLeastYears * 12 + atLeastMonths) };
}

/** Completed years and months of age on a date (0 before the birth date). */
export function ageOn(birth: IsoDate, on: IsoDate): { readonly years: number; readonly months: number } {
  if (compareDates(on, birth) < 0) return { years: 0, months: 0 };
  const [by, bm] = birth.split('-').map(Number) as [number, number, number];
  const [oy, om] = on.split('-').map(Number) as [number, number, number];
  let total = (oy - by) * 12 + (om - bm);
  // Not yet reached this month's "birthday" (with month-end clamping).
  if (compareDates(addMonths(birth, total), on) > 0) total -= 1;
  return { years: Math.floor(total / 12), months: total % 12 };
}

/** "67 jaar", "66 jaar en 4 maanden". */
export function formatAge(years: number, months: number): string {
  if (months === 0) return `${years} jaar`;
  return `${years} jaar en ${months} ${months === 1 ? 'maand' : 'maanden'}`;
}
