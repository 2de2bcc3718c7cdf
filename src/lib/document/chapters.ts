/**
 * Chapter pages of long documents: file-name rules, order, previous/next, and
 * on which page (overview or chapter) a given anchor lives. Pure: the data
 * layer and the content checker feed it file names, bodies and data.
 */
import { sectionsOf } from '../glossary-usage.ts';
import type { DocumentData } from './types.ts';

/** `02-terugblik.mdx`: two digits for the order, then the chapter's address. */
export const CHAPTER_FILE = /^(\d{2})-([a-z0-9]+(?:-[a-z0-9]+)*)\.mdx$/;

/**
 * Addresses already taken under /kaders/<slug>/ by other routes (src/pages/kaders/[slug]/);
 * test/unit/chapters.test.ts keeps this list in step with that folder.
 */
export const RESERVED_CHAPTER_SLUGS = ['toets', 'cijfers', 'planning.ics'] as const;

export interface ChapterFileName {
  order: number;
  slug: string;
}

export function parseChapterFileName(name: string): ChapterFileName | undefined {
  const match = CHAPTER_FILE.exec(name);
  return match ? { order: Number(match[1]), slug: match[2]! } : undefined;
}

export interface FolderProblem {
  /** File name inside the document folder. */
  file: string;
  message: string;
}

/**
 * Problems with the chapter files of one document folder (names of the .mdx
 * files in it, index.mdx included or not): bad names, reserved addresses,
 * duplicate order numbers or addresses, chapters without index.mdx.
 */
export function chapterFolderProblems(names: readonly string[]): FolderProblem[] {
  const problems: FolderProblem[] = [];
  const chapters = names.filter((n) => n.endsWith('.mdx') && n !== 'index.mdx').sort();
  const byOrder = new Map<number, string>();
  const bySlug = new Map<string, string>();
  for (const file of chapters) {
    const parsed = parseChapterFileName(file);
    if (!parsed) {
      problems.push({
        file,
        message: `de bestandsnaam van een hoofdstuk moet <nn>-<hoofdstuk>.mdx zijn: twee cijfers voor de volgorde, een streepje en kleine letters, cijfers en streepjes (zoals 02-terugblik.mdx), niet ${file}`,
      });
      continue;
    }
    if ((RESERVED_CHAPTER_SLUGS as readonly string[]).includes(parsed.slug)) {
      problems.push({ file, message: `'${parsed.slug}' is al een adres van de site onder dit document (${RESERVED_CHAPTER_SLUGS.join(', ')}); kies een andere naam voor dit hoofdstuk` });
    }
    const sameOrder = byOrder.get(parsed.order);
    if (sameOrder) problems.push({ file, message: `het volgnummer ${file.slice(0, 2)} staat ook al voor ${sameOrder}; geef elk hoofdstuk een eigen nummer` });
    else byOrder.set(parsed.order, file);
    const sameSlug = bySlug.get(parsed.slug);
    if (sameSlug) problems.push({ file, message: `het adres '${parsed.slug}' staat ook al in ${sameSlug}; geef elk hoofdstuk een eigen naam` });
    else bySlug.set(parsed.slug, file);
  }
  if (chapters.length > 0 && !names.includes('index.mdx')) {
    problems.push({ file: chapters[0]!, message: 'deze map heeft hoofdstukken maar geen index.mdx; elk document begint met index.mdx (de frontmatter van het document), maak die met npm run new -- <slug>' });
  }
  return problems;
}

export const chapterUrl = (kader: string, chapter: string) => `/kaders/${kader}/${chapter}/`;

export interface ChapterInfo {
  slug: string;
  order: number;
  title: string;
  description?: string | undefined;
}

export interface ChapterLink extends ChapterInfo {
  url: string;
}

/** The chapters of one document in reading order, with their address. */
export function orderChapters(kader: string, chapters: readonly ChapterInfo[]): ChapterLink[] {
  return [...chapters].sort((a, b) => a.order - b.order || a.slug.localeCompare(b.slug)).map((c) => ({ ...c, url: chapterUrl(kader, c.slug) }));
}

export interface ChapterPosition<T> {
  /** 1-based number in reading order. */
  number: number;
  total: number;
  previous?: T | undefined;
  next?: T | undefined;
}

/** Where a chapter stands among its siblings (ordered), for "Hoofdstuk 3 van 9" and previous/next links. */
export function chapterPosition<T extends { slug: string }>(ordered: readonly T[], slug: string): ChapterPosition<T> {
  const i = ordered.findIndex((c) => c.slug === slug);
  if (i < 0) throw new Error(`onbekend hoofdstuk '${slug}'; bestaande hoofdstukken: ${ordered.map((c) => c.slug).join(', ')}`);
  return { number: i + 1, total: ordered.length, previous: ordered[i - 1], next: ordered[i + 1] };
}

/** Heading anchors of an MDX body, as Astro generates them (GitHub slugs, per page). */
export function headingAnchors(body: string): string[] {
  return sectionsOf(body).map((s) => s.id).filter(Boolean);
}

/** Anchors that author components render, by component name; only those other pages link to. */
const componentAnchors: Record<string, (slug: string, data: DocumentData, attributes: Record<string, string>) => string[]> = {
  Planning: (_slug, data) => data.milestones.map((m) => `mijlpaal-${m.id}`),
  Requirements: (slug, data) => [`eisen-${slug}`, ...data.requirements.map((r) => `eis-${r.id}`)],
  Segments: (_slug, data) => data.segments.map((s) => `segment-${s.id}`),
  FigureTable: (_slug, _data, attributes) => (attributes.id ? [`tabel-${attributes.id}`] : []),
  ContractTerm: (slug) => [`looptijd-${slug}`],
  OtherProcurements: (_slug, data) => data.procurement.otherProcurements.map((p) => `traject-${p.id}`),
};

/**
 * Anchors rendered by the author components in a body, e.g. `<Planning kader="x" />`
 * yields mijlpaal-<id> for each milestone of x. `dataOf` looks up a document by slug.
 */
export function componentAnchorIds(body: string, dataOf: (slug: string) => DocumentData | undefined): string[] {
  const ids: string[] = [];
  for (const [, name, rawAttributes] of body.matchAll(/<([A-Z]\w*)\s([^>]*?)\/?>/g)) {
    const anchors = componentAnchors[name!];
    if (!anchors) continue;
    const attributes = Object.fromEntries([...rawAttributes!.matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1]!, m[2]!]));
    const data = attributes.kader ? dataOf(attributes.kader) : undefined;
    if (data) ids.push(...anchors(attributes.kader!, data, attributes));
  }
  return ids;
}

export interface PageOfDocument {
  /** The page's address, e.g. /kaders/x/ or /kaders/x/terugblik/. */
  url: string;
  /** Ids on that page (headings and component anchors). */
  anchors: readonly string[];
  /**
   * Ids that stand for the whole page: the slug of a chapter's title, which was
   * a heading (and anchor) before the document was split. Links go to the page itself.
   */
  pageIds?: readonly string[];
}

/**
 * Maps an anchor of a document to the address that holds it. The overview page
 * comes first, then the chapters in order: the first page with the id wins, as
 * a reader scrolling through the whole document would meet it first.
 */
export function anchorLocator(kader: string, pages: readonly PageOfDocument[]): (id: string) => string {
  const where = new Map<string, string>();
  for (const page of pages) for (const id of page.anchors) if (!where.has(id)) where.set(id, `${page.url}#${id}`);
  for (const page of pages) for (const id of page.pageIds ?? []) if (!where.has(id)) where.set(id, page.url);
  const overview = `/kaders/${kader}/`;
  return (id: string) => (id ? (where.get(id) ?? `${overview}#${id}`) : overview);
}
