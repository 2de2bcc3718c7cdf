/**
 * Calendar dates as ISO strings (YYYY-MM-DD), with no time zone involved.
 *
 * Procurement dates are civil dates ("1 januari 2025"), not instants, so all
 * arithmetic happens on year/month/day numbers through UTC to avoid DST and
 * local-time surprises between the build machine and a visitor's browser.
 */

export type IsoDate = string;

export interface DateParts {
  year: number;
  month: number; // 1-12
  day: number; // 1-31
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Parses a strict ISO date and rejects impossible ones such as 2025-02-30. */
export function parseIsoDate(text: string): DateParts | null {
  const match = ISO_DATE.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12) return null;
  if (day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

export function isIsoDate(text: string): boolean {
  return parseIsoDate(text) !== null;
}

export function toIsoDate({ year, month, day }: DateParts): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function requireParts(date: IsoDate): DateParts {
  const parts = parseIsoDate(date);
  if (!parts) throw new RangeError(`Geen geldige datum: '${date}' (verwacht JJJJ-MM-DD)`);
  return parts;
}

function fromUtc(ms: number): IsoDate {
  const d = new Date(ms);
  return toIsoDate({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() });
}

function toUtc(date: IsoDate): number {
  const { year, month, day } = requireParts(date);
  return Date.UTC(year, month - 1, day);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromUtc(toUtc(date) + days * 86_400_000);
}

/**
 * Adds whole months; a day that does not exist in the target month is clamped
 * to its last day (31 januari + 1 maand = 28/29 februari), as contract terms do.
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const { year, month, day } = requireParts(date);
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = (index % 12) + 1;
  return toIsoDate({
    year: targetYear,
    month: targetMonth,
    day: Math.min(day, daysInMonth(targetYear, targetMonth)),
  });
}

export function compareDates(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Whole days from a to b (positive when b is later). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return Math.round((toUtc(b) - toUtc(a)) / 86_400_000);
}

/** Monday of ISO week `week` of ISO year `year`. */
export function isoWeekMonday(year: number, week: number): IsoDate {
  // 4 January is always in ISO week 1.
  const jan4 = Date.UTC(year, 0, 4);
  const jan4Weekday = (new Date(jan4).getUTCDay() + 6) % 7; // Monday = 0
  return fromUtc(jan4 - jan4Weekday * 86_400_000 + (week - 1) * 7 * 86_400_000);
}

export function isoWeeksInYear(year: number): number {
  // A year has 53 ISO weeks when 28 December falls in week 53.
  const dec28 = toIsoDate({ year, month: 12, day: 28 });
  const monday = isoWeekMonday(year, 53);
  return compareDates(monday, dec28) <= 0 ? 53 : 52;
}

export function lastDayOfMonth(year: number, month: number): IsoDate {
  return toIsoDate({ year, month, day: daysInMonth(year, month) });
}

/** Today's civil date in the Netherlands, whatever the machine's time zone. */
export function todayInAmsterdam(now: Date = new Date()): IsoDate {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Amsterdam',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
  return parts;
}
