/** Municipality and region pages: which documents, lots, products, contracts and milestones apply to a place. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contractsFor, documentsFor, localExceptions, milestonesFor, offersFor, placeOverview } from '../../src/lib/places/coverage.ts';
import { inPercelenFilter, planningRegions } from '../../src/lib/places/links.ts';
import { dutchList, placeSummary, regionPhrase } from '../../src/lib/places/summary.ts';
import { toMunicipalityApiRecord } from '../../src/lib/places/api-record.ts';
import { base, names, record, withContract } from './document-fixture.ts';

// The fixture document: a per-municipality lot Begeleiding, products begeleiding (regional) and
// dagbesteding (regional, but Beegemeente buys it locally), a contract from 2025 and two milestones.
const doc = record('kader-2025', {});
// A later council letter of the same traject that moves the publication.
const letter = record('brief-2024', {
  documentType: 'raadsinformatiebrief',
  status: 'definitief',
  published: '2024-06',
  procurement: { ...base.procurement, contract: null },
  products: [],
  lots: [],
  milestones: [{ id: 'publicatie', label: 'Publicatie', when: '2024-07-01', certainty: 'vastgesteld' }],
});
// Another region: only Ceegemeente, with a regional lot.
const other = record('ander-kader', {
  published: '2023-03',
  region: 'andere-regio',
  municipalities: ['ceegemeente'],
  traject: 'ander',
  products: [],
  lots: [{ id: 'hh', number: 1, name: 'Huishouden', domain: 'Wmo', scope: 'regionaal', products: [], certainty: 'vastgesteld' }],
  milestones: [{ id: 'publicatie', label: 'Publicatie ander', when: '2023-05', certainty: 'vastgesteld' }],
  procurement: { ...base.procurement, contract: { start: '2023-01-01', certainty: 'vastgesteld', initialTerm: { exact: { years: 2 } }, extensions: 'geen' } },
});
const all = [other, doc, letter];

describe('documentsFor', () => {
  it('lists the documents that name the municipality, newest first', () => {
    expect(documentsFor(all, ['aagemeente']).map((r) => r.slug)).toEqual(['brief-2024', 'kader-2025']);
    expect(documentsFor(all, ['ceegemeente']).map((r) => r.slug)).toEqual(['ander-kader']);
  });

  it('gives a municipality without documents an empty list', () => {
    expect(documentsFor(all, ['leeggemeente'])).toEqual([]);
    const overview = placeOverview(all, names, ['leeggemeente']);
    expect(overview).toMatchObject({ documents: [], detailed: [], offers: [], contracts: [], milestones: [] });
  });

  it('for a region: every document that names one of its municipalities', () => {
    expect(documentsFor(all, ['aagemeente', 'ceegemeente']).map((r) => r.slug)).toEqual(['brief-2024', 'kader-2025', 'ander-kader']);
  });
});

describe('offersFor', () => {
  it('keeps the municipality\'s own per-municipality lot and drops the others', () => {
    const rows = offersFor(doc, names, ['aagemeente']);
    const lots = rows.filter((r) => r.kind === 'perceel');
    expect(lots.map((r) => r.name)).toEqual(['Perceel Begeleiding (Aagemeente)']);
    expect(rows.every((r) => r.municipalityIds.join() === 'aagemeente')).toBe(true);
  });

  it('shows a local exception as the municipality\'s own channel', () => {
    const how = (m: string) => offersFor(doc, names, [m]).find((r) => r.kind === 'product' && r.productIds[0] === 'dagbesteding')?.how;
    expect(how('aagemeente')).toBe('Regionaal ingekocht');
    expect(how('beegemeente')).toBe('Lokaal ingekocht');
  });

  it('a regional lot applies to every municipality of the document', () => {
    expect(offersFor(other, names, ['ceegemeente']).map((r) => r.name)).toEqual(['Perceel 1: Huishouden']);
    expect(offersFor(other, names, ['aagemeente'])).toEqual([]);
  });

  it("a lot or product for some municipalities covers only those; a product without channel is 'Niet genoemd'", () => {
    const scoped = record('scoped', {
      products: [
        { product: 'begeleiding', certainty: 'vastgesteld' },
        { product: 'dagbesteding', channel: 'lokale-inkoop', certainty: 'vastgesteld', municipalities: ['aagemeente'] },
      ],
      lots: [{ id: 'vervoer', name: 'Vervoer', domain: 'Wmo', scope: 'gemeenten', municipalities: ['aagemeente'], certainty: 'vastgesteld' }],
    });
    expect(offersFor(scoped, names, ['aagemeente']).map((r) => [r.name, r.how])).toEqual([
      ['Perceel Vervoer', 'Perceel voor Aagemeente'],
      ['Begeleiding', 'Niet genoemd'],
      ['Dagbesteding', 'Lokaal ingekocht'],
    ]);
    expect(offersFor(scoped, names, ['beegemeente']).map((r) => [r.name, r.how])).toEqual([['Begeleiding', 'Niet genoemd']]);
    // Not bought for Beegemeente is no local exception there.
    expect(localExceptions(scoped, 'beegemeente')).toEqual([]);
  });

  it('never returns a municipality that was not asked for (property)', () => {
    const ids = ['aagemeente', 'beegemeente', 'ceegemeente', 'leeggemeente'];
    fc.assert(
      fc.property(fc.subarray(ids), (wanted) => {
        for (const r of all) {
          for (const row of offersFor(r, names, wanted)) {
            expect(row.municipalityIds.length).toBeGreaterThan(0);
            expect(row.municipalityIds.every((m) => wanted.includes(m))).toBe(true);
          }
        }
        // A region's documents are the union of its municipalities' documents.
        const union = new Set(wanted.flatMap((m) => documentsFor(all, [m]).map((r) => r.slug)));
        expect(new Set(documentsFor(all, wanted).map((r) => r.slug))).toEqual(union);
      }),
    );
  });
});

describe('localExceptions', () => {
  it('names the product a municipality buys differently, and how the others buy it', () => {
    expect(localExceptions(doc, 'beegemeente')).toEqual([{ productId: 'dagbesteding', channel: 'lokale-inkoop', usualChannel: 'regionale-inkoop' }]);
    expect(localExceptions(doc, 'aagemeente')).toEqual([]);
  });
});

describe('contractsFor', () => {
  it('lists contract periods by start date and leaves out documents without one', () => {
    const contracts = contractsFor(all);
    expect(contracts.map((c) => c.record.slug)).toEqual(['ander-kader', 'kader-2025']);
    expect(contracts[1]!.contract.term?.maxEnd).toBe('2037-12-31');
    expect(contracts[0]!.contract.term?.segments).toHaveLength(1);
  });

  it('a contract with only a maximum term has no end date; a year-only start no day', () => {
    const maximum = record('maximum', withContract({ start: '2026-01-01', certainty: 'voornemen', initialTerm: { max: { months: 48 }, openEnded: true } }));
    const yearOnly = record('jaar', withContract({ start: '2018', certainty: 'vastgesteld', initialTerm: { exact: { years: 2 } } }));
    const [first, second] = contractsFor([maximum, yearOnly]);
    expect(first!.record.slug).toBe('jaar');
    expect(first!.contract).toMatchObject({ term: null, initialEnd: null, maxEnd: null, start: { precision: 'year', start: '2018-01-01' } });
    expect(second!.contract).toMatchObject({ term: null, initialEnd: null, maxEnd: null, termText: 'maximaal 48 maanden, mogelijk langer' });
    const api = toMunicipalityApiRecord({ id: 'aagemeente', name: 'Aagemeente', province: 'Gelderland' }, [], [maximum, yearOnly], names, 'https://example.nl/');
    expect(api.contracts.map((c) => [c.kader, c.start.precision, c.initialEnd, c.maxEnd])).toEqual([
      ['jaar', 'year', null, null],
      ['maximum', 'day', null, null],
    ]);
  });
});

describe('milestonesFor', () => {
  it('keeps the newest document\'s date for a step of the same traject', () => {
    const items = milestonesFor([doc, letter], names);
    expect(items.map((i) => `${i.documentSlug}:${i.label}:${i.start}`)).toEqual([
      'brief-2024:Publicatie:2024-07-01',
      'kader-2025:Gunning:2024-09-01',
    ]);
  });

  it('keeps steps of different trajects apart, in date order', () => {
    expect(milestonesFor(all, names).map((i) => i.label)).toEqual(['Publicatie ander', 'Publicatie', 'Gunning']);
  });
});

describe('placeOverview', () => {
  it('caps the documents whose details are shown, newest first', () => {
    const overview = placeOverview(all, names, ['aagemeente', 'ceegemeente'], 2);
    expect(overview.documents).toHaveLength(3);
    expect(overview.detailed.map((r) => r.slug)).toEqual(['brief-2024', 'kader-2025']);
    expect(overview.offers.map((o) => o.record.slug)).toEqual(['kader-2025']); // the letter buys nothing itself
    expect(overview.contracts.map((c) => c.record.slug)).toEqual(['kader-2025']);
  });
});

describe('links to filtered overviews', () => {
  it('links /percelen/ only for a municipality with rows there', () => {
    expect(inPercelenFilter(documentsFor(all, ['aagemeente']), names, 'aagemeente')).toBe(true);
    expect(inPercelenFilter([], names, 'leeggemeente')).toBe(false);
  });

  it('links /planning/ for the regions of documents with dated items', () => {
    expect(planningRegions(all, names).sort()).toEqual(['andere-regio', 'voorbeeldregio']);
  });
});

describe('placeSummary', () => {
  it('counts documents by kind and names the domains, region and newest date', () => {
    const text = placeSummary({ kind: 'gemeente', name: 'Aagemeente', regionNames: ['Voorbeeldregio'], documents: documentsFor(all, ['aagemeente']) });
    expect(text).toBe(
      'Aagemeente hoort bij de regio Voorbeeldregio. Op Inkoopwijzer staan 2 documenten over de inkoop van zorg en ondersteuning voor Aagemeente: ' +
        '1 raadsinformatiebrief en 1 inkoopkader, over de Wmo. Het nieuwste document is van juni 2024. 1 document is nog een concept.',
    );
  });

  it('says plainly when there are no documents', () => {
    expect(placeSummary({ kind: 'gemeente', name: 'Leeggemeente', regionNames: ['Voorbeeldregio'], documents: [] })).toBe(
      'Leeggemeente hoort bij de regio Voorbeeldregio. Op Inkoopwijzer staan nog geen documenten over de inkoop van zorg en ondersteuning voor Leeggemeente.',
    );
  });

  it('leaves out a region that is just the municipality itself, and describes a region by its members', () => {
    expect(placeSummary({ kind: 'gemeente', name: 'Kampen', regionNames: ['Kampen'], documents: [other] })).toBe(
      'Op Inkoopwijzer staat 1 document over de inkoop van zorg en ondersteuning voor Kampen: een inkoopkader over de Wmo. Dit document is nog een concept.',
    );
    expect(placeSummary({ kind: 'regio', name: 'Voorbeeldregio', memberNames: ['Aagemeente', 'Beegemeente'], documents: [] })).toContain(
      'Tot de regio Voorbeeldregio horen 2 gemeenten: Aagemeente en Beegemeente.',
    );
  });

  it('does not double "regio" in a region name', () => {
    expect(regionPhrase('Rijk van Nijmegen')).toBe('regio Rijk van Nijmegen');
    expect(regionPhrase('Zorgregio Midden-IJssel/Oost-Veluwe')).toBe('Zorgregio Midden-IJssel/Oost-Veluwe');
    expect(placeSummary({ kind: 'gemeente', name: 'Hattem', regionNames: ['Zorgregio Midden-IJssel/Oost-Veluwe'], documents: [] })).toMatch(/^Hattem hoort bij de Zorgregio Midden-IJssel\/Oost-Veluwe\./);
  });

  it('joins lists the Dutch way', () => {
    expect(dutchList([])).toBe('');
    expect(dutchList(['a'])).toBe('a');
    expect(dutchList(['a', 'b', 'c'])).toBe('a, b en c');
  });
});

describe('toMunicipalityApiRecord', () => {
  it('gives one municipality\'s documents, offers and contracts as plain data with ISO dates', () => {
    const api = toMunicipalityApiRecord({ id: 'beegemeente', name: 'Beegemeente', province: 'Gelderland' }, [{ id: 'voorbeeldregio', name: 'Voorbeeldregio' }], all, names, 'https://example.nl/');
    expect(api.url).toBe('https://example.nl/gemeenten/beegemeente/');
    expect(api.regions).toEqual([{ id: 'voorbeeldregio', name: 'Voorbeeldregio', url: 'https://example.nl/regios/voorbeeldregio/' }]);
    expect(api.documents.map((d) => [d.slug, d.publishedOn, d.publishedPrecision])).toEqual([['brief-2024', '2024-06-01', 'month'], ['kader-2025', '2024-05-01', 'month']]);
    expect(api.offers).toContainEqual({ kader: 'kader-2025', kind: 'product', name: 'Dagbesteding', how: 'Lokaal ingekocht', domains: ['Wmo'], products: ['dagbesteding'] });
    const day = (date: string) => ({ start: date, end: date, precision: 'day' });
    expect(api.contracts).toEqual([{
      kader: 'kader-2025',
      start: day('2025-01-01'),
      certainty: 'vastgesteld',
      initialTermMonths: { kind: 'exact', exact: 48, approx: false, openEnded: false },
      extensions: { stated: 'opties', years: [3, 3, 3] },
      initialEnd: day('2028-12-31'),
      maxEnd: day('2037-12-31'),
    }]);
    expect(toMunicipalityApiRecord({ id: 'leeggemeente', name: 'Leeggemeente', province: 'Gelderland' }, [], all, names, 'https://example.nl/')).toMatchObject({ documents: [], offers: [], contracts: [] });
  });
});
