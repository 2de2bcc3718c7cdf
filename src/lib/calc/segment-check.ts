/**
 * Which segment of a document fits a person, by age: the Kampen segments
 * "tijdelijk" and "structureel" are for adults from 18 up to the AOW age,
 * "ouderen" from the AOW age. The age rules come from the document's
 * `segments[].age` ({ min: 18, maxExclusive: 'aow' }); the AOW age from the
 * table in content/referentie/aow-leeftijd.yaml. Age alone cannot choose
 * between segments with the same age rule; the result then lists all of
 * them with their descriptions, and the municipality decides.
 *
 * Fields / URL parameters: `geboortedatum`, `peildatum` (optional, default today).
 */
import { type AowAge, type AowTable, ageOn, aowAgeFor, formatAge } from '../aow-age.ts';
import { type IsoDate, compareDates } from '../calendar-date.ts';
import { parseDutchDate } from '../dutch-date.ts';
import { formatDate } from '../day-label.ts';
import type { FieldErrors, RawFields } from './form-fields.ts';
import { isBlank } from './form-fields.ts';
import type { TermRow } from './contract-term-calc.ts';

export const SEGMENT_FIELDS = ['geboortedatum', 'peildatum'] as const;
export type SegmentField = (typeof SEGMENT_FIELDS)[number];

export type AgeBound = number | 'aow';

export interface SegmentInfo {
  readonly id: string;
  readonly name: string;
  readonly targetGroup: string;
  readonly age: { readonly min?: AgeBound; readonly maxExclusive?: AgeBound };
}

export interface SegmentCheckInput {
  readonly birth: IsoDate;
  readonly on: IsoDate;
}

export type SegmentParseResult =
  | { readonly ok: true; readonly input: SegmentCheckInput }
  | { readonly ok: false; readonly errors: FieldErrors<SegmentField> };

export function parseSegmentFields(raw: RawFields<SegmentField>, today: IsoDate): SegmentParseResult {
  const errors: FieldErrors<SegmentField> = {};
  const thisYear = Number(today.slice(0, 4));
  const birth = parseDutchDate(raw.geboortedatum ?? '', { name: 'de geboortedatum', minYear: 1900, maxYear: thisYear });
  if (!birth.ok) errors.geboortedatum = birth.error;
  let on = today;
  if (!isBlank(raw.peildatum)) {
    const parsed = parseDutchDate(raw.peildatum ?? '', { name: 'de peildatum', minYear: 1900, maxYear: 2100 });
    if (parsed.ok) on = parsed.date;
    else errors.peildatum = parsed.error;
  }
  if (birth.ok && errors.peildatum === undefined && compareDates(birth.date, on) > 0) {
    errors.geboortedatum = `De geboortedatum ligt na de peildatum (${formatDate(on)})`;
  }
  if (!birth.ok || Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, input: { birth: birth.date, on } };
}

/** Whether the AOW age has been reached on the date: true, false or unknown. */
export type AowReached = boolean | 'onbekend';

export interface SegmentMatch {
  readonly segment: SegmentInfo;
  /** 'ja': fits by age; 'misschien': depends on an AOW age that is not fixed yet. */
  readonly fit: 'ja' | 'misschien';
}

export interface SegmentCheckResult {
  readonly age: { readonly years: number; readonly months: number };
  readonly aow: AowAge;
  readonly aowReached: AowReached;
  readonly matches: readonly SegmentMatch[];
  readonly rows: readonly TermRow[];
  readonly summary: string;
}

function reachedOn(aow: AowAge, on: IsoDate): AowReached {
  if (aow.known) return compareDates(on, aow.date) >= 0;
  return compareDates(on, aow.earliestDate) < 0 ? false : 'onbekend';
}

/** true, false or 'onbekend' for one bound. */
function meets(bound: AgeBound, ageYears: number, aowReached: AowReached, kind: 'min' | 'max'): AowReached {
  if (bound === 'aow') {
    if (aowReached === 'onbekend') return 'onbekend';
    return kind === 'min' ? aowReached : !aowReached;
  }
  return kind === 'min' ? ageYears >= bound : ageYears < bound;
}

export function checkSegments(input: SegmentCheckInput, table: AowTable, segments: readonly SegmentInfo[]): SegmentCheckResult {
  const age = ageOn(input.birth, input.on);
  const aow = aowAgeFor(input.birth, table);
  const aowReached = reachedOn(aow, input.on);
  const matches: SegmentMatch[] = [];
  for (const segment of segments) {
    const checks = [
      segment.age.min === undefined ? true : meets(segment.age.min, age.years, aowReached, 'min'),
      segment.age.maxExclusive === undefined ? true : meets(segment.age.maxExclusive, age.years, aowReached, 'max'),
    ];
    if (checks.includes(false)) continue;
    matches.push({ segment, fit: checks.includes('onbekend') ? 'misschien' : 'ja' });
  }
  const aowText = aow.known
    ? `${formatAge(aow.years, aow.months)}, op ${formatDate(aow.date)}`
    : `nog niet vastgesteld; minstens ${formatAge(aow.atLeastYears, aow.atLeastMonths)} (niet vóór ${formatDate(aow.earliestDate)})`;
  const rows: TermRow[] = [
    { step: 'leeftijd', label: 'Leeftijd op de peildatum', formula: `Van ${formatDate(input.birth)} tot ${formatDate(input.on)}, in hele maanden`, display: formatAge(age.years, age.months) },
    { step: 'aow-leeftijd', label: 'AOW-leeftijd', formula: 'Uit de tabel van Rijksoverheid en SVB, bij de geboortedatum', display: aowText },
    {
      step: 'aow-bereikt',
      label: 'AOW-leeftijd bereikt op de peildatum?',
      formula: 'Peildatum op of na de datum waarop u de AOW-leeftijd bereikt',
      display: aowReached === 'onbekend' ? 'Nog niet te zeggen' : aowReached ? 'Ja' : 'Nee',
    },
  ];
  const names = matches.map((match) => match.segment.name.toLowerCase());
  let summary: string;
  if (matches.length === 0) {
    summary = age.years < 18
      ? `Op ${formatDate(input.on)} is deze persoon ${formatAge(age.years, age.months)}: jonger dan 18. Geen van de segmenten past; hulp voor jongeren onder 18 valt meestal onder de Jeugdwet.`
      : `Op ${formatDate(input.on)} past geen van de segmenten bij deze leeftijd.`;
  } else if (matches.length === 1) {
    summary = `Op ${formatDate(input.on)} past naar leeftijd het segment ${names[0]}.`;
  } else {
    summary = `Op ${formatDate(input.on)} passen naar leeftijd de segmenten ${names.slice(0, -1).join(', ')} en ${names.at(-1)}. Welk segment het wordt, hangt af van het doel van de ondersteuning; dat bepaalt de gemeente.`;
  }
  return { age, aow, aowReached, matches, rows, summary };
}
