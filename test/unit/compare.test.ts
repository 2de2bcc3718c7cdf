/** The documents side by side (src/lib/document/compare.ts) and the rows of /percelen/ (src/lib/document/offer-rows.ts). */
import { describe, expect, it } from 'vitest';
import { compareDocuments } from '../../src/lib/document/compare.ts';
import { offerRows } from '../../src/lib/document/offer-rows.ts';
import { base, names, record, withContract } from './document-fixture.ts';

const a = record('a');
const b = record('b', { procurement: { ...base.procurement, method: 'open-house', contract: { start: '2026-01-01', certainty: 'voornemen', initialTerm: null } } });
// Kampen: "raamovereenkomsten voor maximaal 48 maanden; mogelijk wordt dat langer".
const maximum = record('maximum', withContract({ start: '2026-01-01', certainty: 'voornemen', initialTerm: { max: { months: 48 }, openEnded: true } }));
// Blok B: the source gives only the year the contract started.
const yearOnly = record('jaar', withContract({ start: '2018', certainty: 'vastgesteld', initialTerm: { exact: { years: 2 } }, extensions: [{ years: 1 }, { years: 1 }] }));
const stated = record('genoemd', withContract({ start: '2018', certainty: 'vastgesteld', initialTerm: { exact: { years: 2 } }, extensions: [{ years: 1 }, { years: 1 }], stated: { maxEnd: '2022' } }));
const none = record('geen', withContract(null));
// A lot for two of the three municipalities (a sub-region).
const subRegional = record('deelregio', { lots: [{ id: 'noord', name: 'Perceel Noord', domain: 'Wmo', scope: 'gemeenten', municipalities: ['aagemeente'], products: ['begeleiding'], certainty: 'vastgesteld' }] });

describe('compareDocuments', () => {
  const rows = Object.fromEntries(compareDocuments([a, b, maximum, yearOnly, stated, none], names).map((r) => [r.key, r]));

  it('marks differences and keeps equal rows unmarked', () => {
    expect(rows.regio).toMatchObject({ cells: Array(6).fill('Voorbeeldregio'), differs: false });
    expect(rows.inkoopvorm!.cells.slice(0, 2)).toEqual(['Europese aanbesteding, verlicht regime (SAS)', 'Open House (toelating)']);
    expect(rows.inkoopvorm!.differs).toBe(true);
    expect(rows.bibob!.cells[0]).toBe('Bibob (vastgesteld)');
  });

  it('states the term as the source does, with its certainty', () => {
    expect(rows.looptijd!.cells).toEqual([
      'Eerste looptijd 4 jaar vanaf 1 januari 2025; verlengingen: 3 keer 3 jaar',
      'Eerste looptijd niet genoemd vanaf 1 januari 2026 (voornemen); verlengingen: niet genoemd',
      'Eerste looptijd maximaal 48 maanden, mogelijk langer vanaf 1 januari 2026 (voornemen); verlengingen: niet genoemd',
      'Eerste looptijd 2 jaar vanaf 2018; verlengingen: 2 keer 1 jaar',
      'Eerste looptijd 2 jaar vanaf 2018; verlengingen: 2 keer 1 jaar',
      'Niet genoemd',
    ]);
  });

  it('gives an end date only where the source makes it determinable or states it, and says why not', () => {
    expect(rows.einddatum!.cells).toEqual([
      '31 december 2037',
      'Niet te bepalen: de looptijd is niet genoemd',
      'Niet te bepalen: de looptijd ligt niet vast, langer is mogelijk',
      'Niet te bepalen: de bron noemt als start alleen 2018',
      '2022',
      'Niet genoemd',
    ]);
  });
});

describe('compareDocuments: scope', () => {
  it('names the municipalities of a lot that is not for all of them', () => {
    const [a1, sub] = compareDocuments([a, subRegional], names).find((r) => r.key === 'producten')!.cells;
    expect(a1).toBe('Begeleiding, Dagbesteding');
    expect(sub).toBe('Begeleiding, Dagbesteding, Perceel Noord (alleen Aagemeente)');
  });
});

describe('offerRows', () => {
  it('splits per-municipality lots and groups products by channel', () => {
    const rows = offerRows([a], names);
    expect(rows.filter((r) => r.kind === 'perceel').map((r) => [r.name, r.municipalityIds])).toEqual([
      ['Perceel Begeleiding (Aagemeente)', ['aagemeente']],
      ['Perceel Begeleiding (Beegemeente)', ['beegemeente']],
    ]);
    expect(rows.filter((r) => r.productIds[0] === 'dagbesteding').map((r) => [r.how, r.municipalityIds])).toEqual([
      ['Regionaal ingekocht', ['aagemeente']],
      ['Lokaal ingekocht', ['beegemeente']],
    ]);
  });

  it("a product without channel is 'Niet genoemd'; a product or lot for some municipalities covers only those", () => {
    const scoped = record('scoped', {
      products: [
        { product: 'begeleiding', certainty: 'voornemen' },
        { product: 'dagbesteding', channel: 'regionale-inkoop', certainty: 'vastgesteld', municipalities: ['beegemeente'], domains: ['Jeugdhulp'] },
      ],
      lots: [{ id: 'vervoer', name: 'Vervoer', domain: 'Wmo', scope: 'gemeenten', municipalities: ['beegemeente'], certainty: 'vastgesteld' }],
    });
    expect(offerRows([scoped], names).map((r) => [r.kind, r.name, r.how, r.municipalityIds, r.domains])).toEqual([
      ['perceel', 'Perceel Vervoer', 'Perceel voor Beegemeente', ['beegemeente'], ['Wmo']],
      ['product', 'Begeleiding', 'Niet genoemd (voornemen)', ['aagemeente', 'beegemeente'], ['Wmo']],
      ['product', 'Dagbesteding', 'Regionaal ingekocht', ['beegemeente'], ['Jeugdhulp']],
    ]);
  });
});
