/**
 * State in the URL query, for every page that keeps one: the calculators,
 * the self-check, search, the list filters and the comparison. One set of
 * limits, one way to read and write, one way to say what was ignored.
 *
 * Reading is defensive. Every known parameter yields its first value,
 * trimmed and capped in length; everything else is reported as ignored with
 * a reason, so the page can show a visible notice (describeIgnored). Values
 * are plain strings (or lists of strings) that callers only ever show as
 * text, never as HTML, so hostile input can do no more than fail a check.
 *
 * Specs are plain data and the checks plain code: this module ships to the
 * browser on every page with state in its URL, where a schema library such
 * as zod (even zod/mini, ~4 KB gzip) would not fit the per-page budget.
 * Pure: no DOM, no window; callers pass location.search and write the result
 * with history.replaceState.
 */

/** At most this many parameters are read; the rest is ignored in bulk (reason 'te-veel'). */
export const MAX_PARAMETERS = 60;
/** Longest 'short' value (a number, a date, a word), in characters after trimming. */
export const MAX_SHORT_LENGTH = 40;
/** Longest 'text' value (a search query, a document slug, a filter choice). */
export const MAX_TEXT_LENGTH = 200;
/** Longest 'list' value (comma-separated ids: the choices of a self-check, the compared documents). */
export const MAX_LIST_LENGTH = 2000;
/** Names and values from the link are cut to this many characters when shown in a notice. */
export const MAX_SHOWN_LENGTH = 30;

const MAX_LENGTH = { short: MAX_SHORT_LENGTH, text: MAX_TEXT_LENGTH, list: MAX_LIST_LENGTH } as const;

/** One value: a number, a date or a word ('short') or free text ('text'). */
export interface ValueSpec {
  readonly kind: 'short' | 'text';
  /** Allowed words, matched case-insensitively; the value read is the word as listed here. */
  readonly oneOf?: readonly string[];
  /** Shape a non-blank value must have. Blank values are accepted: they mean "not filled in". */
  readonly pattern?: RegExp;
  /** What a good value is, for the notice: "‘x’ is geen {expected}". Without it: "niet de goede vorm". */
  readonly expected?: string;
}

/** A comma-separated list of ids. Unknown ids are dropped and reported; an empty list is ignored. */
export interface ListSpec {
  readonly kind: 'list';
  /** Allowed ids, matched case-insensitively; the list read follows this order, without repeats. */
  readonly oneOf?: readonly string[];
}

export type ParamSpec = ValueSpec | ListSpec;
export type ParamSpecs = Readonly<Record<string, ParamSpec>>;

/** What reading gives for each spec: a string, or for a list the ids. */
export type UrlValues<S extends ParamSpecs> = {
  -readonly [K in keyof S]?: S[K] extends ListSpec ? string[] : S[K] extends ValueSpec ? string : string | string[];
};

export type IgnoredReason = 'onbekend' | 'te-lang' | 'ongeldig' | 'deels' | 'leeg' | 'herhaald' | 'te-veel';

export interface IgnoredParam {
  /** The parameter name, cut to MAX_SHOWN_LENGTH; show it as text only. */
  readonly name: string;
  readonly reason: IgnoredReason;
  /** 'ongeldig' with an expected text: the refused value; 'deels': the refused ids (cut; at most 3). */
  readonly values?: readonly string[];
  /** 'deels': how many ids were refused. */
  readonly count?: number;
  /** 'ongeldig': the spec's expected text. */
  readonly expected?: string;
}

export interface UrlState<S extends ParamSpecs> {
  readonly values: UrlValues<S>;
  readonly ignored: readonly IgnoredParam[];
}

/** A number or amount in Dutch notation: "€ 1.234,56", "8%", "-2". */
export const numberParam: ValueSpec = { kind: 'short', pattern: /^[\d\s.,€%+\-\u2212a-zA-Z]*$/ };
/** Free text up to MAX_TEXT_LENGTH (a slug, a search query); the caller decides what it means. */
export const textParam: ValueSpec = { kind: 'text' };
/** A short free value up to MAX_SHORT_LENGTH (a typed date, a term). */
export const shortParam: ValueSpec = { kind: 'short' };

/** One of a few words (case-insensitive); `expected` names them in the notice. */
export function oneOfParam(words: readonly string[], expected?: string): ValueSpec {
  return expected === undefined ? { kind: 'short', oneOf: words } : { kind: 'short', oneOf: words, expected };
}

/** A short value that must match a regular expression. */
export function patternParam(pattern: RegExp): ValueSpec {
  return { kind: 'short', pattern };
}

/** A comma-separated list of the given ids (any ids when left out). */
export function listParam(ids?: readonly string[]): ListSpec {
  return ids === undefined ? { kind: 'list' } : { kind: 'list', oneOf: ids };
}

/** Cuts text from the link for a notice and drops control characters. */
export function shown(text: string): string {
  const clean = text.replace(/[\u0000-\u001F\u007F]/g, '');
  return clean.length > MAX_SHOWN_LENGTH ? `${clean.slice(0, MAX_SHOWN_LENGTH)}…` : clean;
}

function hasOwn(specs: ParamSpecs, name: string): boolean {
  return Object.prototype.hasOwnProperty.call(specs, name);
}

/** The listed word matching `value` case-insensitively, if any. */
function match(words: readonly string[], value: string): string | undefined {
  const lower = value.toLowerCase();
  return words.find((word) => word.toLowerCase() === lower);
}

/** Reads a query string ("?a=1&b=2", "a=1") or URLSearchParams against the known parameters. Never throws. */
export function readUrlState<S extends ParamSpecs>(query: URLSearchParams | string, specs: S): UrlState<S> {
  const params = typeof query === 'string' ? new URLSearchParams(query) : query;
  const values: Record<string, string | string[]> = {};
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
      ignored.push({ name: shown(name), reason: 'onbekend' });
      continue;
    }
    if (seen.has(name)) {
      ignored.push({ name, reason: 'herhaald' });
      continue;
    }
    seen.add(name);
    const spec = specs[name]!;
    const value = rawValue.trim();
    if (value.length > MAX_LENGTH[spec.kind]) {
      ignored.push({ name, reason: 'te-lang' });
      continue;
    }
    if (spec.kind === 'list') {
      const parts = value.split(',').map((part) => part.trim()).filter((part) => part !== '');
      const allowed = spec.oneOf;
      const refused = allowed === undefined ? [] : parts.filter((part) => match(allowed, part) === undefined);
      if (refused.length > 0) ignored.push({ name, reason: 'deels', values: refused.slice(0, 3).map(shown), count: refused.length });
      const kept = allowed === undefined
        ? [...new Set(parts)]
        : allowed.filter((id) => parts.some((part) => part.toLowerCase() === id.toLowerCase()));
      if (kept.length > 0) values[name] = kept;
      else if (refused.length === 0) ignored.push({ name, reason: 'leeg' });
      continue;
    }
    if (value === '') {
      values[name] = value;
      continue;
    }
    const word = spec.oneOf === undefined ? value : match(spec.oneOf, value);
    if (word === undefined || (spec.pattern !== undefined && !spec.pattern.test(value))) {
      ignored.push(spec.expected === undefined
        ? { name, reason: 'ongeldig' }
        : { name, reason: 'ongeldig', values: [shown(value)], expected: spec.expected });
      continue;
    }
    values[name] = word;
  }
  return { values: values as UrlValues<S>, ignored: dedupe(ignored) };
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

/**
 * One Dutch sentence per ignored parameter, for the notice "Niet alles uit de
 * link is gebruikt". `subject` names the page in "{subject} kent die niet",
 * e.g. "deze rekenhulp", "deze check", "deze zoekpagina", "dit overzicht".
 */
export function describeIgnored(ignored: readonly IgnoredParam[], subject: string): string[] {
  return ignored.map((item) => {
    const name = `‘${item.name}’`;
    switch (item.reason) {
      case 'te-veel':
        return 'Niet alles uit de link is gebruikt: de link bevat te veel gegevens; de rest is overgeslagen.';
      case 'onbekend':
        return `${name} uit de link is genegeerd: ${subject} kent die niet.`;
      case 'herhaald':
        return `${name} uit de link is dubbel: die kwam vaker voor; alleen de eerste keer telt.`;
      case 'te-lang':
        return `${name} uit de link is genegeerd: de waarde is te lang.`;
      case 'leeg':
        return `${name} uit de link is genegeerd: er was niets gekozen.`;
      case 'ongeldig':
        return item.expected === undefined
          ? `${name} uit de link is genegeerd: de waarde heeft niet de goede vorm.`
          : `${name} uit de link is genegeerd: ‘${item.values?.[0] ?? ''}’ is geen ${item.expected}.`;
      case 'deels': {
        const count = item.count ?? item.values?.length ?? 0;
        const list = `${(item.values ?? []).map((value) => `‘${value}’`).join(', ')}${count > 3 ? ', …' : ''}`;
        return count === 1
          ? `Bij ${name} is een keuze uit de link genegeerd (${list}): die bestaat niet.`
          : `Bij ${name} zijn ${count} keuzes uit de link genegeerd (${list}): die bestaan niet.`;
      }
    }
  });
}

/**
 * Writes state back as a query string ("?a=1&b=2", or "" when empty), in the
 * given order, leaving out blank values and empty lists. Lists are joined
 * with commas, and commas stay readable (not %2C); reading gives back the
 * same values.
 */
export function writeUrlState(values: Readonly<Record<string, string | readonly string[] | undefined>>, order: readonly string[]): string {
  const params = new URLSearchParams();
  for (const name of order) {
    if (!Object.prototype.hasOwnProperty.call(values, name)) continue;
    const value = values[name];
    const text = typeof value === 'string' ? value.trim() : value?.map((id) => id.trim()).filter((id) => id !== '').join(',');
    if (text !== undefined && text !== '') params.set(name, text);
  }
  const text = params.toString().replace(/%2C/g, ',');
  return text === '' ? '' : `?${text}`;
}
