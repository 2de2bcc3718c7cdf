/**
 * Field-by-field differences between two versions of a document's
 * structured data (planning, contract, lots, requirements, tariffs), with
 * Dutch labels such as "Publicatie: mei 2024 → 23 april 2024".
 *
 * Two modes: 'versie' compares two versions of the same document (so added
 * and removed items count); 'gedeeld' compares a document with a later
 * document of the same traject, which only repeats some items, so only
 * items both describe are compared.
 */
import { computeContractTerm, formatLength, type TermLength } from '../contract-term.ts';
import { formatMoney } from '../money.ts';
import { formatDate, formatPeriod, type Period } from '../period.ts';
import type { FrameworkData } from './types.ts';

export type ChangeKind = 'gewijzigd' | 'toegevoegd' | 'verwijderd';
export type ChangeArea = 'planning' | 'contract' | 'percelen' | 'eisen' | 'tarieven' | 'andere-inkoop';

export interface FieldChange {
  /** Stable path of the field, e.g. "milestones.publicatie.when". */
  path: string;
  area: ChangeArea;
  /** Dutch name of what changed, e.g. "Publicatie aanbestedingsdocumenten". */
  label: string;
  kind: ChangeKind;
  /** Formatted old value (absent when added). */
  from?: string;
  /** Formatted new value (absent when removed). */
  to?: string;
}

/** The part of the model that is compared; plain data so tests can build it by hand. */
export type ComparableData = {
  milestones: Pick<FrameworkData['milestones'][number], 'id' | 'label' | 'when' | 'display'>[];
  procurement: {
    contract: Pick<NonNullable<FrameworkData['procurement']['contract']>, 'start' | 'initialTerm' | 'extensions'> | null;
    otherProcurements: Pick<FrameworkData['procurement']['otherProcurements'][number], 'id' | 'label' | 'contractStart'>[];
  };
  lots: Pick<FrameworkData['lots'][number], 'id' | 'name' | 'scope' | 'products'>[];
  requirements: Pick<FrameworkData['requirements'][number], 'id' | 'title' | 'effect' | 'status' | 'description'>[];
  funding: { tariffs: Pick<FrameworkData['funding']['tariffs'][number], 'label' | 'unit' | 'amountCents' | 'year' | 'product'>[] };
};

export type DiffMode = 'versie' | 'gedeeld';

export interface DiffOptions {
  mode?: DiffMode;
  /** Resolves product ids to names for lot contents. */
  productName?: (id: string) => string;
}

const effectLabels: Record<string, string> = { uitsluitend: 'uitsluitend', aandacht: 'aandachtspunt' };
const statusLabels: Record<string, string> = { vastgesteld: 'vastgesteld', voornemen: 'voornemen', 'in-onderzoek': 'wordt onderzocht' };
const scopeLabels: Record<string, string> = { 'per-gemeente': 'per gemeente', regionaal: 'regionaal' };

function samePeriod(a: Period | undefined, b: Period | undefined): boolean {
  if (!a || !b) return a === b;
  return a.start === b.start && a.end === b.end && a.time === b.time;
}

function periodText(p: Period | undefined, display?: string): string {
  if (!p) return 'niet genoemd';
  return display ?? formatPeriod(p);
}

function termText(term: TermLength | null): string {
  return term ? formatLength(term) : 'niet genoemd';
}

function extensionsText(extensions: readonly TermLength[]): string {
  return extensions.length ? extensions.map(formatLength).join(' + ') : 'geen';
}

/** Matches items by key and reports changed, added and removed ones. */
function compareLists<T>(
  before: readonly T[],
  after: readonly T[],
  key: (item: T) => string,
  mode: DiffMode,
  onBoth: (a: T, b: T, k: string) => FieldChange[],
  onOne: (item: T, k: string, kind: 'toegevoegd' | 'verwijderd') => FieldChange,
): FieldChange[] {
  const changes: FieldChange[] = [];
  const afterByKey = new Map(after.map((item) => [key(item), item]));
  const beforeKeys = new Set(before.map(key));
  for (const a of before) {
    const k = key(a);
    const b = afterByKey.get(k);
    if (b !== undefined) changes.push(...onBoth(a, b, k));
    else if (mode === 'versie') changes.push(onOne(a, k, 'verwijderd'));
  }
  if (mode === 'versie') {
    for (const b of after) if (!beforeKeys.has(key(b))) changes.push(onOne(b, key(b), 'toegevoegd'));
  }
  return changes;
}

function field(path: string, area: ChangeArea, label: string, from: string, to: string): FieldChange[] {
  return from === to ? [] : [{ path, area, label, kind: 'gewijzigd', from, to }];
}

function contractChanges(before: ComparableData['procurement']['contract'], after: ComparableData['procurement']['contract'], mode: DiffMode): FieldChange[] {
  if (!before || !after) {
    if (mode === 'gedeeld' || before === after) return [];
    return [{
      path: 'procurement.contract',
      area: 'contract',
      label: 'Contract',
      kind: before ? 'verwijderd' : 'toegevoegd',
      ...(before ? { from: `vanaf ${formatDate(before.start)}` } : { to: `vanaf ${formatDate(after!.start)}` }),
    }];
  }
  const maxEnd = (c: NonNullable<typeof before>) =>
    c.initialTerm ? formatDate(computeContractTerm(c.start, c.initialTerm, c.extensions).maxEnd) : 'niet te berekenen';
  return [
    ...field('procurement.contract.start', 'contract', 'Start contract', formatDate(before.start), formatDate(after.start)),
    ...field('procurement.contract.initialTerm', 'contract', 'Eerste looptijd', termText(before.initialTerm), termText(after.initialTerm)),
    ...field('procurement.contract.extensions', 'contract', 'Verlengingen', extensionsText(before.extensions), extensionsText(after.extensions)),
    ...field('procurement.contract.maxEnd', 'contract', 'Uiterste einddatum', maxEnd(before), maxEnd(after)),
  ];
}

/** All differences from `before` to `after`, in a fixed order (planning, contract, other procurements, lots, requirements, tariffs). */
export function diffData(before: ComparableData, after: ComparableData, options: DiffOptions = {}): FieldChange[] {
  const mode = options.mode ?? 'versie';
  const productName = options.productName ?? ((id: string) => id);

  const planning = compareLists(
    before.milestones, after.milestones, (m) => m.id, mode,
    (a, b, id) => (samePeriod(a.when, b.when) ? [] : [{
      path: `milestones.${id}.when`, area: 'planning', label: a.label, kind: 'gewijzigd',
      from: periodText(a.when, a.display), to: periodText(b.when, b.display),
    }]),
    (m, id, kind) => ({
      path: `milestones.${id}`, area: 'planning', label: m.label, kind,
      ...(kind === 'toegevoegd' ? { to: periodText(m.when, m.display) } : { from: periodText(m.when, m.display) }),
    }),
  );

  const others = compareLists(
    before.procurement.otherProcurements, after.procurement.otherProcurements, (o) => o.id, mode,
    (a, b, id) => (samePeriod(a.contractStart, b.contractStart) ? [] : [{
      path: `procurement.otherProcurements.${id}.contractStart`, area: 'andere-inkoop', label: `${a.label}: start contract`, kind: 'gewijzigd',
      from: periodText(a.contractStart), to: periodText(b.contractStart),
    }]),
    (o, id, kind) => ({ path: `procurement.otherProcurements.${id}`, area: 'andere-inkoop', label: o.label, kind }),
  );

  const lots = compareLists(
    before.lots, after.lots, (l) => l.id, mode,
    (a, b, id) => [
      ...field(`lots.${id}.name`, 'percelen', `Perceel ${a.name}: naam`, a.name, b.name),
      ...field(`lots.${id}.scope`, 'percelen', `Perceel ${a.name}: reikwijdte`, scopeLabels[a.scope] ?? a.scope, scopeLabels[b.scope] ?? b.scope),
      ...field(
        `lots.${id}.products`, 'percelen', `Perceel ${a.name}: producten`,
        a.products.map((p) => productName(p.id)).join(', ') || 'geen',
        b.products.map((p) => productName(p.id)).join(', ') || 'geen',
      ),
    ],
    (l, id, kind) => ({ path: `lots.${id}`, area: 'percelen', label: `Perceel ${l.name}`, kind }),
  );

  const requirements = compareLists(
    before.requirements, after.requirements, (r) => r.id, mode,
    (a, b, id) => [
      ...field(`requirements.${id}.title`, 'eisen', `Eis ${a.title}: naam`, a.title, b.title),
      ...field(`requirements.${id}.effect`, 'eisen', `Eis ${a.title}: gevolg`, effectLabels[a.effect] ?? a.effect, effectLabels[b.effect] ?? b.effect),
      ...field(`requirements.${id}.status`, 'eisen', `Eis ${a.title}: status`, statusLabels[a.status] ?? a.status, statusLabels[b.status] ?? b.status),
      // Long texts: say that it changed, without repeating both versions.
      ...(a.description === b.description ? [] : [{ path: `requirements.${id}.description`, area: 'eisen' as const, label: `Eis ${a.title}: omschrijving`, kind: 'gewijzigd' as const }]),
    ],
    (r, id, kind) => ({ path: `requirements.${id}`, area: 'eisen', label: `Eis ${r.title}`, kind }),
  );

  const tariffKey = (t: ComparableData['funding']['tariffs'][number]) => `${t.product?.id ?? t.label}|${t.unit}|${t.year}`;
  const perUnit = (t: ComparableData['funding']['tariffs'][number]) => `${formatMoney(t.amountCents)} per ${t.unit}`;
  const tariffs = compareLists(
    before.funding.tariffs, after.funding.tariffs, tariffKey, mode,
    (a, b, key) => field(`funding.tariffs.${key}.amountCents`, 'tarieven', `Tarief ${a.label} ${a.year}`, perUnit(a), perUnit(b)),
    (t, key, kind) => ({
      path: `funding.tariffs.${key}`, area: 'tarieven', label: `Tarief ${t.label} ${t.year}`, kind,
      ...(kind === 'toegevoegd' ? { to: perUnit(t) } : { from: perUnit(t) }),
    }),
  );

  return [...planning, ...contractChanges(before.procurement.contract, after.procurement.contract, mode), ...others, ...lots, ...requirements, ...tariffs];
}

/** One line of Dutch: "Publicatie: mei 2024 → 23 april 2024", "Perceel X: nieuw", "Eis Y: vervallen". */
export function formatChange(change: FieldChange): string {
  switch (change.kind) {
    case 'toegevoegd':
      return `${change.label}: nieuw${change.to ? ` (${change.to})` : ''}`;
    case 'verwijderd':
      return `${change.label}: vervallen${change.from ? ` (was ${change.from})` : ''}`;
    case 'gewijzigd':
      return change.from !== undefined && change.to !== undefined ? `${change.label}: ${change.from} → ${change.to}` : `${change.label}: gewijzigd`;
  }
}
