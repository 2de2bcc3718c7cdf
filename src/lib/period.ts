/**
 * Periods with honest precision: a planning milestone is "23 april 2024",
 * "week van 15 april 2024", "september/oktober 2024" or "Q2 en Q3 2025",
 * never a false exact date. Authors write a compact notation; this module
 * turns it into a start date, an end date and a Dutch label.
 *
 * Notation (all parts in ISO style):
 *   2024-04-23        a day                 2024-05-21T12:00  a day with a time
 *   2024-W16          an ISO week           2024-05           a month
 *   2024-Q3           a quarter             2024              a year
 *   A/B               a span from the start of A to the end of B,
 *                     e.g. 2024-09/2024-10 or 2025-Q2/2025-Q3
 *   A, B              separate dates that are no span ("26 sept./24 okt. 2024"),
 *                     e.g. 2024-09-26, 2024-10-24
 *   begin-2026, medio-2025, eind-2025
 *                     part of a year, as vague as the source ("eind 2025" is
 *                     not the fourth quarter); it covers the whole year for
 *                     sorting and shows its own words
 *
 * A period can carry what the author inferred (`inferred`): a year the source
 * leaves out, a month read from a planning table. Labels then say so.
 */
import {
  addDays,
  compareDates,
  isoWeekMonday,
  isoWeeksInYear,
  lastDayOfMonth,
  parseIsoDate,
  toIsoDate,
  type IsoDate,
} from './calendar-date.ts';
import { dayLabel, MONTHS_NL } from './day-label.ts';

export const PRECISIONS = ['datetime', 'day', 'week', 'month', 'quarter', 'year', 'span', 'dates'] as const;
export type Precision = (typeof PRECISIONS)[number];

/** Part of a year as the source words it ("eind 2025"). */
export const YEAR_PARTS = ['begin', 'medio', 'eind'] as const;
export type YearPart = (typeof YEAR_PARTS)[number];

/** Which part of a date the author filled in where the source is silent. */
export const INFERRED_PARTS = ['jaar', 'maand', 'dag', 'datum'] as const;
export type InferredPart = (typeof INFERRED_PARTS)[number];

export interface Inferred {
  part: InferredPart;
  /** Why the author thinks so, e.g. "de sessie ging vooraf aan de bijeenkomst van 25 april 2024". */
  reason: string;
}

export interface Period {
  /** The notation as written by the author. */
  notation: string;
  precision: Precision;
  start: IsoDate;
  end: IsoDate;
  /** Local time (Europe/Amsterdam) for datetime precision, e.g. "12:00". */
  time?: string;
  /** For year precision: the part of the year the source names ("eind 2025"). */
  yearPart?: YearPart;
  /** For 'dates': the separate dates, in order. */
  dates?: Period[];
  /** What the author inferred where the source is silent. */
  inferred?: Inferred;
}

export type PeriodResult = { ok: true; period: Period } | { ok: false; error: string };

export { MONTHS_NL, formatDate } from './day-label.ts';

const EXAMPLES = "2024-04-23, 2024-05-21T12:00, 2024-W16, 2024-05, 2024-Q3, 2024, eind-2025, een periode als 2024-09/2024-10 of losse data als 2024-09-26, 2024-10-24";

function fail(text: string, why?: string): PeriodResult {
  return {
    ok: false,
    error: `verwacht een datum of periode zoals ${EXAMPLES}; kreeg '${text}'${why ? ` (${why})` : ''}`,
  };
}

function parseSingle(text: string): PeriodResult {
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(text))) {
    const date = `${m[1]}-${m[2]}-${m[3]}`;
    const hours = Number(m[4]);
    const minutes = Number(m[5]);
    if (!parseIsoDate(date)) return fail(text, 'deze dag bestaat niet');
    if (hours > 23 || minutes > 59) return fail(text, 'ongeldige tijd');
    return { ok: true, period: { notation: text, precision: 'datetime', start: date, end: date, time: `${m[4]}:${m[5]}` } };
  }
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) {
    if (!parseIsoDate(text)) return fail(text, 'deze dag bestaat niet');
    return { ok: true, period: { notation: text, precision: 'day', start: text, end: text } };
  }
  if ((m = /^(\d{4})-W(\d{2})$/.exec(text))) {
    const year = Number(m[1]);
    const week = Number(m[2]);
    if (week < 1 || week > isoWeeksInYear(year)) return fail(text, `week ${week} bestaat niet in ${year}`);
    const start = isoWeekMonday(year, week);
    return { ok: true, period: { notation: text, precision: 'week', start, end: addDays(start, 6) } };
  }
  if ((m = /^(\d{4})-(\d{2})$/.exec(text))) {
    const year = Number(m[1]);
    const month = Number(m[2]);
    if (month < 1 || month > 12) return fail(text, `maand ${month} bestaat niet`);
    return {
      ok: true,
      period: { notation: text, precision: 'month', start: toIsoDate({ year, month, day: 1 }), end: lastDayOfMonth(year, month) },
    };
  }
  if ((m = /^(\d{4})-Q([1-4])$/.exec(text))) {
    const year = Number(m[1]);
    const quarter = Number(m[2]);
    const firstMonth = (quarter - 1) * 3 + 1;
    return {
      ok: true,
      period: {
        notation: text,
        precision: 'quarter',
        start: toIsoDate({ year, month: firstMonth, day: 1 }),
        end: lastDayOfMonth(year, firstMonth + 2),
      },
    };
  }
  if ((m = /^(\d{4})$/.exec(text))) {
    return { ok: true, period: { notation: text, precision: 'year', start: `${m[1]}-01-01`, end: `${m[1]}-12-31` } };
  }
  if ((m = /^(begin|medio|eind)-(\d{4})$/.exec(text))) {
    return { ok: true, period: { notation: text, precision: 'year', start: `${m[2]}-01-01`, end: `${m[2]}-12-31`, yearPart: m[1] as YearPart } };
  }
  return fail(text);
}

function parseDates(text: string): PeriodResult {
  const dates: Period[] = [];
  for (const part of text.split(',').map((p) => p.trim())) {
    const single = parseSingle(part);
    if (!single.ok) return single;
    if (single.period.precision !== 'day' && single.period.precision !== 'datetime') return fail(text, 'losse data zijn dagen, zoals 2024-09-26, 2024-10-24');
    const previous = dates.at(-1);
    if (previous && compareDates(single.period.start, previous.start) <= 0) return fail(text, 'zet de data op volgorde, zonder dubbele');
    dates.push(single.period);
  }
  return { ok: true, period: { notation: text, precision: 'dates', start: dates[0]!.start, end: dates.at(-1)!.end, dates } };
}

/** Parses the notation; never throws. */
export function parsePeriod(input: string): PeriodResult {
  const text = input.trim();
  if (text === '') return fail(input, 'leeg');
  if (text.includes(',')) {
    if (text.includes('/')) return fail(text, 'een periode (A/B) en losse data (A, B) gaan niet samen');
    return parseDates(text);
  }
  const parts = text.split('/');
  if (parts.length === 1) return parseSingle(text);
  if (parts.length !== 2) return fail(text, 'een periode heeft precies één schuine streep');
  const first = parseSingle(parts[0]!.trim());
  const last = parseSingle(parts[1]!.trim());
  if (!first.ok) return first;
  if (!last.ok) return last;
  if (compareDates(last.period.end, first.period.start) < 0) {
    return fail(text, 'het einde ligt vóór het begin');
  }
  return {
    ok: true,
    period: {
      notation: text,
      precision: 'span',
      start: first.period.start,
      end: last.period.end,
    },
  };
}

/** Parses or throws a RangeError with the Dutch message (for trusted content). */
export function period(notation: string): Period {
  const result = parsePeriod(notation);
  if (!result.ok) throw new RangeError(result.error);
  return result.period;
}


function yearOf(date: IsoDate): number {
  return Number(date.slice(0, 4));
}

function monthOf(date: IsoDate): number {
  return Number(date.slice(5, 7));
}

function singleLabel(p: Period, withYear = true): string {
  const year = withYear ? ` ${yearOf(p.start)}` : '';
  switch (p.precision) {
    case 'datetime':
      return `${dayLabel(p.start, withYear)}, ${p.time} uur`;
    case 'day':
      return dayLabel(p.start, withYear);
    case 'week':
      return `week van ${dayLabel(p.start, withYear)}`;
    case 'month':
      return `${MONTHS_NL[monthOf(p.start) - 1]}${year}`;
    case 'quarter':
      return `Q${Math.ceil(monthOf(p.start) / 3)}${year}`;
    case 'year':
      return p.yearPart ? `${p.yearPart} ${yearOf(p.start)}` : String(yearOf(p.start));
    case 'span':
    case 'dates':
      return formatPeriod(p);
  }
}

/** "26 september/24 oktober 2024": separate dates, the year once when they share it. */
function datesLabel(p: Period): string {
  const dates = p.dates ?? [];
  const sameYear = dates.every((d) => yearOf(d.start) === yearOf(p.end));
  return dates.map((d, i) => singleLabel(d, !sameYear || i === dates.length - 1)).join('/');
}

/** The label with what the author inferred: "21 maart; jaar niet genoemd, vermoedelijk 2024". */
function withInferred(p: Period, label: string): string {
  if (!p.inferred) return label;
  if (p.inferred.part === 'jaar' && (p.precision === 'day' || p.precision === 'datetime' || p.precision === 'month' || p.precision === 'week')) {
    return `${singleLabel(p, false)}; jaar niet genoemd, vermoedelijk ${yearOf(p.start)}`;
  }
  const what = { jaar: 'jaar', maand: 'maand', dag: 'dag', datum: 'datum' }[p.inferred.part];
  return `vermoedelijk ${label}; ${what} niet genoemd`;
}

/**
 * Dutch label that keeps the precision the source gave:
 * "september/oktober 2024", "Q2 en Q3 2025", "oktober t/m december 2024",
 * "december 2024 t/m juli 2025".
 */
export function formatPeriod(p: Period): string {
  return withInferred(p, plainLabel(p));
}

function plainLabel(p: Period): string {
  if (p.precision === 'dates') return datesLabel(p);
  if (p.precision !== 'span') return singleLabel(p);
  const [a, b] = p.notation.split('/').map((s) => parsePeriod(s.trim()));
  if (!a?.ok || !b?.ok) return `${dayLabel(p.start)} t/m ${dayLabel(p.end)}`;
  const first = a.period;
  const last = b.period;
  const sameYear = yearOf(first.start) === yearOf(last.end);
  const samePrecision = first.precision === last.precision;
  if (samePrecision && sameYear && first.precision === 'month') {
    const adjacent = monthOf(last.start) - monthOf(first.start) === 1;
    return `${singleLabel(first, false)}${adjacent ? '/' : ' t/m '}${singleLabel(last)}`;
  }
  if (samePrecision && sameYear && first.precision === 'quarter') {
    const adjacent = monthOf(last.start) - monthOf(first.start) === 3;
    return `${singleLabel(first, false)}${adjacent ? ' en ' : ' t/m '}${singleLabel(last)}`;
  }
  if (samePrecision && sameYear && first.precision === 'day') {
    return `${singleLabel(first, false)} t/m ${singleLabel(last)}`;
  }
  return `${singleLabel(first)} t/m ${singleLabel(last)}`;
}
