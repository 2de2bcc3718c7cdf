/**
 * Marks up the first use of each known abbreviation in a document as
 * `<a class="begrip" href="/begrippen/#id"><abbr title="Full name">Wmo</abbr></a>`,
 * so authors write plain text and readers get the full name and a link to
 * the glossary. Fed by content/begrippen/*.yaml, read once at config time.
 *
 * Astro 7 renders MDX with Sätteri, which runs mdast plugins (the Sätteri
 * counterpart of remark plugins) rather than unified/remark ones: this is a
 * Sätteri mdast plugin, hence the file name.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MdastPluginDefinition, MdastVisitorContext } from 'satteri';
import { parse } from 'yaml';
import { abbreviationForms, createMatcher, markFirstUses, type GlossaryTerm, type Segment } from '../lib/glossary-match.ts';

/** The glossary files as the matcher needs them; the content check validates them fully. */
export function readGlossary(dir: string): GlossaryTerm[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => {
      const data = (parse(readFileSync(join(dir, name), 'utf8')) ?? {}) as Record<string, unknown>;
      const strings = (value: unknown) => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);
      return {
        id: name.replace(/\.yaml$/, ''),
        term: String(data.term ?? ''),
        fullName: typeof data.fullName === 'string' ? data.fullName : undefined,
        abbreviation: data.abbreviation === true,
        aliases: strings(data.aliases),
        definition: String(data.definition ?? ''),
      };
    })
    .filter((t) => t.term);
}

// Text inside these is never marked: headings (they become anchors and the
// table of contents), links (no link in a link), code, and existing markup.
const SKIP_NODES = new Set(['heading', 'link', 'linkReference', 'definition', 'inlineCode', 'code']);
const SKIP_ELEMENTS = new Set(['a', 'abbr', 'dfn', 'code', 'pre', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

type Node = { type: string; name?: string | null };

function insideSkipped(node: Node, ctx: MdastVisitorContext): boolean {
  for (let parent = ctx.parent(node as never) as Node | undefined; parent; parent = ctx.parent(parent as never) as Node | undefined) {
    if (SKIP_NODES.has(parent.type)) return true;
    if ((parent.type === 'mdxJsxTextElement' || parent.type === 'mdxJsxFlowElement') && parent.name && SKIP_ELEMENTS.has(parent.name)) return true;
  }
  return false;
}

function toNodes(segments: Segment[], href: (id: string) => string) {
  return segments.map((s) =>
    s.type === 'text'
      ? { type: 'text' as const, value: s.value }
      : {
          type: 'link' as const,
          url: href(s.id),
          data: { hProperties: { className: ['begrip'] } },
          children: [{ type: 'emphasis' as const, data: { hName: 'abbr', hProperties: { title: s.title } }, children: [{ type: 'text' as const, value: s.value }] }],
        },
  );
}

export interface AbbreviationOptions {
  /** Link target of a term; the glossary page by default. */
  href?: (id: string) => string;
}

/**
 * The plugin, as a factory: Sätteri calls it once per document, so "first
 * use" is counted per page.
 */
export function satteriAbbreviations(terms: GlossaryTerm[], options: AbbreviationOptions = {}) {
  const matcher = createMatcher(abbreviationForms(terms));
  const href = options.href ?? ((id: string) => `/begrippen/#${id}`);
  return (): MdastPluginDefinition => {
    const seen = new Set<string>();
    return {
      name: 'glossary-abbreviations',
      text(node, ctx) {
        if (insideSkipped(node as Node, ctx)) return;
        const segments = markFirstUses(node.value, matcher, seen);
        if (segments) ctx.replaceNode(node, toNodes(segments, href));
      },
    };
  };
}

/** The plugin fed by the glossary folder of a content tree. */
export function satteriAbbreviationsFrom(glossaryDir: string, options?: AbbreviationOptions) {
  return satteriAbbreviations(readGlossary(glossaryDir), options);
}
