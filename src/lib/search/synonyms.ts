/**
 * Residents' words for the site's words. The glossary (content/begrippen/)
 * knows, per term, its full name, other spellings (`aliases`) and the words
 * residents type for it (`zoekwoorden`, e.g. "huishoudelijke hulp", "HbH",
 * "thuiszorg" for hulp bij het huishouden). A query that contains one of
 * those is searched as typed AND with the site's own phrase in its place; the
 * search page says so ("ook gezocht op …"). Query expansion rather than hidden
 * keywords on pages: no page claims a word it does not use, excerpts show the
 * page's real words, and a result still links to the section that uses them.
 */

/** One glossary term as far as search needs it. */
export interface GlossarySearchTerm {
  term: string;
  fullName?: string | undefined;
  aliases: readonly string[];
  zoekwoorden: readonly string[];
}

/** A typed form (lower case, single spaces) → the site's phrase(s) to search as well. */
export type SynonymTable = Record<string, string[]>;

/** Lower case, punctuation around words removed, single spaces: how forms and queries are compared. */
export function normaliseForm(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}×*·&'’-]+/gu, ' ')
    .trim()
    .replace(/\s+/g, ' ');
}

/**
 * The table from the glossary. The phrase searched is the term's full name
 * when it has one (the words the documents use: "hulp bij het huishouden",
 * not "HH"), else the term. Every other form of the term leads to it.
 */
export function synonymTable(terms: readonly GlossarySearchTerm[]): SynonymTable {
  const table = new Map<string, Set<string>>();
  for (const entry of terms) {
    const phrase = entry.fullName ?? entry.term;
    const target = normaliseForm(phrase);
    for (const form of [entry.term, ...entry.aliases, ...entry.zoekwoorden]) {
      const key = normaliseForm(form);
      if (!key || key === target) continue;
      const phrases = table.get(key) ?? new Set<string>();
      phrases.add(phrase);
      table.set(key, phrases);
    }
  }
  return Object.fromEntries([...table].sort(([a], [b]) => a.localeCompare(b, 'nl')).map(([key, phrases]) => [key, [...phrases].sort((a, b) => a.localeCompare(b, 'nl'))]));
}

export interface Expansion {
  /** The words of the query that were recognised, as typed (normalised). */
  form: string;
  /** The site's phrase searched in their place. */
  phrase: string;
  /** The whole query with the form replaced by the phrase. */
  query: string;
}

/**
 * The extra searches for a query: for each known form in it (longest first,
 * whole words only), the query with that form replaced by the site's phrase.
 * A query that already contains the phrase gets no extra search for it.
 */
export function expandQuery(query: string, table: SynonymTable): Expansion[] {
  const words = normaliseForm(query).split(' ').filter(Boolean);
  if (words.length === 0) return [];
  const expansions: Expansion[] = [];
  const used = new Set<number>();
  const normalisedQuery = words.join(' ');
  for (let size = Math.min(words.length, 6); size >= 1; size--) {
    for (let start = 0; start + size <= words.length; start++) {
      if (Array.from({ length: size }, (_, i) => start + i).some((i) => used.has(i))) continue;
      const form = words.slice(start, start + size).join(' ');
      const phrases = table[form];
      if (!phrases) continue;
      for (const phrase of phrases) {
        if (` ${normalisedQuery} `.includes(` ${normaliseForm(phrase)} `)) continue;
        const replaced = [...words.slice(0, start), phrase, ...words.slice(start + size)].join(' ');
        expansions.push({ form, phrase, query: replaced });
      }
      for (let i = start; i < start + size; i++) used.add(i);
    }
  }
  return expansions;
}
