/**
 * Where a glossary term matters: which documents use it, and in which
 * section it first appears, so the glossary can link straight there.
 */
import GithubSlugger from 'github-slugger';
import { termPattern, type GlossaryTerm } from './glossary-match.ts';

export interface Section {
  /** Heading anchor, as Astro generates it. */
  id: string;
  /** Heading text. */
  title: string;
  /** Body text under this heading, up to the next heading (component tags removed). */
  text: string;
}

/** Component tags such as `<FigureTable kader="…" />` are markup, not prose. */
const stripComponents = (line: string) => line.replace(/<\/?[A-Z][\w.]*(?:\s[^>]*)?\/?>/g, ' ');

/** Splits an MDX body into its sections; text before the first heading gets id ''. */
export function sectionsOf(body: string): Section[] {
  const slugger = new GithubSlugger();
  const sections: Section[] = [{ id: '', title: '', text: '' }];
  let inCode = false;
  for (const line of body.split('\n')) {
    if (/^```/.test(line)) inCode = !inCode;
    const heading = !inCode && /^#{1,6}\s+(.+?)\s*#*\s*$/.exec(line);
    if (heading) {
      const title = heading[1]!.replace(/[*_`]/g, '');
      sections.push({ id: slugger.slug(title), title, text: '' });
    } else {
      sections.at(-1)!.text += `${stripComponents(line)}\n`;
    }
  }
  return sections;
}

export interface Usage {
  /** Section where the term first appears in running text; undefined when only the data (frontmatter) uses it. */
  section?: { id: string; title: string } | undefined;
}

/**
 * How a document uses a term: first the prose (headings count as a place
 * where it matters), then the structured data as a fallback. Undefined when
 * the document does not use the term at all.
 */
export function usageIn(
  term: Pick<GlossaryTerm, 'term' | 'aliases' | 'abbreviation'>,
  doc: { body: string; data: string },
): Usage | undefined {
  const pattern = termPattern(term);
  for (const section of sectionsOf(doc.body)) {
    if (pattern.test(section.title) || pattern.test(section.text)) {
      return { section: section.id ? { id: section.id, title: section.title } : undefined };
    }
  }
  return pattern.test(doc.data) ? {} : undefined;
}

/** All string values in a data structure, one per line (object keys left out). */
export function textValues(value: unknown): string {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map(textValues).filter(Boolean).join('\n');
  if (value && typeof value === 'object') return Object.values(value).map(textValues).filter(Boolean).join('\n');
  return '';
}

/** One page of a document: its overview page (no title) or one of its chapter pages. */
export interface DocumentPage {
  url: string;
  title?: string | undefined;
  body: string;
}

/** A document as the glossary searches it. */
export interface GlossaryDocument {
  id: string;
  title: string;
  /** The overview page first, then the chapter pages in reading order. */
  pages: readonly DocumentPage[];
  /** Section titles by heading anchor, over all pages. */
  titles: ReadonlyMap<string, string>;
  /** The structured data (frontmatter) as text; it is shown on the overview page. */
  data: string;
}

/**
 * Indexes a document for the glossary. A chapter's title stands for the
 * anchor its heading had before the document was split into chapters, so
 * links chosen by authors ("related") keep working.
 */
export function glossaryDocument(doc: { id: string; title: string; pages: readonly DocumentPage[]; data: unknown }): GlossaryDocument {
  const titles = new Map<string, string>();
  for (const page of doc.pages) {
    if (page.title) titles.set(sectionsOf(`# ${page.title}`)[1]!.id, page.title);
    for (const s of sectionsOf(page.body)) if (s.id && !titles.has(s.id)) titles.set(s.id, s.title);
  }
  return { id: doc.id, title: doc.title, pages: doc.pages, titles, data: textValues(doc.data) };
}

/** A link from the glossary to where a term occurs. */
export interface Place {
  href: string;
  /** The document's title. */
  title: string;
  /** The section's title, when the link goes to a section. */
  section?: string | undefined;
}

/** What placesOf needs of a glossary entry. */
export interface PlacedTerm extends Pick<GlossaryTerm, 'term' | 'aliases' | 'abbreviation'> {
  fullName?: string | undefined;
  /** Places chosen by the author: a document and optionally a heading anchor in it. */
  related: readonly { kader: string; section?: string | undefined }[];
}

/**
 * Where a term occurs, one link per document: first the places the author
 * chose (in their order), then every other document that uses the term (or
 * its full name), at the first page and section whose prose uses it, else
 * at the overview page when only the structured data does.
 */
export function placesOf(
  entry: PlacedTerm,
  docs: readonly GlossaryDocument[],
  anchorHref: (kader: string, anchor: string) => string,
): Place[] {
  const places: Place[] = [];
  const seen = new Set<string>();
  for (const r of entry.related) {
    const doc = docs.find((d) => d.id === r.kader);
    if (!doc) continue;
    seen.add(doc.id);
    const section = r.section ? doc.titles.get(r.section) : undefined;
    places.push({ href: anchorHref(doc.id, section ? r.section! : ''), title: doc.title, section });
  }
  const forms = { term: entry.term, aliases: entry.aliases, abbreviation: entry.abbreviation };
  const fullName = entry.fullName ? { term: entry.fullName, aliases: [], abbreviation: false } : undefined;
  const find = (doc: GlossaryDocument, f: typeof forms): Omit<Place, 'title'> | undefined => {
    for (const page of doc.pages) {
      const usage = usageIn(f, { body: page.body, data: '' });
      if (usage) return usage.section ? { href: anchorHref(doc.id, usage.section.id), section: usage.section.title } : { href: page.url, section: page.title };
    }
    return usageIn(f, { body: '', data: doc.data }) ? { href: `/kaders/${doc.id}/` } : undefined;
  };
  for (const doc of docs) {
    if (seen.has(doc.id)) continue;
    const found = find(doc, forms) ?? (fullName && find(doc, fullName));
    if (found) places.push({ ...found, title: doc.title });
  }
  return places;
}
