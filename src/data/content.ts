/**
 * The one place pages and components read content from. Loads every
 * collection once per build, checks that each reference points at an entry
 * that exists (Astro's reference() does not), and resolves names.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { KaderRecord, NameIndex } from '../lib/kader/types.ts';

export type Kader = CollectionEntry<'kaders'>;

interface SiteContent {
  kaders: Kader[];
  records: KaderRecord[];
  regios: CollectionEntry<'regios'>[];
  gemeenten: CollectionEntry<'gemeenten'>[];
  producten: CollectionEntry<'producten'>[];
  names: NameIndex;
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
  const [kaders, regios, gemeenten, producten] = await Promise.all([
    getCollection('kaders'),
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
  if (problems.length) throw new Error(`Fouten in de inhoud:\n${problems.join('\n')}`);
  return { kaders, records: kaders.map((k) => ({ slug: k.id, data: k.data })), regios, gemeenten, producten, names };
}

export function siteContent(): Promise<SiteContent> {
  cache ??= load();
  return cache;
}

/** One document by slug; a clear error for a typo in a component's `kader` prop. */
export async function kaderBySlug(slug: string, usedBy = 'component'): Promise<Kader> {
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
