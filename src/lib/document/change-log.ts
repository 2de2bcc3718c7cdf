/**
 * What changed, across all documents: new documents, new versions, and
 * later documents of the same traject that change earlier ones (moved
 * milestones, other contract terms …). Feeds /wijzigingen/, its Atom feed
 * and the version history on a document's page.
 */
import { compareDates, type IsoDate } from '../calendar-date.ts';
import type { Period } from '../period.ts';
import type { FieldChange } from './changes.ts';
import type { Supersession } from './supersession.ts';
import type { DocumentRecord, NameIndex } from './types.ts';

export type ChangeEventKind = 'nieuw-document' | 'nieuwe-versie' | 'gewijzigd';

/** How /wijzigingen/ and its Atom feed name each kind of event. */
export const changeKindLabels: Record<ChangeEventKind, string> = {
  'nieuw-document': 'Nieuw document',
  'nieuwe-versie': 'Nieuwe versie',
  gewijzigd: 'Gewijzigde gegevens',
};

export interface ChangeEvent {
  /** Stable anchor and feed id part: "nieuw-<slug>", "versie-<slug>-<date>-<n>", "wijziging-<earlier>-<later>". */
  id: string;
  kind: ChangeEventKind;
  date: Period;
  title: string;
  /** Plain-language description (B1). */
  text: string;
  /** The document the entry is about (for 'gewijzigd': the earlier document whose data changed). */
  documentSlug: string;
  documentTitle: string;
  status: 'concept' | 'definitief';
  regionId: string;
  regionName: string;
  /** For 'gewijzigd': the later document that says it differently. */
  source?: { slug: string; title: string };
  changes: FieldChange[];
}

const KIND_ORDER: Record<ChangeEventKind, number> = { 'nieuw-document': 0, 'nieuwe-versie': 1, gewijzigd: 2 };

function isLater(a: DocumentRecord, b: DocumentRecord): boolean {
  return compareDates(b.data.published.start, a.data.published.start) > 0;
}

/**
 * The documents of each traject, per list of records (cached by the list's identity): the change
 * log and every document page's history compare a document only with its own traject, so the
 * work grows with the number of documents times the traject's size, not with its square.
 */
const trajectCache = new WeakMap<readonly DocumentRecord[], Map<string, DocumentRecord[]>>();
function byTraject(records: readonly DocumentRecord[]): Map<string, DocumentRecord[]> {
  let index = trajectCache.get(records);
  if (!index) {
    index = new Map();
    for (const record of records) {
      const list = index.get(record.data.traject);
      if (list) list.push(record);
      else index.set(record.data.traject, [record]);
    }
    trajectCache.set(records, index);
  }
  return index;
}

/** What each document's later documents changed in it (src/lib/document/supersession.ts), by slug. */
export type SupersessionHistory = ReadonlyMap<string, readonly Supersession[]>;

/** The changes `later` records for `earlier` (its `supersedes`), in the order it states them. */
export function trajectChanges(earlier: DocumentRecord, later: DocumentRecord, history: SupersessionHistory): FieldChange[] {
  return (history.get(earlier.slug) ?? []).filter((s) => s.by.slug === later.slug);
}

/** Every change event, newest first; ties in a fixed order so ids and order are stable between builds. */
export function changeLog(records: readonly DocumentRecord[], names: NameIndex, history: SupersessionHistory): ChangeEvent[] {
  const events: ChangeEvent[] = [];
  for (const doc of records) {
    const { data } = doc;
    const base = {
      documentSlug: doc.slug,
      documentTitle: data.shortTitle,
      status: data.status,
      regionId: data.region.id,
      regionName: names.regios.get(data.region.id) ?? data.region.id,
      changes: [],
    };
    events.push({
      ...base,
      id: `nieuw-${doc.slug}`,
      kind: 'nieuw-document',
      date: data.published,
      title: `Nieuw document: ${data.shortTitle}`,
      text: data.summary,
    });
    data.versions.forEach((version, index) => {
      events.push({
        ...base,
        id: `versie-${doc.slug}-${version.date.start}-${index + 1}`,
        kind: 'nieuwe-versie',
        date: version.date,
        title: `Nieuwe versie: ${data.shortTitle} (${version.label})`,
        text: version.description,
      });
    });
    for (const later of byTraject(records).get(data.traject) ?? []) {
      if (later.slug === doc.slug || !isLater(doc, later)) continue;
      const changes = trajectChanges(doc, later, history);
      if (changes.length === 0) continue;
      events.push({
        ...base,
        id: `wijziging-${doc.slug}-${later.slug}`,
        kind: 'gewijzigd',
        date: later.data.published,
        title: `Gewijzigd: ${data.shortTitle}`,
        text: `In ${later.data.shortTitle} staat iets anders dan in ${data.shortTitle}:`,
        source: { slug: later.slug, title: later.data.shortTitle },
        changes,
      });
    }
  }
  return events.sort(
    (a, b) => compareDates(b.date.start, a.date.start) || KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.id.localeCompare(b.id),
  );
}

export interface HistoryEntry {
  date: Period;
  label: string;
  text?: string;
  /** Another document of the same traject. */
  document?: { slug: string; title: string; relation: 'eerder' | 'later' };
  changes: FieldChange[];
}

/** Version history of one document, oldest first: its own versions and the other documents of its traject. */
export function documentHistory(doc: DocumentRecord, all: readonly DocumentRecord[], history: SupersessionHistory): HistoryEntry[] {
  const entries: HistoryEntry[] = doc.data.versions.map((v) => ({ date: v.date, label: v.label, text: v.description, changes: [] }));
  for (const other of byTraject(all).get(doc.data.traject) ?? []) {
    if (other.slug === doc.slug) continue;
    const later = isLater(doc, other);
    const earlier = isLater(other, doc);
    if (!later && !earlier) continue;
    entries.push({
      date: other.data.published,
      label: other.data.shortTitle,
      document: { slug: other.slug, title: other.data.shortTitle, relation: later ? 'later' : 'eerder' },
      changes: later ? trajectChanges(doc, other, history) : trajectChanges(other, doc, history),
    });
  }
  return entries.sort((a, b) => compareDates(a.date.start, b.date.start));
}

/** Start of a period as a UTC midnight Date (feed dates must not depend on the build time). */
export function eventDate(date: IsoDate): Date {
  return new Date(`${date}T00:00:00Z`);
}
