import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { z } from 'astro/zod';
import { frameworkSchema } from '../../src/schemas/framework.ts';
import type { ReferenceFactory } from '../../src/schemas/fields.ts';
import { compareFrameworks } from '../../src/lib/kader/compare.ts';
import { offerRows } from '../../src/lib/kader/offer-rows.ts';
import type { NameIndex } from '../../src/lib/kader/types.ts';

const ref: ReferenceFactory = (collection) => z.string().transform((id) => ({ id, collection }));
const base = parse(readFileSync('test/fixtures/content-minimal/kaders/voorbeeld-kader/index.mdx', 'utf8').split('---')[1]!);
const a = { slug: 'a', data: frameworkSchema(ref).parse(base) };
const b = { slug: 'b', data: frameworkSchema(ref).parse({ ...base, procurement: { ...base.procurement, method: 'open-house', contract: { start: '2026-01-01', initialTerm: null } } }) };
const names: NameIndex = {
  regios: new Map([['voorbeeldregio', 'Voorbeeldregio']]),
  gemeenten: new Map([['aagemeente', 'Aagemeente'], ['beegemeente', 'Beegemeente']]),
  producten: new Map([['begeleiding', 'Begeleiding'], ['dagbesteding', 'Dagbesteding']]),
  kaders: new Map(),
};

describe('compareFrameworks', () => {
  const rows = Object.fromEntries(compareFrameworks([a, b], names).map((r) => [r.key, r]));
  it('marks differences and keeps equal rows unmarked', () => {
    expect(rows.regio).toMatchObject({ cells: ['Voorbeeldregio', 'Voorbeeldregio'], differs: false });
    expect(rows.inkoopvorm).toMatchObject({ cells: ['Europese aanbesteding, verlicht regime (SAS)', 'Open House (toelating)'], differs: true });
    expect(rows.einddatum!.cells).toEqual(['31 december 2037', 'Niet genoemd']);
    expect(rows.looptijd!.cells[0]).toBe('4 jaar vanaf 1 januari 2025, verlenging 3 jaar + 3 jaar + 3 jaar');
    expect(rows.bibob!.cells[0]).toBe('Bibob (vastgesteld)');
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
});
