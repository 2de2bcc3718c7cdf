/**
 * Rows of the CSV downloads of the national overviews: the full lists that
 * the split pages show in parts. Dutch column names, ISO dates, the
 * certainty of every date as the source states it.
 */
import { dateCertaintyLabel } from './certainty.ts';
import type { CsvValue } from './csv.ts';
import type { OfferRow } from './document/offer-rows.ts';
import type { NameIndex } from './document/types.ts';
import { timelineKindLabels, type TimelineItem } from './timeline.ts';

interface Table {
  header: string[];
  rows: CsvValue[][];
}

const documentUrl = (siteUrl: string, slug: string) => new URL(`kaders/${slug}/`, siteUrl).href;

export function planningRows(items: readonly TimelineItem[], siteUrl: string): Table {
  return {
    header: ['begin', 'einde', 'wanneer', 'precisie', 'zekerheid', 'soort', 'onderdeel', 'toelichting', 'kader', 'kader_titel', 'regio', 'regio_naam', 'url'],
    rows: items.map((i) => [
      i.start,
      i.end,
      i.when,
      i.precision,
      dateCertaintyLabel(i.certainty),
      timelineKindLabels[i.kind],
      i.label,
      i.detail,
      i.documentSlug,
      i.documentTitle,
      i.regionId,
      i.regionName,
      documentUrl(siteUrl, i.documentSlug),
    ]),
  };
}

export function offerCsvRows(rows: readonly OfferRow[], names: NameIndex, siteUrl: string): Table {
  return {
    header: ['soort', 'perceel_of_product', 'hoe_ingekocht', 'gemeenten', 'gemeente_ids', 'producten', 'domeinen', 'kader', 'kader_titel', 'regio', 'regio_naam', 'url'],
    rows: rows.map((r) => [
      r.kind,
      r.name,
      r.how,
      r.municipalityIds.map((m) => names.gemeenten.get(m) ?? m).join('; '),
      r.municipalityIds.join(' '),
      r.productIds.join(' '),
      r.domains.join(' '),
      r.documentSlug,
      r.documentTitle,
      r.regionId,
      r.regionName,
      documentUrl(siteUrl, r.documentSlug),
    ]),
  };
}
