/**
 * Pure matching logic behind the glossary: term ids, the forms an
 * abbreviation is written in, marking the first use of each abbreviation in
 * a run of text, and spotting words that look like abbreviations (for the
 * coverage test). No Astro, no Markdown: plain strings in, plain data out.
 */

/** What the matcher needs to know about one glossary entry. */
export interface GlossaryTerm {
  id: string;
  term: string;
  fullName?: string | undefined;
  abbreviation: boolean;
  aliases: readonly string[];
  definition: string;
}

/** One way an abbreviation is written ("P×Q", "P*Q", "p×q" …) and where it points. */
export interface AbbreviationForm {
  form: string;
  id: string;
  /** Text for the `title` of `<abbr>`: the full name. */
  title: string;
}

export type Segment = { type: 'text'; value: string } | { type: 'abbr'; value: string; id: string; title: string };

/**
 * The id of a term: lowercase, no accents, words joined by hyphens.
 * "&" reads as "en" and "×" as "x", so "B&W" (b-en-w) and "BW" (bw) differ.
 */
export function termSlug(term: string): string {
  return term
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/&/g, ' en ')
    .replace(/[×*·]/g, 'x')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Sort key for A–Z order: accents and case do not count. */
export function sortKey(term: string): string {
  return termSlug(term).replace(/-/g, ' ');
}

/** The letter a term is listed under (A–Z), or "#" for anything else. */
export function letterOf(term: string): string {
  const first = sortKey(term).charAt(0).toUpperCase();
  return /[A-Z]/.test(first) ? first : '#';
}

/** Title for `<abbr>`: the full name, or else the first sentence of the definition. */
export function abbreviationTitle(term: GlossaryTerm): string {
  if (term.fullName) return term.fullName;
  const first = /^.*?[.!?](?=\s|$)/.exec(term.definition.trim());
  return (first ? first[0] : term.definition).trim();
}

/**
 * Whether an alias of an abbreviation is itself a short form ("PGB", "P*Q",
 * "TV LVB 18+") rather than words ("social return"): only short forms get
 * <abbr> markup.
 */
export function isShortForm(form: string): boolean {
  return !/(?<![\p{L}])\p{Ll}{4,}(?![\p{L}])/u.test(form);
}

/** Every written form of every abbreviation, longest first so "TV LVB 18+" wins over "LVB". */
export function abbreviationForms(terms: readonly GlossaryTerm[]): AbbreviationForm[] {
  const forms = new Map<string, AbbreviationForm>();
  for (const t of terms) {
    if (!t.abbreviation) continue;
    const title = abbreviationTitle(t);
    for (const form of [t.term, ...t.aliases.filter(isShortForm)]) {
      if (!forms.has(form)) forms.set(form, { form, id: t.id, title });
    }
  }
  return [...forms.values()].sort((a, b) => b.form.length - a.form.length || a.form.localeCompare(b.form));
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// A word character for boundaries: any letter or digit, so "Wmo-ondersteuning"
// and "PGB's" still match on "Wmo" and "PGB", but "HHM" never matches "HH".
const BEFORE = '(?<![\\p{L}\\p{N}])';
const AFTER = '(?![\\p{L}\\p{N}])';

export interface Matcher {
  pattern: RegExp;
  byForm: Map<string, AbbreviationForm>;
}

/** A case-sensitive, whole-word matcher for the given forms. */
export function createMatcher(forms: readonly AbbreviationForm[]): Matcher {
  const sorted = [...forms].sort((a, b) => b.form.length - a.form.length);
  const source = sorted.length ? sorted.map((f) => escape(f.form)).join('|') : '(?!)';
  return { pattern: new RegExp(`${BEFORE}(?:${source})${AFTER}`, 'gu'), byForm: new Map(sorted.map((f) => [f.form, f])) };
}

/**
 * Splits `text` so that the first use of each abbreviation (by glossary id)
 * becomes an `abbr` segment. `seen` holds the ids already marked on this
 * page and is updated. Returns undefined when nothing is marked, so callers
 * can leave the text untouched.
 */
export function markFirstUses(text: string, matcher: Matcher, seen: Set<string>): Segment[] | undefined {
  const segments: Segment[] = [];
  let last = 0;
  for (const match of text.matchAll(matcher.pattern)) {
    const form = matcher.byForm.get(match[0]);
    if (!form || seen.has(form.id)) continue;
    seen.add(form.id);
    if (match.index > last) segments.push({ type: 'text', value: text.slice(last, match.index) });
    segments.push({ type: 'abbr', value: match[0], id: form.id, title: form.title });
    last = match.index + match[0].length;
  }
  if (!segments.length) return undefined;
  if (last < text.length) segments.push({ type: 'text', value: text.slice(last) });
  return segments;
}

/**
 * Words that look like abbreviations: two or more capitals ("SROI", "PvE",
 * "AMvB"), or letters joined by &, ×, · or * ("B&W", "P×Q"). The Dutch
 * capital digraph IJ ("IJssel") counts as one capital, and long CamelCase
 * names ("JavaScript") do not count.
 */
export function abbreviationCandidates(text: string): string[] {
  const found = new Set<string>();
  for (const match of text.matchAll(/(?<![\p{L}\p{N}])[\p{L}\p{N}]+(?:[&×·*][\p{L}\p{N}]+)*(?![\p{L}\p{N}])/gu)) {
    const word = match[0];
    const plain = word.replace(/(^|[^\p{L}])IJ(?=\p{Ll})/gu, '$1I');
    const capitals = (plain.match(/\p{Lu}/gu) ?? []).length;
    const letters = (plain.match(/\p{L}/gu) ?? []).length;
    // CamelCase names such as "JavaScript" or "LibreOffice" are not abbreviations; "AMvB", "PvE" and "SROI" are.
    const abbreviationLike = capitals >= 2 && (/\p{Lu}{2}/u.test(plain) || letters <= 5 || capitals * 2 >= letters);
    const joined = /\p{L}[&×·*]\p{L}/u.test(word);
    if (abbreviationLike || joined) found.add(word);
  }
  return [...found];
}

/**
 * Whether `text` uses the term in one of its forms. Abbreviations match
 * case-sensitively as whole words; other terms match case-insensitively at
 * the start of a word, so "segment" also finds "segmenten" and "indicatie"
 * finds "indicatieprotocol".
 */
export function termPattern(term: Pick<GlossaryTerm, 'term' | 'aliases' | 'abbreviation'>): RegExp {
  const forms = [term.term, ...term.aliases].sort((a, b) => b.length - a.length).map(escape).join('|');
  return term.abbreviation ? new RegExp(`${BEFORE}(?:${forms})${AFTER}`, 'u') : new RegExp(`${BEFORE}(?:${forms})`, 'iu');
}

/** Terms grouped under their letter for the A–Z index. */
export interface LetterGroup<T> {
  /** "A" … "Z", or "#" for terms that start with anything else. */
  letter: string;
  /** Anchor of the letter's heading: "letter-a" … "letter-z", "letter-overig". */
  id: string;
  /** In A–Z order (accents and case do not count); empty when no term starts with the letter. */
  items: T[];
}

/** Every letter A–Z (also empty ones, for the index), then "#" only when some term needs it. */
export function letterGroups<T>(items: readonly T[], termOf: (item: T) => string): LetterGroup<T>[] {
  const sorted = [...items].sort((a, b) => sortKey(termOf(a)).localeCompare(sortKey(termOf(b)), 'nl'));
  const group = (letter: string): LetterGroup<T> => ({
    letter,
    id: `letter-${letter === '#' ? 'overig' : letter.toLowerCase()}`,
    items: sorted.filter((item) => letterOf(termOf(item)) === letter),
  });
  const groups = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('').map(group);
  const other = group('#');
  return other.items.length ? [...groups, other] : groups;
}
