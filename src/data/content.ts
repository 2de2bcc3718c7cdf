/**
 * The one place pages and components read content from. Loads every
 * collection once per build, checks that each reference points at an entry
 * that exists (Astro's reference() does not), and resolves names.
 */
import { readdirSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { getCollection, type CollectionEntry } from 'astro:content';
import type { DocumentRecord, NameIndex } from '../lib/document/types.ts';
import { applySupersessions, formatSupersessionProblem, type Supersession } from '../lib/document/supersession.ts';
import { anchorLocator, chapterFolderProblems, componentAnchorIds, headingAnchors, orderChapters, parseChapterFileName, type ChapterLink } from '../lib/document/chapters.ts';

export type Kader = CollectionEntry<'kaders'>;
export type ChapterEntry = CollectionEntry<'hoofdstukken'>;
/** A chapter page of a document, in reading order. */
export interface DocumentChapter extends ChapterLink {
  entry: ChapterEntry;
}

interface SiteContent {
  /** Every document with the current values: what later documents changed is applied (supersedes). */
  kaders: Kader[];
  records: DocumentRecord[];
  /** Per document slug: what later documents changed in it, with the old values. */
  history: Map<string, Supersession[]>;
  regios: CollectionEntry<'regios'>[];
  gemeenten: CollectionEntry<'gemeenten'>[];
  producten: CollectionEntry<'producten'>[];
  names: NameIndex;
  /** Chapters per document slug, in reading order; no entry for a document on one page. */
  chapters: Map<string, DocumentChapter[]>;
  /** The address of an anchor of a document: on the overview page or the chapter page that holds it. */
  anchorHref: (kader: string, id: string) => string;
}

let cache: Promise<SiteContent> | undefined;

function collectReferences(value: unknown, path: string, found: { path: string; collection: string; id: string }[]) {
  if (Array.isArray(value)) value.forEach((v, i) => collectReferences(v, `${path}[${i}]`, found));
  else if (value && typeof value === 'object') {
    const obj = value as Record<string, unknown>;
    if (typeof obj.id === 'string' && typeof obj.collection === 'string' && Object.keys(obj).length === 2) {
      found.push({ path, collection: obj.collection, id: obj.id });
      return;
    }
    for (const [k, v] of Object.entries(obj)) collectReferences(v, path ? `${path}.${k}` : k, found);
  }
}

async function load(): Promise<SiteContent> {
  const [kaders, chapterEntries, regios, gemeenten, producten] = await Promise.all([
    getCollection('kaders'),
    getCollection('hoofdstukken'),
    getCollection('regios'),
    getCollection('gemeenten'),
    getCollection('producten'),
  ]);
  kaders.sort((a, b) => (a.data.published.start < b.data.published.start ? 1 : -1));
  const names: NameIndex = {
    regios: new Map(regios.map((e) => [e.id, e.data.name])),
    gemeenten: new Map(gemeenten.map((e) => [e.id, e.data.name])),
    producten: new Map(producten.map((e) => [e.id, e.data.name])),
    kaders: new Map(kaders.map((e) => [e.id, e.data.shortTitle])),
  };
  const problems: string[] = [];
  const all = [...kaders, ...regios, ...gemeenten, ...producten];
  for (const entry of all) {
    const refs: { path: string; collection: string; id: string }[] = [];
    collectReferences(entry.data, '', refs);
    for (const ref of refs) {
      const index = names[ref.collection as keyof NameIndex];
      if (!index?.has(ref.id)) {
        problems.push(`\`${ref.path}\` in ${entry.filePath ?? entry.id}: onbekende verwijzing '${ref.id}' naar ${ref.collection}`);
      }
    }
  }
  const chapters = groupChapters(kaders, chapterEntries, problems);
  if (problems.length) throw new Error(`Fouten in de inhoud:\n${problems.join('\n')}`);
  // A later document's change wins, in every view: apply each `supersedes` once, here.
  const superseded = applySupersessions(kaders.map((k) => ({ slug: k.id, data: k.data })), names);
  if (superseded.problems.length) throw new Error(`Fouten in de inhoud:\n${superseded.problems.map(formatSupersessionProblem).join('\n')}`);
  const currentData = new Map(superseded.records.map((r) => [r.slug, r.data] as const));
  for (const entry of kaders) entry.data = currentData.get(entry.id)!;
  const dataBySlug = new Map(kaders.map((k) => [k.id, k.data] as const));
  const dataOf = (slug: string) => dataBySlug.get(slug);
  const locators = new Map(kaders.map((k) => {
    const pages = [
      { url: `/kaders/${k.id}/`, anchors: [...headingAnchors(k.body ?? ''), ...componentAnchorIds(k.body ?? '', dataOf)] },
      ...(chapters.get(k.id) ?? []).map((c) => ({
        url: c.url,
        anchors: [...headingAnchors(c.entry.body ?? ''), ...componentAnchorIds(c.entry.body ?? '', dataOf)],
        pageIds: headingAnchors(`# ${c.title}`),
      })),
    ];
    return [k.id, anchorLocator(k.id, pages)] as const;
  }));
  const anchorHref = (kader: string, id: string) => locators.get(kader)?.(id) ?? `/kaders/${kader}/${id ? `#${id}` : ''}`;
  return { kaders, records: superseded.records, history: superseded.history, regios, gemeenten, producten, names, chapters, anchorHref };
}

/** Chapters by document, checked the same way as npm run check does (file names, order, index.mdx). */
function groupChapters(kaders: Kader[], entries: ChapterEntry[], problems: string[]): Map<string, DocumentChapter[]> {
  const byDocument = new Map<string, ChapterEntry[]>();
  for (const entry of entries) {
    const slug = entry.id.split('/')[0]!;
    const list = byDocument.get(slug);
    if (list) list.push(entry);
    else byDocument.set(slug, [entry]);
  }
  const result = new Map<string, DocumentChapter[]>();
  for (const [slug, list] of byDocument) {
    const folder = dirname(list[0]!.filePath ?? '');
    const names = list[0]!.filePath ? readdirSync(folder) : list.map((e) => basename(e.filePath ?? ''));
    for (const p of chapterFolderProblems(names)) problems.push(`${folder}/${p.file}: ${p.message}`);
    if (!kaders.some((k) => k.id === slug)) continue; // reported above: no index.mdx
    const infos = list.flatMap((entry) => {
      const parsed = parseChapterFileName(basename(entry.filePath ?? ''));
      return parsed ? [{ ...parsed, title: entry.data.title, description: entry.data.description, entry }] : [];
    });
    result.set(slug, orderChapters(slug, infos).map((c) => ({ ...c, entry: infos.find((i) => i.slug === c.slug)!.entry })));
  }
  return result;
}

export function siteContent(): Promise<SiteContent> {
  cache ??= load();
  return cache;
}

/** One document by slug; a clear error for a typo in a component's `kader` prop. */
export async function documentBySlug(slug: string, usedBy = 'component'): Promise<Kader> {
  const { kaders } = await siteContent();
  const entry = kaders.find((k) => k.id === slug);
  if (!entry) {
    throw new Error(`${usedBy}: onbekend kader '${slug}'. Bestaande kaders: ${kaders.map((k) => k.id).join(', ')}`);
  }
  return entry;
}

export function nameOf(index: Map<string, string>, id: string): string {
  return index.get(id) ?? id;
}
