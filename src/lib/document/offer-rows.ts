/**
 * One flat list of "what is bought, where and how" across all documents,
 * for the /percelen/ overview: lots (one row per municipality for lots that
 * are split per municipality) and products grouped by purchasing channel.
 */
import { certaintySuffix } from '../certainty.ts';
import { CELL_LABELS, productCell, type CellChannel } from './product-matrix.ts';
import type { DocumentRecord, NameIndex } from './types.ts';

export interface OfferRow {
  id: string;
  documentSlug: string;
  documentTitle: string;
  regionId: string;
  regionName: string;
  kind: 'perceel' | 'product';
  name: string;
  domains: string[];
  productIds: string[];
  municipalityIds: string[];
  how: string;
}

export function offerRows(records: readonly DocumentRecord[], names: NameIndex): OfferRow[] {
  const rows: OfferRow[] = [];
  for (const { slug, data } of records) {
    const base = { documentSlug: slug, documentTitle: data.shortTitle, regionId: data.region.id, regionName: names.regios.get(data.region.id) ?? data.region.id };
    const all = data.municipalities.map((m) => m.id);
    for (const lot of data.lots) {
      const label = lot.number ? `Perceel ${lot.number}: ${lot.name}` : `Perceel ${lot.name}`;
      if (lot.scope === 'per-gemeente') {
        for (const m of all) {
          rows.push({
            ...base,
            id: `${slug}--perceel-${lot.id}-${m}`,
            kind: 'perceel',
            name: `${label} (${names.gemeenten.get(m) ?? m})`,
            domains: [lot.domain],
            productIds: lot.products.map((p) => p.id),
            municipalityIds: [m],
            how: `Apart perceel voor deze gemeente${certaintySuffix(lot.certainty)}`,
          });
        }
      } else {
        const only = lot.scope === 'gemeenten' ? (lot.municipalities ?? []).map((m) => m.id) : all;
        rows.push({
          ...base,
          id: `${slug}--perceel-${lot.id}`,
          kind: 'perceel',
          name: label,
          domains: [lot.domain],
          productIds: lot.products.map((p) => p.id),
          municipalityIds: only,
          how: (lot.scope === 'gemeenten'
            ? `Perceel voor ${only.map((m) => names.gemeenten.get(m) ?? m).join(', ')}`
            : 'Regionaal perceel voor alle deelnemende gemeenten') + certaintySuffix(lot.certainty),
        });
      }
    }
    for (const entry of data.products) {
      // Only the municipalities the product is for; the source's own channel, or "niet genoemd".
      const scope = entry.municipalities ? all.filter((m) => entry.municipalities!.some((e) => e.id === m)) : all;
      const channelOf = (m: string): CellChannel => productCell(entry, m).channel;
      const channels = [...new Set(scope.map(channelOf))];
      for (const channel of channels) {
        const municipalityIds = scope.filter((m) => channelOf(m) === channel);
        rows.push({
          ...base,
          id: `${slug}--product-${entry.product.id}-${channel}`,
          kind: 'product',
          name: names.producten.get(entry.product.id) ?? entry.product.id,
          domains: [...(entry.domains ?? data.domains)],
          productIds: [entry.product.id],
          municipalityIds,
          how: `${CELL_LABELS[channel]}${certaintySuffix(entry.certainty)}`,
        });
      }
    }
  }
  return rows;
}
