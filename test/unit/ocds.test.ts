/**
 * OCDS 1.1.5 mapping (src/lib/ocds/): ocid per procurement, stable release
 * ids, no made-up dates, certainty in the local extension, lots with their
 * scope, items, milestones, contract period only when exact, parties, documents,
 * techniques and requirements. Runs on the site's real documents (with the
 * supersessions applied, as src/data/content.ts does). Validation against the
 * official schemas and codelists is `npm run test:standards` (needs the
 * ocds-1.1.5 folder, which a clone does not have).
 */
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { applySupersessions } from '../../src/lib/document/supersession.ts';
import type { DocumentRecord, NameIndex } from '../../src/lib/document/types.ts';
import { period } from '../../src/lib/period.ts';
import { DOCUMENT_TYPE_CODES, MILESTONE_TYPE_CODES, OCID_PREFIX } from '../../src/lib/ocds/codes.ts';
import { amsterdamDateTime, ocdsDate } from '../../src/lib/ocds/dates.ts';
import { extensionReleaseSchema } from '../../src/lib/ocds/extension.ts';
import { mergePatch, type Json } from '../../src/lib/ocds/merge-patch.ts';
import { ocdsPackages, type OcdsInput, type OcdsRelease } from '../../src/lib/ocds/release.ts';
import { realRecord } from './document-fixture.ts';

const yamlFolder = (folder: string) =>
  readdirSync(`content/${folder}`).filter((f) => f.endsWith('.yaml')).map((f) => [f.replace(/\.yaml$/, ''), parse(readFileSync(`content/${folder}/${f}`, 'utf8'))] as const);
const gemeenten = yamlFolder('gemeenten');
const regios = yamlFolder('regios');
const SLUGS = readdirSync('content/kaders');
const raw = SLUGS.map((slug) => realRecord(slug));
const names: NameIndex = {
  gemeenten: new Map(gemeenten.map(([id, d]) => [id, d.name])),
  regios: new Map(regios.map(([id, d]) => [id, d.name])),
  producten: new Map(yamlFolder('producten').map(([id, d]) => [id, d.name])),
  kaders: new Map(raw.map((r) => [r.slug, r.data.shortTitle])),
};
const superseded = applySupersessions(raw, names);

function input(overrides: Partial<OcdsInput> = {}): OcdsInput {
  return {
    records: superseded.records,
    history: superseded.history,
    names,
    municipalities: new Map(gemeenten.map(([id, d]) => [id, { name: d.name, province: d.province, ...(d.cbsCode ? { cbsCode: d.cbsCode } : {}) }])),
    regions: new Map(regios.map(([id, d]) => [id, { name: d.name, municipalities: d.municipalities }])),
    siteUrl: 'https://inkoopwijzer.example.nl/',
    ...overrides,
  };
}

const result = ocdsPackages(input());
const release = (slug: string): any => result.packages.get(slug)!.releases[0]!;
const NIJMEGEN = 'rijk-van-nijmegen-wmo-ambulant-2025';
const LETTER = 'rijk-van-nijmegen-raadsinformatiebrief-2024';
const BLOK_B = 'regio-nijmegen-blok-b-2018';
const KAMPEN = 'kampen-wmo-segmenten-2024';
const ZORGREGIO = 'zorgregio-midden-ijssel-oost-veluwe-2026';

/** Every value under a key with this name, anywhere in the value. */
function valuesOf(value: unknown, key: string, found: unknown[] = []): unknown[] {
  if (Array.isArray(value)) value.forEach((v) => valuesOf(v, key, found));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k === key) found.push(v);
      valuesOf(v, key, found);
    }
  }
  return found;
}

describe('OCDS packages of the real documents', () => {
  it('builds one package per document and one with every release, without problems', () => {
    expect(result.problems).toEqual([]);
    expect([...result.packages.keys()].sort()).toEqual([...SLUGS].sort());
    expect(result.all.releases).toHaveLength(SLUGS.length);
    expect(result.all.uri).toBe('https://inkoopwijzer.example.nl/api/ocds.json');
    expect(result.packages.get(KAMPEN)!.uri).toBe(`https://inkoopwijzer.example.nl/api/ocds/${KAMPEN}.json`);
    expect(result.all.version).toBe('1.1');
  });

  it('gives the documents of one procurement one ocid, with our unregistered prefix', () => {
    // The council letter changes parts of the 2025 framework: same traject, one contracting process.
    expect(release(NIJMEGEN).ocid).toBe(`${OCID_PREFIX}rijk-van-nijmegen-wmo-ambulant-2025`);
    expect(release(LETTER).ocid).toBe(release(NIJMEGEN).ocid);
    expect(OCID_PREFIX.startsWith('ocds-')).toBe(false);
    const ocids = new Set(SLUGS.map((s) => release(s).ocid));
    expect(ocids.size).toBe(4);
  });

  it('links a procurement to the earlier one it follows, both ways, via relatedProcesses', () => {
    expect(release(NIJMEGEN).relatedProcesses).toEqual([
      expect.objectContaining({ relationship: ['prior'], scheme: 'ocid', identifier: release(BLOK_B).ocid }),
    ]);
    expect(release(BLOK_B).relatedProcesses).toEqual([
      expect.objectContaining({ relationship: ['replacementProcess'], scheme: 'ocid', identifier: release(NIJMEGEN).ocid }),
    ]);
    // Documents sharing an ocid are not "related processes" of each other.
    expect(release(LETTER).relatedProcesses).toBeUndefined();
  });

  it('has stable release ids (the slug) and the same output on every run', () => {
    for (const slug of SLUGS) expect(release(slug).id).toBe(slug);
    expect(JSON.stringify(ocdsPackages(input()).all)).toBe(JSON.stringify(result.all));
    const pairs = result.all.releases.map((r) => `${r.ocid} ${r.id}`);
    expect(new Set(pairs).size).toBe(pairs.length);
  });

  it('tags the first release of a process planning and the later one planningUpdate', () => {
    expect(release(NIJMEGEN).tag).toEqual(['planning']);
    expect(release(LETTER).tag).toEqual(['planningUpdate']);
    expect(release(KAMPEN).tag).toEqual(['planning']);
  });

  it('never turns a year, month, quarter, week or inferred date into an OCDS date', () => {
    // Kampen: '21 maart' with an inferred year, quarters, and a deadline with a time.
    const kampen = release(KAMPEN).tender.milestones;
    const byId = (list: any[], id: string) => list.find((m) => m.id === id);
    expect(byId(kampen, 'bijeenkomst-grootste-aanbieders-ouderen').dueDate).toBeUndefined();
    expect(byId(kampen, 'bijeenkomst-grootste-aanbieders-ouderen').inkoopwijzer.when).toMatchObject({ precision: 'day', inferred: { part: 'jaar' } });
    expect(byId(kampen, 'start-ouderen').dueDate).toBeUndefined();
    expect(byId(kampen, 'start-ouderen').inkoopwijzer.when).toMatchObject({ precision: 'quarter', start: '2024-07-01', end: '2024-09-30' });
    expect(byId(kampen, 'feedback-deadline').dueDate).toBe('2024-05-21T12:00:00+02:00');
    expect(byId(kampen, 'bijeenkomst-aanbieders').dueDate).toBe('2024-04-25T00:00:00+02:00');
    // Nijmegen: the letter's week and "september/oktober" stay periods.
    const nijmegen = release(NIJMEGEN).tender.milestones;
    expect(byId(nijmegen, 'besluitvorming-aanbestedingsdocumenten').dueDate).toBeUndefined();
    expect(byId(nijmegen, 'gunning').dueDate).toBeUndefined();
    expect(byId(nijmegen, 'gunning').inkoopwijzer.when.precision).toBe('span');
    // An undated document (inferred month) has no datePublished; the extension says what is known.
    const document = release(NIJMEGEN).tender.documents[0];
    expect(document.datePublished).toBeUndefined();
    expect(document.inkoopwijzer.published).toMatchObject({ precision: 'month', inferred: { part: 'datum' } });
    // The 2018 framework starts "2018": no contract dates at all.
    expect(release(BLOK_B).tender.contractPeriod).toBeUndefined();
    expect(release(BLOK_B).tender.inkoopwijzer.contract.start).toMatchObject({ precision: 'year', start: '2018-01-01', end: '2018-12-31' });
  });

  it('dates only from days a source states: every OCDS date in every package is such a day (or the reference day)', () => {
    const statedDays = new Set<string>();
    const collect = (v: unknown): void => {
      if (v && typeof v === 'object' && 'precision' in v && 'start' in v) {
        const p = v as { precision: string; start: string; inferred?: unknown };
        if ((p.precision === 'day' || p.precision === 'datetime') && !p.inferred) statedDays.add(p.start);
      }
      if (v && typeof v === 'object') Object.values(v).forEach(collect);
    };
    for (const r of superseded.records) collect(r.data);
    // Computed contract ends: start day + exact terms (src/lib/document/contract.ts).
    statedDays.add('2028-12-31').add('2037-12-31');
    for (const key of ['date', 'dueDate', 'datePublished', 'startDate', 'endDate', 'maxExtentDate', 'publishedDate']) {
      for (const value of valuesOf(result.all, key).filter((v) => typeof v === 'string')) {
        expect(statedDays.has((value as string).slice(0, 10)), `${key} ${value as string}`).toBe(true);
      }
    }
  });

  it('gives the contract period only where it is exact: a start day with exact terms, or days the source states', () => {
    expect(release(LETTER).tender.contractPeriod).toEqual({
      startDate: '2025-01-01T00:00:00+01:00',
      endDate: '2028-12-31T00:00:00+01:00',
      maxExtentDate: '2037-12-31T00:00:00+01:00',
    });
    // Kampen: "maximaal 48 maanden, mogelijk langer" gives a start, no end; the bound is in the extension.
    expect(release(KAMPEN).tender.contractPeriod).toEqual({ startDate: '2026-01-01T00:00:00+01:00' });
    expect(release(KAMPEN).tender.inkoopwijzer.contract.initialTermMonths).toEqual({ kind: 'max', max: 48, approx: false, openEnded: true });
    expect(release(ZORGREGIO).tender.contractPeriod).toEqual({ startDate: '2026-01-01T00:00:00+01:00' });
    expect(release(ZORGREGIO).tender.inkoopwijzer.contract.initialTermMonths).toBeNull();
  });

  it('carries the certainty of every statement in the extension, so a voornemen never reads as settled', () => {
    for (const slug of SLUGS) {
      const tender = release(slug).tender;
      for (const list of [tender.milestones, tender.items, tender.lots ?? [], tender.criteria ?? []]) {
        for (const entry of list) expect(entry.inkoopwijzer.certainty, `${slug} ${entry.id}`).toMatch(/^(vastgesteld|voornemen|mogelijk|in-onderzoek|onbekend)$/);
      }
    }
    // The framework called the contract a voornemen; the letter settles it: the current value, with the old one as history.
    expect(release(NIJMEGEN).tender.inkoopwijzer.contract.certainty).toBe('vastgesteld');
    const history = release(NIJMEGEN).inkoopwijzer.supersededBy;
    expect(history).toEqual(expect.arrayContaining([expect.objectContaining({ path: 'milestone.publicatie.when', by: expect.objectContaining({ slug: LETTER }) })]));
    expect(release(NIJMEGEN).tender.milestones.find((m: any) => m.id === 'publicatie').dueDate).toBe('2024-04-23T00:00:00+02:00');
    expect(release(KAMPEN).tender.milestones.find((m: any) => m.id === 'gunning-ouderen').inkoopwijzer.certainty).toBe('voornemen');
    expect(release(KAMPEN).tender.inkoopwijzer.fundingModels).toEqual([expect.objectContaining({ model: 'inspanningsgericht', certainty: 'voornemen' })]);
  });

  it('maps lots with their scope: a lot per municipality for per-gemeente, one lot for the region otherwise', () => {
    const lots = release(BLOK_B).tender.lots as any[];
    const dagbesteding = lots.filter((l) => l.inkoopwijzer.lot === 'wmo-dagbesteding');
    expect(dagbesteding).toHaveLength(7);
    expect(dagbesteding.every((l) => l.inkoopwijzer.scope === 'per-gemeente' && l.inkoopwijzer.buyers.length === 1)).toBe(true);
    expect(dagbesteding.find((l) => l.id === 'wmo-dagbesteding/wijchen').title).toBe('Dagbesteding (Wijchen)');
    const ggz = lots.find((l) => l.id === 'jeugd-ggz');
    expect(ggz).toMatchObject({ title: 'Perceel 1: GGZ', inkoopwijzer: { scope: 'regionaal', number: '1', certainty: 'voornemen' } });
    expect(ggz.inkoopwijzer.buyers).toHaveLength(7);
    // Every item of a lot points at a lot that exists.
    const ids = new Set(lots.map((l) => l.id));
    for (const item of release(BLOK_B).tender.items) expect(ids.has(item.relatedLot)).toBe(true);
  });

  it('maps items from the products bought in this procurement, for the municipalities that buy them here', () => {
    const items = release(ZORGREGIO).tender.items as any[];
    const hh = items.find((i) => i.id === 'hulp-bij-het-huishouden');
    // Apeldoorn, Zutphen and Heerde buy it themselves.
    expect(hh.inkoopwijzer.buyers).toEqual(['gemeente-brummen', 'gemeente-epe', 'gemeente-hattem', 'gemeente-lochem', 'gemeente-voorst']);
    // Bought in another procurement: not an item of this one.
    expect(items.find((i) => i.id === 'beschermd-thuis')).toBeUndefined();
    // A product whose channel the source does not name is an item without channel, with its certainty.
    const casemanagement = release(NIJMEGEN).tender.items.find((i: any) => i.id === 'casemanagement');
    expect(casemanagement.inkoopwijzer).toEqual({ certainty: 'onbekend', product: 'casemanagement', buyers: expect.any(Array) });
  });

  it('names each municipality a buyer and the region the procuring entity; one municipality is both', () => {
    const nijmegen = release(NIJMEGEN);
    expect(nijmegen.parties.filter((p: any) => p.roles.includes('buyer'))).toHaveLength(7);
    expect(nijmegen.tender.procuringEntity).toEqual({ id: 'regio-rijk-van-nijmegen', name: 'Rijk van Nijmegen' });
    expect(nijmegen.buyer).toBeUndefined();
    const kampen = release(KAMPEN);
    expect(kampen.parties).toEqual([expect.objectContaining({ id: 'gemeente-kampen', roles: ['buyer', 'procuringEntity'], address: { region: 'Overijssel', countryName: 'Nederland' } })]);
    expect(kampen.buyer).toEqual({ id: 'gemeente-kampen', name: 'Kampen' });
  });

  it('identifies a municipality by its CBS code when the content has one', () => {
    const municipalities = new Map(input().municipalities);
    municipalities.set('kampen', { name: 'Kampen', province: 'Overijssel', cbsCode: 'GM0166' });
    const kampen = ocdsPackages(input({ municipalities })).packages.get(KAMPEN)!.releases[0] as any;
    expect(kampen.parties[0]).toMatchObject({ id: 'GM0166', identifier: { id: 'GM0166' } });
    expect(kampen.tender.items[0].inkoopwijzer.buyers).toEqual(['GM0166']);
  });

  it('gives documents an OCDS documentType only where one fits, and always our own type', () => {
    expect(release(NIJMEGEN).tender.documents[0]).toMatchObject({ documentType: 'procurementPlan', inkoopwijzer: { type: 'inkoopkader' } });
    expect(release(ZORGREGIO).tender.documents[0]).toMatchObject({ documentType: 'procurementPlan', datePublished: '2024-06-21T00:00:00+02:00', inkoopwijzer: { status: 'concept' } });
    expect(release(LETTER).tender.documents[0].documentType).toBeUndefined();
    expect(release(LETTER).tender.documents[0].inkoopwijzer.type).toBe('raadsinformatiebrief');
    expect(Object.values(DOCUMENT_TYPE_CODES).every((c) => /^[a-z][A-Za-z]+$/.test(c!))).toBe(true);
    expect(Object.values(MILESTONE_TYPE_CODES).every((c) => /^[a-z][A-Za-z]+$/.test(c!))).toBe(true);
  });

  it('uses the techniques extension for a framework agreement, and the requirements extension for requirements', () => {
    expect(release(NIJMEGEN).tender.techniques).toEqual({ hasFrameworkAgreement: true });
    expect(release(ZORGREGIO).tender.techniques).toBeUndefined(); // Open House: a toelatingsovereenkomst, no framework agreement
    expect(release(ZORGREGIO).tender.inkoopwijzer.agreementType).toBe('toelatingsovereenkomst');
    const bibob = release(NIJMEGEN).tender.criteria.find((c: any) => c.id === 'bibob-risicoscan');
    expect(bibob).toMatchObject({ title: 'Bibob-toets voor alle aanbieders', inkoopwijzer: { certainty: 'vastgesteld', kind: 'bibob', effect: 'uitsluitend' } });
  });

  it('dates a release by its stated day, else the reference day; a changed document by the newest of both', () => {
    expect(release(KAMPEN).date).toBe('2024-04-25T00:00:00+02:00');
    expect(release(KAMPEN).inkoopwijzer.dateBasis).toEqual({ basis: 'documentdatum', document: KAMPEN });
    expect(release(LETTER).inkoopwijzer.dateBasis).toEqual({ basis: 'peildatum', document: LETTER });
    expect(release(LETTER).date).toBe('2024-06-21T00:00:00+02:00');
    expect(result.all.publishedDate).toBe('2024-06-21T00:00:00+02:00');
  });

  it('reports, naming file and field, a document it cannot date, instead of inventing a day', () => {
    const only = superseded.records.filter((r) => r.slug === NIJMEGEN).map((r): DocumentRecord => ({ ...r, data: { ...r.data, published: period('2025') } }));
    const broken = ocdsPackages(input({ records: only, history: new Map() }));
    expect(broken.problems[0]).toMatch(new RegExp(`^\`lastUpdated\` in content/kaders/${NIJMEGEN}/index.mdx: OCDS vraagt een releasedatum`));
    const recorded = ocdsPackages(input({ records: only.map((r) => ({ ...r, data: { ...r.data, lastUpdated: '2026-02-03' } })), history: new Map() }));
    expect(recorded.problems).toEqual([]);
    expect(recorded.all.releases[0]!.date).toBe('2026-02-03T00:00:00+01:00');
  });

  it('lists the official extensions and our own, with absolute URLs on the site', () => {
    expect(result.all.extensions).toEqual([
      'https://raw.githubusercontent.com/open-contracting-extensions/ocds_lots_extension/master/extension.json',
      'https://raw.githubusercontent.com/open-contracting-extensions/ocds_requirements_extension/master/extension.json',
      'https://raw.githubusercontent.com/open-contracting-extensions/ocds_techniques_extension/master/extension.json',
      'https://inkoopwijzer.example.nl/ocds/extensie/extension.json',
    ]);
    expect(result.all.publisher).toEqual({ name: 'Inkoopwijzer', uri: 'https://inkoopwijzer.example.nl/' });
  });

  it('only uses extension fields the local extension defines', () => {
    const defined = (definition: string) => Object.keys(((extensionReleaseSchema.definitions as any)[definition].properties.inkoopwijzer.properties) as object);
    const used = (objects: any[]) => new Set(objects.flatMap((o) => Object.keys(o.inkoopwijzer)));
    const releases = result.all.releases as any[];
    const tenders = releases.map((r) => r.tender);
    const check = (objects: any[], definition: string) => expect([...used(objects)].filter((k) => !defined(definition).includes(k))).toEqual([]);
    check(tenders, 'Tender');
    check(tenders.flatMap((t) => t.milestones), 'Milestone');
    check(tenders.flatMap((t) => t.items), 'Item');
    check(tenders.flatMap((t) => t.lots ?? []), 'Lot');
    check(tenders.flatMap((t) => t.criteria ?? []), 'Criterion');
    check(tenders.flatMap((t) => t.documents), 'Document');
    expect([...used(releases as OcdsRelease[])].filter((k) => !Object.keys((extensionReleaseSchema.definitions as any).InkoopwijzerRelease.properties).includes(k))).toEqual([]);
  });
});

describe('OCDS dates', () => {
  it('writes a local day and time in Europe/Amsterdam with its offset, also around the clock change', () => {
    expect(amsterdamDateTime('2025-01-01')).toBe('2025-01-01T00:00:00+01:00');
    expect(amsterdamDateTime('2024-07-01')).toBe('2024-07-01T00:00:00+02:00');
    expect(amsterdamDateTime('2024-03-31')).toBe('2024-03-31T00:00:00+01:00'); // summer time starts at 02:00
    expect(amsterdamDateTime('2024-03-31', '12:00')).toBe('2024-03-31T12:00:00+02:00');
    expect(amsterdamDateTime('2024-10-27')).toBe('2024-10-27T00:00:00+02:00'); // winter time starts at 03:00
    expect(amsterdamDateTime('2024-10-27', '12:00')).toBe('2024-10-27T12:00:00+01:00');
  });

  it('gives a date only for a day or day-and-time the source states (property)', () => {
    const notation = fc.oneof(
      fc.constantFrom('2024', '2024-05', '2024-Q3', '2024-W16', 'eind-2025', 'begin-2026', '2024-09/2024-10', '2025-Q2/2025-Q3', '2024-09-26, 2024-10-24'),
      fc.date({ min: new Date('2000-01-01'), max: new Date('2040-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
      fc.date({ min: new Date('2000-01-01'), max: new Date('2040-12-31'), noInvalidDate: true }).map((d) => `${d.toISOString().slice(0, 10)}T${d.toISOString().slice(11, 16)}`),
    );
    fc.assert(
      fc.property(notation, fc.boolean(), (text, inferred) => {
        const p = { ...period(text), ...(inferred ? { inferred: { part: 'jaar' as const, reason: 'test' } } : {}) };
        const date = ocdsDate(p);
        const stated = (p.precision === 'day' || p.precision === 'datetime') && !inferred;
        expect(date !== undefined).toBe(stated);
        if (date) expect(date.slice(0, 10)).toBe(p.start);
      }),
    );
  });
});

describe('JSON Merge Patch (RFC 7386)', () => {
  it('gives the results of the examples in RFC 7386, appendix A', () => {
    const cases: [Json, Json, Json][] = [
      [{ a: 'b' }, { a: 'c' }, { a: 'c' }],
      [{ a: 'b' }, { b: 'c' }, { a: 'b', b: 'c' }],
      [{ a: 'b' }, { a: null }, {}],
      [{ a: 'b', b: 'c' }, { a: null }, { b: 'c' }],
      [{ a: ['b'] }, { a: 'c' }, { a: 'c' }],
      [{ a: 'c' }, { a: ['b'] }, { a: ['b'] }],
      [{ a: { b: 'c' } }, { a: { b: 'd', c: null } }, { a: { b: 'd' } }],
      [{ a: [{ b: 'c' }] }, { a: [1] }, { a: [1] }],
      [['a', 'b'], ['c', 'd'], ['c', 'd']],
      [{ a: 'b' }, ['c'], ['c']],
      [{ a: 'foo' }, null, null],
      [{ a: 'foo' }, 'bar', 'bar'],
      [{ e: null }, { a: 1 }, { e: null, a: 1 }],
      [[1, 2], { a: 'b', c: null }, { a: 'b' }],
      [{}, { a: { bb: { ccc: null } } }, { a: { bb: {} } }],
    ];
    for (const [target, patch, expected] of cases) expect(mergePatch(target, patch)).toEqual(expected);
  });

  it('does not change its inputs', () => {
    const target: Json = { a: { b: 1 } };
    const patch: Json = { a: { b: null, c: 2 } };
    mergePatch(target, patch);
    expect(target).toEqual({ a: { b: 1 } });
    expect(patch).toEqual({ a: { b: null, c: 2 } });
  });
});
