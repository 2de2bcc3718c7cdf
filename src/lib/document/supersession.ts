/**
 * Supersession as data: a later document of the same procurement says, per
 * statement, what it changes in an earlier one ("supersedes" in its
 * frontmatter). Every view reads the current value; the old one stays as
 * history, marked "gewijzigd door <document, datum>". Only a change of meaning
 * counts as a change: a date that falls inside the old one ("week van 15
 * april 2024" for "april 2024") refines it, and is marked as such.
 */
import { compareDates } from '../calendar-date.ts';
import { formatBound } from '../bound.ts';
import { certaintyLabels, type Certainty } from '../certainty.ts';
import { formatLength, type TermLength } from '../contract-term.ts';
import { formatPeriod, type Period } from '../period.ts';
import type { ChangeArea, FieldChange } from './changes.ts';
import { CHANNEL_LABELS, type Channel } from './product-matrix.ts';
import type { DocumentData, DocumentRecord, NameIndex } from './types.ts';

export const SUPERSESSION_TARGETS = ['milestone', 'product', 'requirement', 'lot', 'otherProcurement', 'contract'] as const;
export type SupersessionTarget = (typeof SUPERSESSION_TARGETS)[number];

/** One change as the schema parses it from `supersedes[].changes[]`. */
export interface ParsedChange {
  target: SupersessionTarget;
  /** The item's id (for a product: the product id); absent for the contract. */
  id?: string;
  op: 'set' | 'add' | 'remove';
  /** For 'set': the new values of the fields named, parsed like the item's own fields. */
  values?: Record<string, unknown>;
  /** For 'add': the whole new item. */
  item?: unknown;
  note?: string;
}

export interface SupersessionEntry {
  document: { id: string };
  section?: string;
  changes: ParsedChange[];
}

export type SupersessionKind = 'gewijzigd' | 'verfijnd' | 'toegevoegd' | 'vervallen';

/** What a later document changed in this one, per statement and field. */
export interface Supersession extends FieldChange {
  target: SupersessionTarget;
  id?: string;
  field?: string;
  supersessionKind: SupersessionKind;
  /** The values themselves, for the open data (references as ids). */
  fromValue?: unknown;
  toValue?: unknown;
  by: { slug: string; title: string; published: Period; section?: string };
  note?: string;
}

type Item = Record<string, unknown>;

const areas: Record<SupersessionTarget, ChangeArea> = {
  milestone: 'planning',
  product: 'producten',
  requirement: 'eisen',
  lot: 'percelen',
  otherProcurement: 'andere-inkoop',
  contract: 'contract',
};

const fieldLabels: Record<string, string> = {
  when: 'datum',
  label: 'omschrijving',
  channel: 'inkoop',
  certainty: 'zekerheid',
  description: 'omschrijving',
  effect: 'gevolg',
  title: 'naam',
  start: 'start',
  initialTerm: 'eerste looptijd',
  extensions: 'verlengingen',
  domains: 'domein',
  municipalities: 'gemeenten',
  contractStart: 'start contract',
  products: 'producten',
  name: 'naam',
  scope: 'reikwijdte',
  appliesTo: 'geldt voor',
  note: 'toelichting',
};

function isPeriod(value: unknown): value is Period {
  return !!value && typeof value === 'object' && 'notation' in value && 'precision' in value && 'start' in value;
}

function isRef(value: unknown): value is { id: string; collection: string } {
  return !!value && typeof value === 'object' && 'id' in value && 'collection' in value;
}

function isTermLength(value: unknown): value is TermLength {
  return !!value && typeof value === 'object' && Object.keys(value).every((k) => k === 'years' || k === 'months');
}

/** Dutch text of a field value, for "was … → nu …". */
export function formatValue(field: string | undefined, value: unknown, names?: NameIndex): string {
  if (value === undefined || value === null) return 'niet genoemd';
  if (isPeriod(value)) return formatPeriod(value);
  if (isRef(value)) return names?.[value.collection as keyof NameIndex]?.get(value.id) ?? value.id;
  if (field === 'channel' && typeof value === 'string') return CHANNEL_LABELS[value as Channel]?.toLowerCase() ?? value;
  if (field === 'certainty' && typeof value === 'string') return certaintyLabels[value as Certainty]?.toLowerCase() ?? value;
  if (field === 'extensions') return value === 'geen' ? 'geen' : (value as TermLength[]).map(formatLength).join(' + ');
  if (Array.isArray(value)) return value.map((v) => formatValue(field, v, names)).join(', ') || 'geen';
  if (field === 'initialTerm' && typeof value === 'object') return formatBound(value as never, formatLength, { more: 'langer' });
  if (isTermLength(value)) return formatLength(value);
  return String(value);
}

/** A new period that lies inside the old one only makes it more precise. */
function refines(from: unknown, to: unknown): boolean {
  return isPeriod(from) && isPeriod(to) && compareDates(to.start, from.start) >= 0 && compareDates(to.end, from.end) <= 0 && !(to.start === from.start && to.end === from.end);
}

function sameValue(a: unknown, b: unknown): boolean {
  const plain = (v: unknown) => JSON.stringify(v, (_k, x) => (isPeriod(x) ? { start: x.start, end: x.end, time: x.time ?? null, dates: x.dates?.map((d) => d.start) ?? null, part: x.yearPart ?? null } : x));
  return plain(a) === plain(b);
}

function listOf(data: DocumentData, target: Exclude<SupersessionTarget, 'contract'>): Item[] {
  switch (target) {
    case 'milestone':
      return data.milestones as unknown as Item[];
    case 'product':
      return data.products as unknown as Item[];
    case 'requirement':
      return data.requirements as unknown as Item[];
    case 'lot':
      return data.lots as unknown as Item[];
    case 'otherProcurement':
      return data.procurement.otherProcurements as unknown as Item[];
  }
}

const keyOf = (target: SupersessionTarget, item: Item): string =>
  target === 'product' ? (item.product as { id: string }).id : String(item.id);

function itemLabel(target: SupersessionTarget, item: Item | undefined, id: string | undefined, names?: NameIndex): string {
  switch (target) {
    case 'milestone':
      return String(item?.label ?? id);
    case 'product':
      return names?.producten.get(id ?? '') ?? id ?? '';
    case 'requirement':
      return `Eis ${String(item?.title ?? id)}`;
    case 'lot':
      return `Perceel ${String(item?.name ?? id)}`;
    case 'otherProcurement':
      return String(item?.label ?? id);
    case 'contract':
      return 'Contract';
  }
}

function clone(data: DocumentData): DocumentData {
  // Periods and references are plain data; a structured clone keeps them intact.
  return structuredClone(data);
}

export interface SupersessionResult {
  /** Each document with the changes of later documents applied (current values). */
  records: DocumentRecord[];
  /** Per document slug: what later documents changed in it, oldest change first. */
  history: Map<string, Supersession[]>;
  /** Problems in a later document's `supersedes`: its slug, the field and a Dutch message. */
  problems: SupersessionProblem[];
}

export interface SupersessionProblem {
  slug: string;
  path: (string | number)[];
  message: string;
}

/** "`supersedes[0].changes[2]` in <slug>: …" for the build log. */
export function formatSupersessionProblem(p: SupersessionProblem): string {
  const field = p.path.reduce<string>((acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${key}` : key), '');
  return `\`${field}\` in ${p.slug}: ${p.message}`;
}

/** Applies every `supersedes` entry, oldest later document first. Never throws: problems are returned. */
export function applySupersessions(records: readonly DocumentRecord[], names?: NameIndex): SupersessionResult {
  const current = new Map(records.map((r) => [r.slug, { slug: r.slug, data: clone(r.data) }]));
  const history = new Map<string, Supersession[]>();
  const problems: SupersessionProblem[] = [];
  const ordered = [...records].sort((a, b) => compareDates(a.data.published.start, b.data.published.start) || a.slug.localeCompare(b.slug));
  for (const later of ordered) {
    ((later.data as { supersedes?: SupersessionEntry[] }).supersedes ?? []).forEach((entry, e) => {
      const report = (path: (string | number)[], message: string) => problems.push({ slug: later.slug, path: ['supersedes', e, ...path], message });
      const earlier = current.get(entry.document.id);
      if (!earlier) {
        report(['document'], `onbekend document '${entry.document.id}'`);
        return;
      }
      if (earlier.slug === later.slug) {
        report(['document'], 'een document kan zichzelf niet wijzigen');
        return;
      }
      if (compareDates(later.data.published.start, earlier.data.published.start) <= 0) {
        report(['document'], `${earlier.slug} is niet ouder (gepubliceerd ${formatPeriod(earlier.data.published)}, dit document ${formatPeriod(later.data.published)}); alleen een later document kan een eerder wijzigen`);
        return;
      }
      const by = { slug: later.slug, title: later.data.shortTitle, published: later.data.published, ...(entry.section ? { section: entry.section } : {}) };
      const records = history.get(earlier.slug) ?? [];
      entry.changes.forEach((change, c) => {
        const fail = (message: string) => report(['changes', c], message);
        const base = { target: change.target, area: areas[change.target], by, ...(change.note ? { note: change.note } : {}) };
        if (change.target === 'contract') {
          const contract = earlier.data.procurement.contract as unknown as Item | null;
          if (!contract) {
            fail(`${earlier.slug} heeft geen contract om te wijzigen`);
            return;
          }
          for (const [field, to] of Object.entries(change.values ?? {})) {
            const from = contract[field];
            if (sameValue(from, to)) {
              fail(`contract.${field} is al ${formatValue(field, to, names)}; dat is geen wijziging`);
              continue;
            }
            const kind: SupersessionKind = refines(from, to) ? 'verfijnd' : 'gewijzigd';
            contract[field] = to;
            records.push({ ...base, path: `procurement.contract.${field}`, label: `Contract: ${fieldLabels[field] ?? field}`, kind, supersessionKind: kind, field, from: formatValue(field, from, names), to: formatValue(field, to, names), fromValue: from, toValue: to });
          }
          return;
        }
        const list = listOf(earlier.data, change.target);
        const index = list.findIndex((item) => keyOf(change.target, item) === change.id);
        const path = `${change.target}.${change.id}`;
        if (change.op === 'add') {
          if (index >= 0) {
            fail(`${change.target} '${change.id}' bestaat al in ${earlier.slug}; gebruik set om het te wijzigen`);
            return;
          }
          // A copy: later changes to the item must not reach the later document's own data (or this history entry).
          list.push(structuredClone(change.item) as Item);
          records.push({ ...base, id: change.id!, path, label: itemLabel(change.target, change.item as Item, change.id, names), kind: 'toegevoegd', supersessionKind: 'toegevoegd', toValue: change.item });
          return;
        }
        if (index < 0) {
          const known = list.map((item) => keyOf(change.target, item));
          fail(`${earlier.slug} heeft geen ${change.target} '${change.id}'; bekend zijn: ${known.join(', ') || '(geen)'}`);
          return;
        }
        const item = list[index]!;
        if (change.op === 'remove') {
          list.splice(index, 1);
          records.push({ ...base, id: change.id!, path, label: itemLabel(change.target, item, change.id, names), kind: 'verwijderd', supersessionKind: 'vervallen', fromValue: item });
          return;
        }
        for (const [field, to] of Object.entries(change.values ?? {})) {
          const from = item[field];
          if (sameValue(from, to)) {
            fail(`${field} van ${change.target} '${change.id}' is al ${formatValue(field, to, names)}; dat is geen wijziging`);
            continue;
          }
          const kind: SupersessionKind = refines(from, to) ? 'verfijnd' : 'gewijzigd';
          item[field] = to;
          // The source's own wording of the old date no longer applies to the new one.
          if (change.target === 'milestone' && field === 'when' && !('display' in (change.values ?? {}))) delete item.display;
          records.push({
            ...base, id: change.id!, field, path: `${path}.${field}`,
            // A milestone's date is what a reader means by the milestone: "Publicatie: mei 2024 → 23 april 2024".
            label: change.target === 'milestone' && field === 'when' ? itemLabel(change.target, item, change.id, names) : `${itemLabel(change.target, item, change.id, names)}: ${fieldLabels[field] ?? field}`,
            kind, supersessionKind: kind,
            from: formatValue(field, from, names), to: formatValue(field, to, names), fromValue: from, toValue: to,
          });
        }
      });
      history.set(earlier.slug, records);
    });
  }
  return { records: records.map((r) => current.get(r.slug)!), history, problems };
}

/** The changes of one item (and field), for the view that shows it. */
export function supersessionsOf(history: readonly Supersession[] | undefined, target: SupersessionTarget, id?: string, field?: string): Supersession[] {
  return (history ?? []).filter((s) => s.target === target && (id === undefined || s.id === id) && (field === undefined || s.field === field));
}
