/**
 * Which products are bought how, per municipality: regional purchasing with
 * local exceptions (Zorgregio), or lots split per municipality (Blok B).
 */
import type { DocumentData } from './types.ts';

export type Channel = NonNullable<DocumentData['products'][number]['channel']>;
/** What a cell of the matrix says: a channel, that the source does not say, or that the product is not for this municipality. */
export type CellChannel = Channel | 'niet-genoemd' | 'niet-voor-gemeente';

export interface ProductMatrixRow {
  productId: string;
  kind: DocumentData['products'][number]['kind'];
  /** How firmly the document says it is bought this way. */
  certainty: DocumentData['products'][number]['certainty'];
  note?: string;
  /** Channel per municipality id, in the order of `municipalities`. */
  cells: { municipalityId: string; channel: CellChannel; note?: string }[];
}

type ProductEntry = DocumentData['products'][number];

/**
 * How one product entry is bought for one municipality: not for it (outside the entry's municipalities),
 * its own exception, or the entry's channel; "niet-genoemd" where the source does not say. The one rule
 * behind the matrix, the offer rows and the OCDS items.
 */
export function productCell(entry: ProductEntry, municipalityId: string): { channel: CellChannel; note?: string } {
  if (entry.municipalities && !entry.municipalities.some((m) => m.id === municipalityId)) return { channel: 'niet-voor-gemeente' };
  const exception = entry.exceptions.find((e) => e.municipality.id === municipalityId);
  return exception
    ? { channel: exception.channel, ...(exception.note ? { note: exception.note } : {}) }
    : { channel: entry.channel ?? 'niet-genoemd' };
}

export function productMatrix(data: DocumentData): { municipalities: string[]; rows: ProductMatrixRow[]; uniform: boolean } {
  const municipalities = data.municipalities.map((m) => m.id);
  const rows = data.products.map((entry) => ({
    productId: entry.product.id,
    kind: entry.kind,
    certainty: entry.certainty,
    ...(entry.note ? { note: entry.note } : {}),
    cells: municipalities.map((municipalityId): ProductMatrixRow['cells'][number] => ({ municipalityId, ...productCell(entry, municipalityId) })),
  }));
  const uniform = rows.every((r) => r.cells.every((c) => c.channel === r.cells[0]?.channel));
  return { municipalities, rows, uniform };
}

export const CHANNEL_LABELS: Record<Channel, string> = {
  'regionale-inkoop': 'Regionaal ingekocht',
  'lokale-inkoop': 'Lokaal ingekocht',
  'aparte-aanbesteding': 'Aparte aanbesteding',
  'andere-regio': 'Via een andere regio',
  'niet-ingekocht': 'Niet ingekocht',
};

export const CELL_LABELS: Record<CellChannel, string> = {
  ...CHANNEL_LABELS,
  'niet-genoemd': 'Niet genoemd',
  'niet-voor-gemeente': 'Niet voor deze gemeente',
};
