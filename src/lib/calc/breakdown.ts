/**
 * One row of a calculator's "show your working" table. Shared by all
 * calculators so one table component can render any of them.
 *
 * `value` is exact; `display` is the same value rounded for people
 * (half away from zero), with its unit, in Dutch.
 */

import type { Rational } from '../rational.ts';
import { formatNumber, formatPercent } from '../decimal-input.ts';
import { centsFromExact, formatMoney } from '../money.ts';

export type BreakdownUnit =
  | 'euro'
  | 'euro-per-maand'
  | 'euro-per-jaar'
  | 'euro-per-uur'
  | 'uren-per-jaar'
  | 'procent'
  | 'aantal';

export interface BreakdownRow {
  /** Stable id for tests and styling, e.g. 'overhead'. */
  readonly step: string;
  /** What this row is, in Dutch. */
  readonly label: string;
  /** How it is computed, in words with the numbers filled in. */
  readonly formula: string;
  readonly value: Rational;
  readonly unit: BreakdownUnit;
  /** `value` for people, e.g. "€ 28,40 per uur". */
  readonly display: string;
}

const SUFFIX: Record<BreakdownUnit, string> = {
  euro: '',
  'euro-per-maand': ' per maand',
  'euro-per-jaar': ' per jaar',
  'euro-per-uur': ' per uur',
  'uren-per-jaar': ' uur per jaar',
  procent: '',
  aantal: '',
};

/**
 * Writes an exact value for people. Money values are exact cents, shown
 * rounded to whole cents; hours and counts with up to 2 decimals.
 */
export function displayValue(value: Rational, unit: BreakdownUnit): string {
  switch (unit) {
    case 'euro':
    case 'euro-per-maand':
    case 'euro-per-jaar':
    case 'euro-per-uur':
      return formatMoney(centsFromExact(value)) + SUFFIX[unit];
    case 'procent':
      return formatPercent(value, { maximumDecimals: 4 });
    case 'uren-per-jaar':
    case 'aantal':
      return formatNumber(value, { maximumDecimals: 2 }) + SUFFIX[unit];
  }
}

/** Builds a row and its display text in one go. */
export function breakdownRow(
  step: string,
  label: string,
  formula: string,
  value: Rational,
  unit: BreakdownUnit,
): BreakdownRow {
  return { step, label, formula, value, unit, display: displayValue(value, unit) };
}

/** Exact cents → "€ 1.234,56" for use inside formulas. */
export function euros(exactCents: Rational): string {
  return formatMoney(centsFromExact(exactCents));
}

/** Exact percent points → "8,33%" for use inside formulas. */
export function percent(value: Rational): string {
  return formatPercent(value, { maximumDecimals: 4 });
}

/** Exact number → "1.878" or "1.669,33" for use inside formulas. */
export function amount(value: Rational): string {
  return formatNumber(value, { maximumDecimals: 2 });
}
