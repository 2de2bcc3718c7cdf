import { describe, expect, it } from 'vitest';
import { offerCsvRows, planningRows } from '../../src/lib/overview-data.ts';
import { toCsv } from '../../src/lib/csv.ts';
import type { OfferRow } from '../../src/lib/document/offer-rows.ts';
import type { TimelineItem } from '../../src/lib/timeline.ts';

const SITE = 'https://inkoopwijzer.test/';

describe('CSV rows of the split overviews', () => {
  it('planning: one row per item, with its dates, precision and how certain the source is', () => {
    const item: TimelineItem = {
      id: 'kampen--mijlpaal-inschrijving',
      kind: 'mijlpaal',
      documentSlug: 'kampen-wmo-segmenten-2024',
      documentTitle: 'Kampen, segmenten 2024',
      regionId: 'kampen',
      regionName: 'Kampen',
      label: 'Sluiting inschrijving',
      start: '2024-05-21',
      end: '2024-05-21',
      precision: 'day',
      when: '21 mei 2024, 12:00 uur',
      certainty: 'voornemen',
    } as TimelineItem;
    const { header, rows } = planningRows([item], SITE);
    expect(rows).toHaveLength(1);
    const row = Object.fromEntries(header.map((h, i) => [h, rows[0]![i]]));
    expect(row).toMatchObject({ begin: '2024-05-21', einde: '2024-05-21', wanneer: '21 mei 2024, 12:00 uur', precisie: 'day', soort: 'Mijlpaal', regio: 'kampen', url: 'https://inkoopwijzer.test/kaders/kampen-wmo-segmenten-2024/' });
    expect(row.zekerheid).not.toBe('');
    expect(row.toelichting).toBeUndefined();
    // The comma in the title is quoted in the file.
    expect(toCsv(header, rows)).toContain('"Kampen, segmenten 2024"');
  });

  it('percelen: municipality names and ids, products and domains of every row', () => {
    const row: OfferRow = {
      id: 'x--perceel-dagbesteding-heumen',
      documentSlug: 'regio-nijmegen-blok-b-2018',
      documentTitle: 'Blok B',
      regionId: 'rijk-van-nijmegen',
      regionName: 'Rijk van Nijmegen',
      kind: 'perceel',
      name: 'Perceel Dagbesteding (Heumen)',
      domains: ['Wmo', 'Jeugdhulp'],
      productIds: ['dagbesteding'],
      municipalityIds: ['heumen', 'onbekend'],
      how: 'Apart perceel voor deze gemeente',
    };
    const names = { regios: new Map(), gemeenten: new Map([['heumen', 'Heumen']]), producten: new Map(), kaders: new Map() };
    const { header, rows } = offerCsvRows([row], names, SITE);
    const out = Object.fromEntries(header.map((h, i) => [h, rows[0]![i]]));
    expect(out).toMatchObject({ gemeenten: 'Heumen; onbekend', gemeente_ids: 'heumen onbekend', producten: 'dagbesteding', domeinen: 'Wmo Jeugdhulp', regio_naam: 'Rijk van Nijmegen' });
  });
});
