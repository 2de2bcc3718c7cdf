/**
 * Reads a calculator's text inputs (form fields or URL parameters, keyed by
 * the parameter name) into exact values, collecting one Dutch error per
 * field. Blank optional fields come back as undefined so the calculator can
 * apply its own default.
 */

import { type DecimalParseOptions, checkDecimalRange, parseDecimal } from '../decimal-input.ts';
import { type MoneyParseOptions, checkMoneyRange, parseMoney } from '../money.ts';
import type { Rational } from '../rational.ts';

/** Text per field as it arrives from a form or a URL; missing is fine. */
export type RawFields<K extends string> = Partial<Record<K, string | null | undefined>>;

/** One Dutch message per field that is wrong. */
export type FieldErrors<K extends string> = Partial<Record<K, string>>;

export interface RequiredOption {
  /** Message when the field is blank; omit for optional fields. */
  readonly required?: string;
}

export function isBlank(text: string | null | undefined): boolean {
  return text === undefined || text === null || text.trim() === '';
}

export interface FieldReader<K extends string> {
  readonly errors: FieldErrors<K>;
  money(field: K, options: MoneyParseOptions & RequiredOption): number | undefined;
  decimal(field: K, options: DecimalParseOptions & RequiredOption): Rational | undefined;
  /** Records an error unless the field already has one. */
  fail(field: K, message: string): void;
  blank(field: K): boolean;
}

export function createFieldReader<K extends string>(raw: RawFields<K>): FieldReader<K> {
  const errors: FieldErrors<K> = {};
  const fail = (field: K, message: string): void => {
    if (errors[field] === undefined) errors[field] = message;
  };
  const blank = (field: K): boolean => isBlank(raw[field]);
  return {
    errors,
    fail,
    blank,
    money(field, options) {
      const text = raw[field];
      if (isBlank(text)) {
        if (options.required !== undefined) fail(field, options.required);
        return undefined;
      }
      const result = parseMoney(text ?? '', options);
      if (!result.ok) {
        fail(field, result.error);
        return undefined;
      }
      return result.cents;
    },
    decimal(field, options) {
      const text = raw[field];
      if (isBlank(text)) {
        if (options.required !== undefined) fail(field, options.required);
        return undefined;
      }
      const result = parseDecimal(text ?? '', options);
      if (!result.ok) {
        fail(field, result.error);
        return undefined;
      }
      return result.value;
    },
  };
}

/** Same checks for values that arrive typed instead of as text. */
export function collectRangeErrors<K extends string>(
  checks: ReadonlyArray<
    | { readonly field: K; readonly cents: number | undefined; readonly options: MoneyParseOptions }
    | { readonly field: K; readonly value: Rational | undefined; readonly options: DecimalParseOptions }
  >,
): FieldErrors<K> {
  const errors: FieldErrors<K> = {};
  for (const check of checks) {
    const message =
      'cents' in check
        ? check.cents === undefined ? undefined : checkMoneyRange(check.cents, check.options)
        : check.value === undefined ? undefined : checkDecimalRange(check.value, check.options);
    if (message !== undefined && errors[check.field] === undefined) errors[check.field] = message;
  }
  return errors;
}

/**
 * An error message for the error summary, starting with the field's label so
 * it makes sense away from the field: "Brutosalaris per maand: vul een bedrag
 * in met alleen cijfers, bijvoorbeeld 3.000". The message's first letter is
 * lowered unless the word is an abbreviation ("SROI", "OVA").
 */
export function labelledError(label: string, message: string): string {
  const name = label.trim().replace(/[\s:.]+$/, '');
  const text = message.trim();
  if (name === '') return text;
  const [first = '', second = ''] = text;
  const abbreviation = second !== '' && second === second.toUpperCase() && second !== second.toLowerCase();
  return `${name}: ${abbreviation ? text : first.toLowerCase() + text.slice(1)}`;
}
