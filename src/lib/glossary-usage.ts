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
