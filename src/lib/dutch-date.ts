/**
 * Reads a date as people in the Netherlands type it: "1-1-2025",
 * "01-01-2025", "1/1/2025", "1.1.2025", "1 januari 2025", "1 jan. 2025",
 * and the ISO form "2025-01-01" used in URLs. Returns an ISO date.
 */
import { type IsoDate, parseIsoDate, toIsoDate } from './calendar-date.ts';
import { MONTHS_NL } from './period.ts';

export type DutchDateResult = { readonly ok: true; readonly date: IsoDate } | { readonly ok: false; readonly error: string };

export interface DutchDateOptions {
  /** What the date is, for messages: "de startdatum". */
  readonly name?: string;
  readonly minYear?: number;
  readonly maxYear?: number;
}

function monthFromWord(word: string): number | undefined {
  const clean = word.toLowerCase().replace(/\.$/, '');
  if (clean.length < 3) return undefined;
  const index = MONTHS_NL.findIndex((month) => month.startsWith(clean) || (clean === 'mrt' && month === 'maart'));
  return index === -1 ? undefined : index + 1;
}

export function parseDutchDate(input: string, options: DutchDateOptions = {}): DutchDateResult {
  const name = options.name ?? 'de datum';
  const minYear = options.minYear ?? 1900;
  const maxYear = options.maxYear ?? 2100;
  const text = (typeof input === 'string' ? input : '').trim().replace(/\s+/g, ' ');
  const example = 'bijvoorbeeld 1-1-2025';
  if (text === '') return { ok: false, error: `Vul ${name} in, ${example}` };
  let parts: { year: number; month: number; day: number } | undefined;
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text))) {
    parts = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  } else if ((m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(text))) {
    parts = { year: Number(m[3]), month: Number(m[2]), day: Number(m[1]) };
  } else if ((m = /^(\d{1,2}) ([a-z]+\.?) (\d{4})$/i.exec(text))) {
    const month = monthFromWord(m[2] ?? '');
    if (month === undefined) return { ok: false, error: `Schrijf de maand voluit of als cijfer, ${example} of 1 januari 2025` };
    parts = { year: Number(m[3]), month, day: Number(m[1]) };
  }
  const capital = name.charAt(0).toUpperCase() + name.slice(1);
  if (parts === undefined) return { ok: false, error: `${capital} moet een datum zijn als dag-maand-jaar, ${example}` };
  if (parts.month < 1 || parts.month > 12) return { ok: false, error: `${capital} heeft een maand die niet bestaat; de maand is 1 tot en met 12` };
  const iso = toIsoDate(parts);
  if (parseIsoDate(iso) === null) return { ok: false, error: `${capital} bestaat niet: die maand heeft geen dag ${parts.day}` };
  if (parts.year < minYear || parts.year > maxYear) {
    return { ok: false, error: `${capital} moet tussen ${minYear} en ${maxYear} liggen` };
  }
  return { ok: true, date: iso };
}
