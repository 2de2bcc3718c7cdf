/**
 * What applies to one municipality, or to a group of them (a region): the
 * documents that list them, what those documents buy for them and how, the
 * contract periods and the planning. Built on the derivations behind
 * /percelen/ (offerRows), the product matrix and the timeline, so a place
 * page never tells a different story than the overviews.
 */
import { compareDates } from '../calendar-date.ts';
import { summariseContract, type ContractSummary } from '../document/contract.ts';
import { offerRows, type OfferRow } from '../document/offer-rows.ts';
import { productMatrix, type CellChannel } from '../document/product-matrix.ts';
import type { DocumentRecord, NameIndex } from '../document/types.ts';
import { documentTimeline, type TimelineItem } from '../timeline.ts';

/** Newest first; on the same date by title, so the order is stable. */
function newestFirst(a: DocumentRecord, b: DocumentRecord): number {
  return compareDates(b.data.published.start, a.data.published.start) || a.data.shortTitle.localeCompare(b.data.shortTitle, 'nl');
}

/** Documents that list at least one of the municipalities, newest first. */
export function documentsFor(records: readonly DocumentRecord[], municipalityIds: readonly string[]): DocumentRecord[] {
  const wanted = new Set(municipalityIds);
  return records.filter((r) => r.data.municipalities.some((m) => wanted.has(m.id))).sort(newestFirst);
}

/**
 * Lots and products of one document that apply to at least one of the
 * municipalities, each narrowed to those municipalities (a per-municipality
 * lot of Heumen stays; the one of Wijchen goes).
 */
export function offersFor(record: DocumentRecord, names: NameIndex, municipalityIds: readonly string[]): OfferRow[] {
  const wanted = new Set(municipalityIds);
  return offerRows([record], names)
    .map((row) => ({ ...row, municipalityIds: row.municipalityIds.filter((m) => wanted.has(m)) }))
    .filter((row) => row.municipalityIds.length > 0);
}

export interface LocalException {
  productId: string;
  /** How this municipality buys it. */
  channel: CellChannel;
  /** How the other municipalities of the document buy it ('niet-genoemd' when the source does not say). */
  usualChannel: CellChannel;
  note?: string;
}

/** Products a municipality buys differently from the rest of the document (Zorgregio: Apeldoorn buys HH locally). */
export function localExceptions(record: DocumentRecord, municipalityId: string): LocalException[] {
  const matrix = productMatrix(record.data);
  return matrix.rows.flatMap((row, i) => {
    const usualChannel: CellChannel = record.data.products[i]!.channel ?? 'niet-genoemd';
    const cell = row.cells.find((c) => c.municipalityId === municipalityId);
    // A product that is not for this municipality is no local exception.
    if (!cell || cell.channel === usualChannel || cell.channel === 'niet-voor-gemeente') return [];
    return [{ productId: row.productId, channel: cell.channel, usualChannel, ...(cell.note ? { note: cell.note } : {}) }];
  });
}

export interface PlaceContract {
  record: DocumentRecord;
  contract: ContractSummary;
}

/** Contract periods the documents set, earliest start first; documents without a contract are left out. */
export function contractsFor(records: readonly DocumentRecord[]): PlaceContract[] {
  return records
    .flatMap((record) => {
      const contract = summariseContract(record.data.procurement.contract);
      return contract ? [{ record, contract }] : [];
    })
    .sort((a, b) => compareDates(a.contract.start.start, b.contract.start.start) || newestFirst(a.record, b.record));
}

/**
 * The milestones of the documents on one list in date order. Where documents
 * of the same traject describe the same step, only the newest document's
 * date is kept (the rule of src/lib/document/milestone-changes.ts).
 */
export function milestonesFor(records: readonly DocumentRecord[], names: NameIndex): TimelineItem[] {
  const seen = new Set<string>();
  const items: TimelineItem[] = [];
  for (const record of [...records].sort(newestFirst)) {
    for (const item of documentTimeline(record, names)) {
      if (item.kind !== 'mijlpaal') continue;
      const step = `${record.data.traject}\u0000${item.id.slice(record.slug.length + 2)}`;
      if (seen.has(step)) continue;
      seen.add(step);
      items.push(item);
    }
  }
  return items.sort((a, b) => compareDates(a.start, b.start) || compareDates(a.end, b.end) || a.label.localeCompare(b.label, 'nl'));
}

export interface PlaceOverview {
  /** Every document that lists one of the municipalities, newest first. */
  documents: DocumentRecord[];
  /** The newest documents whose lots, contracts and planning the page shows (capped, so pages stay small). */
  detailed: DocumentRecord[];
  offers: { record: DocumentRecord; rows: OfferRow[] }[];
  contracts: PlaceContract[];
  milestones: TimelineItem[];
}

/**
 * Everything a municipality or region page shows. `maxDetailed` caps the
 * documents whose details are shown: with hundreds of documents a page would
 * otherwise grow with every document (see docs/performance.md).
 */
export function placeOverview(records: readonly DocumentRecord[], names: NameIndex, municipalityIds: readonly string[], maxDetailed = 6): PlaceOverview {
  const documents = documentsFor(records, municipalityIds);
  const detailed = documents.slice(0, maxDetailed);
  return {
    documents,
    detailed,
    offers: detailed.map((record) => ({ record, rows: offersFor(record, names, municipalityIds) })).filter((o) => o.rows.length > 0),
    contracts: contractsFor(detailed),
    milestones: milestonesFor(detailed, names),
  };
}
