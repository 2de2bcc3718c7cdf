/**
 * Contract term calculator (/rekenhulpen/looptijd/): start date, initial
 * term and extension options → the end of each part, the maximum end date
 * and the total duration. The date arithmetic is ../contract-term.ts (a term
 * of 4 years from 1 januari 2025 runs until and including 31 december 2028).
 *
 * URL parameters / fields:
 *   start        the start date, YYYY-MM-DD (the form also takes 1-1-2025)
 *   looptijd     initial term in years ("4", "1,5") or months ("18 maanden")
 *   verlengingen extension options separated by commas or semicolons, each in
 *                years or months: "3, 3, 3" or "1 jaar; 6 maanden"
 */

import { type ContractTerm, computeContractTerm, formatLength } from '../contract-term.ts';
import { parseDutchDate } from '../dutch-date.ts';
import { formatDate } from '../day-label.ts';
import type { FieldErrors, RawFields } from './form-fields.ts';
import { isBlank } from './form-fields.ts';

export const TERM_FIELDS = ['start', 'looptijd', 'verlengingen'] as const;
export type TermField = (typeof TERM_FIELDS)[number];
export type TermErrors = FieldErrors<TermField>;

/** A framework agreement normally runs at most 4 years (art. 2.140 Aanbestedingswet 2012). */
export const FRAMEWORK_AGREEMENT_MAX_MONTHS = 48;
export const MAX_TERM_MONTHS = 50 * 12;
export const MAX_EXTENSIONS = 20;
export const MAX_TOTAL_MONTHS = 100 * 12;

export interface TermInput {
  readonly start: string;
  readonly initialMonths: number;
  readonly extensionMonths: readonly number[];
}

export type LengthResult = { readonly ok: true; readonly months: number } | { readonly ok: false; readonly error: string };

/**
 * Reads one length: "4", "4 jaar", "1,5 jaar", "1.5", "18 maanden", "6 mnd".
 * Years may have a fraction as long as it is whole months.
 */
export function parseTermLength(input: string, subject: string): LengthResult {
  const text = input.trim().toLowerCase().replace(/\s+/g, ' ');
  const m = /^(\d{1,4})(?:[.,](\d{1,2}))? ?(jaar|jr|j|maanden|maand|mnd|m)?\.?$/.exec(text);
  if (!m) return { ok: false, error: `Vul ${subject} in als een aantal jaren of maanden, bijvoorbeeld 4 of 18 maanden` };
  const [, whole = '0', fraction = '', unit = 'jaar'] = m;
  const inMonths = unit.startsWith('m');
  if (inMonths && fraction !== '') return { ok: false, error: `Vul ${subject} in hele maanden in, bijvoorbeeld 18 maanden` };
  // Years with a fraction: whole × 12 + fraction × 12 must be whole months.
  const scaledTwelfths = (Number(whole) * 100 + Number(fraction.padEnd(2, '0'))) * 12;
  if (!inMonths && scaledTwelfths % 100 !== 0) {
    return { ok: false, error: `Vul ${subject} in als hele maanden, bijvoorbeeld 1,5 jaar of 18 maanden` };
  }
  const months = inMonths ? Number(whole) : scaledTwelfths / 100;
  if (months <= 0) return { ok: false, error: `${subject.charAt(0).toUpperCase()}${subject.slice(1)} moet minstens 1 maand zijn` };
  if (months > MAX_TERM_MONTHS) return { ok: false, error: `${subject.charAt(0).toUpperCase()}${subject.slice(1)} is te lang (hoogstens 50 jaar)` };
  return { ok: true, months };
}

export type TermParseResult =
  | { readonly ok: true; readonly input: TermInput }
  | { readonly ok: false; readonly errors: TermErrors };

export function parseTermFields(raw: RawFields<TermField>): TermParseResult {
  const errors: TermErrors = {};
  const start = parseDutchDate(raw.start ?? '', { name: 'de startdatum', minYear: 1990, maxYear: 2100 });
  if (!start.ok) errors.start = start.error;
  let initialMonths = 0;
  if (isBlank(raw.looptijd)) errors.looptijd = 'Vul de eerste looptijd in, bijvoorbeeld 4 (jaar)';
  else {
    const length = parseTermLength(raw.looptijd ?? '', 'de eerste looptijd');
    if (length.ok) initialMonths = length.months;
    else errors.looptijd = length.error;
  }
  const extensionMonths: number[] = [];
  if (!isBlank(raw.verlengingen)) {
    const items = (raw.verlengingen ?? '').split(/[;,+]/).map((item) => item.trim());
    if (items.length > MAX_EXTENSIONS) errors.verlengingen = `Vul hoogstens ${MAX_EXTENSIONS} verlengingen in`;
    else {
      for (const [index, item] of items.entries()) {
        if (item === '') {
          errors.verlengingen = 'Zet tussen twee komma’s steeds een looptijd, bijvoorbeeld 3, 3, 3';
          break;
        }
        const length = parseTermLength(item, `verlenging ${index + 1}`);
        if (!length.ok) {
          errors.verlengingen = length.error.replace(/ bijvoorbeeld 4 of 18 maanden$/, ' bijvoorbeeld 3 of 6 maanden');
          break;
        }
        extensionMonths.push(length.months);
      }
    }
  }
  if (errors.looptijd === undefined && errors.verlengingen === undefined) {
    const total = initialMonths + extensionMonths.reduce((a, b) => a + b, 0);
    if (total > MAX_TOTAL_MONTHS) errors.verlengingen = 'Samen zijn de looptijden te lang (hoogstens 100 jaar)';
  }
  if (Object.keys(errors).length > 0 || !start.ok) return { ok: false, errors };
  return { ok: true, input: { start: start.date, initialMonths, extensionMonths } };
}

/** A row of the working; same shape as a BreakdownRow without the exact value. */
export interface TermRow {
  readonly step: string;
  readonly label: string;
  readonly formula: string;
  readonly display: string;
}

export interface TermResult {
  readonly term: ContractTerm;
  readonly rows: readonly TermRow[];
  /** Total length in words: "13 jaar". */
  readonly totalText: string;
  /** Whether the total is longer than 4 years (see art. 2.140 Aw 2012). */
  readonly longerThanFourYears: boolean;
  /** One sentence for the live region. */
  readonly summary: string;
}

/** Throws RangeError on invalid input: parse first. */
export function calculateTerm(input: TermInput): TermResult {
  const term = computeContractTerm(
    input.start,
    { months: input.initialMonths },
    input.extensionMonths.map((months) => ({ months })),
  );
  const rows: TermRow[] = term.segments.map((segment) => {
    const label = segment.kind === 'initieel' ? 'Eerste looptijd' : `Verlenging ${segment.index}`;
    return {
      step: segment.kind === 'initieel' ? 'initieel' : `verlenging-${segment.index}`,
      label,
      formula: `Van ${formatDate(segment.start)} plus ${formatLength(segment.months)}, min 1 dag`,
      display: `${formatDate(segment.start)} tot en met ${formatDate(segment.end)}`,
    };
  });
  const totalText = formatLength(term.totalMonths);
  rows.push({
    step: 'uiterste-einddatum',
    label: 'Uiterste einddatum',
    formula: term.segments.length > 1 ? 'Einde van de laatste verlenging' : 'Einde van de eerste looptijd (geen verlengingen)',
    display: formatDate(term.maxEnd),
  });
  rows.push({
    step: 'totaal',
    label: 'Totale looptijd',
    formula: term.segments.map((segment) => formatLength(segment.months)).join(' + '),
    display: totalText,
  });
  const summary =
    term.segments.length > 1
      ? `De eerste looptijd eindigt op ${formatDate(term.initialEnd)}. Met alle verlengingen loopt het contract uiterlijk tot en met ${formatDate(term.maxEnd)}: ${totalText}.`
      : `Het contract loopt tot en met ${formatDate(term.initialEnd)}: ${totalText}.`;
  return { term, rows, totalText, longerThanFourYears: term.totalMonths > FRAMEWORK_AGREEMENT_MAX_MONTHS, summary };
}

/** Writes a length in months as a field value: "4" (years) or "18 maanden". */
export function lengthFieldValue(months: number): string {
  return months % 12 === 0 ? String(months / 12) : `${months} maanden`;
}

/** A document with a contract term, embedded at build time (src/data/calculators.ts) as island props. */
export interface TermPrefill {
  readonly slug: string;
  readonly title: string;
  readonly start: string;
  readonly initialMonths: number;
  readonly extensionMonths: readonly number[];
}
