/**
 * Calculator state in the URL query: read it (defensively) and write it back.
 *
 * Reading: every known parameter yields its first value, trimmed and capped
 * in length; everything else is reported as ignored with a reason, so the
 * page can show a visible notice. Values are plain strings that the
 * calculators parse themselves and that the UI only ever shows as text
 * (never as HTML), so hostile input cannot do more than fail validation.
 *
 * Validation of the shape of a value (a date, one of a few words) is a
 * plain predicate per parameter. This module ships to the browser in every
 * calculator; zod (even zod/mini, ~4 KB gzip) would blow the per-page budget,
 * and the calculators validate the meaning of each value themselves.
 */

/** Default cap on the length of one value, in characters. */
export const DEFAULT_MAX_LENGTH = 40;
/** Names longer than this are cut when shown in a notice. */
const SHOWN_NAME_LENGTH = 30;
/** At most this many parameters are looked at; the rest is ignored in bulk. */
export const MAX_PARAMETERS = 60;

export interface ParamSpec {
  /** Longest accepted value (after trimming); default 40. */
  readonly maxLength?: number;
  /** Shape the trimmed value must have; blank values are always accepted (they mean "not filled in"). */
  readonly check?: (value: string) => boolean;
}

export type ParamSpecs<K extends string> = Readonly<Record<K, ParamSpec>>;

export type IgnoredReason = 'onbekend' | 'te-lang' | 'ongeldig' | 'herhaald' | 'te-veel';

export interface IgnoredParam {
  /** The parameter name, cut to 30 characters; show it as text only. */
  readonly name: string;
  readonly reason: IgnoredReason;
}

export interface UrlState<K extends string> {
  /** Trimmed first value of each known, acceptable parameter. */
  readonly values: Partial<Record<K, string>>;
  readonly ignored: readonly IgnoredParam[];
}

/** A value that must be one of the given words (case-insensitive). */
export function oneOfParam(values: readonly string[]): (value: string) => boolean {
  const allowed = new Set(values);
  return (value) => allowed.has(value.toLowerCase());
}

/** A value that must match a regular expression. */
export function patternParam(pattern: RegExp): (value: string) => boolean {
  return (value) => pattern.test(value);
}

/** A value made of characters that can appear in a Dutch number or amount: "€ 1.234,56", "8%", "-2". */
export const numberParam = patternParam(/^[\d\s.,€%+\-\u2212a-zA-Z]*$/);

function shownName(name: string): string {
  const clean = name.replace(/[\u0000-\u001F\u007F]/g, '');
  return clean.length > SHOWN_NAME_LENGTH ? `${clean.slice(0, SHOWN_NAME_LENGTH)}…` : clean;
}

function hasOwn<K extends string>(specs: ParamSpecs<K>, name: string): name is K {
  return Object.prototype.hasOwnProperty.call(specs, name);
}

/** Reads a query string or URLSearchParams against the known parameters. */
export function readUrlState<K extends string>(
  query: URLSearchParams | string,
  specs: ParamSpecs<K>,
): UrlState<K> {
  const params = typeof query === 'string' ? new URLSearchParams(query) : query;
  const values: Partial<Record<K, string>> = {};
  const ignored: IgnoredParam[] = [];
  const seen = new Set<string>();
  let count = 0;
  for (const [name, rawValue] of params) {
    count += 1;
    if (count > MAX_PARAMETERS) {
      ignored.push({ name: '…', reason: 'te-veel' });
      break;
    }
    if (!hasOwn(specs, name)) {
      ignored.push({ name: shownName(name), reason: 'onbekend' });
      continue;
    }
    if (seen.has(name)) {
      ignored.push({ name, reason: 'herhaald' });
      continue;
    }
    seen.add(name);
    const spec = specs[name];
    const value = rawValue.trim();
    if (value.length > (spec.maxLength ?? DEFAULT_MAX_LENGTH)) {
      ignored.push({ name, reason: 'te-lang' });
      continue;
    }
    if (value !== '' && spec.check !== undefined && !spec.check(value)) {
      ignored.push({ name, reason: 'ongeldig' });
      continue;
    }
    values[name] = value;
  }
  return { values, ignored: dedupe(ignored) };
}

function dedupe(ignored: IgnoredParam[]): IgnoredParam[] {
  const keys = new Set<string>();
  return ignored.filter((item) => {
    const key = `${item.name}\u0000${item.reason}`;
    if (keys.has(key)) return false;
    keys.add(key);
    return true;
  });
}

const REASON_TEXT: Record<IgnoredReason, string> = {
  onbekend: 'deze rekenhulp kent die niet',
  'te-lang': 'de waarde is te lang',
  ongeldig: 'de waarde heeft niet de goede vorm',
  herhaald: 'die kwam vaker voor; alleen de eerste keer telt',
  'te-veel': 'de link bevat te veel gegevens; de rest is overgeslagen',
};

/** One Dutch sentence per ignored parameter, e.g. "‘foo’ is genegeerd: deze rekenhulp kent die niet." */
export function describeIgnored(ignored: readonly IgnoredParam[]): string[] {
  return ignored.map((item) =>
    item.reason === 'te-veel'
      ? `Niet alles uit de link is gebruikt: ${REASON_TEXT[item.reason]}.`
      : `‘${item.name}’ uit de link is ${item.reason === 'herhaald' ? 'dubbel' : 'genegeerd'}: ${REASON_TEXT[item.reason]}.`,
  );
}

/**
 * Writes the state back as a query string ("?a=1&b=2", or "" when empty),
 * in the given order, leaving out blank values.
 */
export function writeUrlState<K extends string>(
  values: Partial<Record<K, string | undefined>>,
  order: readonly K[],
): string {
  const params = new URLSearchParams();
  for (const name of order) {
    const value = values[name]?.trim();
    if (value !== undefined && value !== '') params.set(name, value);
  }
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}
