/**
 * Feeds per municipality, region and product: which documents concern it,
 * its dated items (for /…/planning.ics) and its change events (for
 * /…/wijzigingen.xml). Built on the same derivations as the pages: documents
 * of a place come from coverage.ts, products from offer-rows.ts, changes from
 * change-log.ts, so a feed never tells another story than its page.
 */
import { compareDates } from './calendar-date.ts';
import type { ChangeEvent } from './document/change-log.ts';
import { offerRows } from './document/offer-rows.ts';
import type { DocumentRecord, NameIndex } from './document/types.ts';
import { documentsFor } from './places/coverage.ts';
import { documentTimeline, type TimelineItem } from './timeline.ts';

export type FeedScopeKind = 'gemeente' | 'regio' | 'product';

/** The folder of each kind's pages and feeds. */
export const FEED_FOLDERS: Record<FeedScopeKind, string> = { gemeente: 'gemeenten', regio: 'regios', product: 'producten' };

export interface FeedScope {
  kind: FeedScopeKind;
  id: string;
  name: string;
  /** The page, e.g. "/gemeenten/kampen/". */
  pagePath: string;
  /** The Atom feed of changes, e.g. "/gemeenten/kampen/wijzigingen.xml". */
  atomPath: string;
  /** The iCal feed of the planning, e.g. "/gemeenten/kampen/planning.ics". */
  icalPath: string;
}

export function feedScope(kind: FeedScopeKind, id: string, name: string): FeedScope {
  const pagePath = `/${FEED_FOLDERS[kind]}/${id}/`;
  return { kind, id, name, pagePath, atomPath: `${pagePath}wijzigingen.xml`, icalPath: `${pagePath}planning.ics` };
}

const KIND_WORDS: Record<FeedScopeKind, { unknown: string; plural: string }> = {
  gemeente: { unknown: 'onbekende gemeente', plural: 'gemeenten' },
  regio: { unknown: 'onbekende regio', plural: "regio's" },
  product: { unknown: 'onbekend product', plural: 'producten' },
};

/**
 * The entry of a route parameter, or an error that names it and what exists:
 * a feed or page for an unknown place or product stops the build.
 */
export function requireEntry<T extends { id: string }>(kind: FeedScopeKind, id: string | undefined, entries: readonly T[], route: string): T {
  const entry = entries.find((e) => e.id === id);
  if (!entry) {
    const words = KIND_WORDS[kind];
    throw new Error(`${route}: ${words.unknown} '${id ?? ''}'. Bestaande ${words.plural}: ${entries.map((e) => e.id).join(', ') || '(geen)'}`);
  }
  return entry;
}

/** How a document concerns a product: it buys it (a lot or product entry), or only announces another procurement for it. */
export interface ProductDocument {
  record: DocumentRecord;
  /** Ids of the announced procurements that name the product; empty when the document buys it itself. */
  otherProcurementIds: string[];
  buys: boolean;
}

/** Documents that name a product, newest first. */
export function documentsForProduct(records: readonly DocumentRecord[], names: NameIndex, productId: string): ProductDocument[] {
  return records
    .flatMap((record) => {
      const buys = offerRows([record], names).some((row) => row.productIds.includes(productId));
      const otherProcurementIds = record.data.procurement.otherProcurements.filter((o) => o.products.some((p) => p.id === productId)).map((o) => o.id);
      return buys || otherProcurementIds.length ? [{ record, buys, otherProcurementIds }] : [];
    })
    .sort((a, b) => compareDates(b.record.data.published.start, a.record.data.published.start) || a.record.slug.localeCompare(b.record.slug));
}

function byStart(a: TimelineItem, b: TimelineItem): number {
  return compareDates(a.start, b.start) || compareDates(a.end, b.end) || a.id.localeCompare(b.id);
}

/**
 * The dated items of a list of documents. Where documents of the same traject
 * describe the same step (same item id), only the newest document's item is
 * kept, as on the place pages.
 */
export function scopeTimeline(records: readonly DocumentRecord[], names: NameIndex, keep: (record: DocumentRecord, item: TimelineItem) => boolean = () => true): TimelineItem[] {
  const newestFirst = [...records].sort((a, b) => compareDates(b.data.published.start, a.data.published.start) || a.slug.localeCompare(b.slug));
  const seen = new Set<string>();
  const items: TimelineItem[] = [];
  for (const record of newestFirst) {
    for (const item of documentTimeline(record, names)) {
      if (!keep(record, item)) continue;
      const step = `${record.data.traject}\u0000${item.id.slice(record.slug.length + 2)}`;
      if (seen.has(step)) continue;
      seen.add(step);
      items.push(item);
    }
  }
  return items.sort(byStart);
}

/** Dated items of a municipality or region (all its documents, not only the newest shown on the page). */
export function placeTimeline(records: readonly DocumentRecord[], names: NameIndex, municipalityIds: readonly string[]): TimelineItem[] {
  return scopeTimeline(documentsFor(records, municipalityIds), names);
}

/**
 * Dated items for a product: everything of a document that buys it; of a
 * document that only announces another procurement for it, that procurement.
 */
export function productTimeline(records: readonly DocumentRecord[], names: NameIndex, productId: string): TimelineItem[] {
  const documents = documentsForProduct(records, names, productId);
  const bySlug = new Map(documents.map((d) => [d.record.slug, d] as const));
  return scopeTimeline(
    documents.map((d) => d.record),
    names,
    (record, item) => {
      const d = bySlug.get(record.slug)!;
      return d.buys || (item.kind === 'ander-traject' && d.otherProcurementIds.some((id) => item.id === `${record.slug}--traject-${id}`));
    },
  );
}

/** Change events about these documents: about one of them, or a later document that changes one of them. */
export function scopeChanges(events: readonly ChangeEvent[], documentSlugs: Iterable<string>): ChangeEvent[] {
  const wanted = new Set(documentSlugs);
  return events.filter((e) => wanted.has(e.documentSlug) || (e.source !== undefined && wanted.has(e.source.slug)));
}
