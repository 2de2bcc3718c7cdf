/** Field-level differences between versions (src/lib/kader/changes.ts) and the change log built on them. */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { z } from 'astro/zod';
import { frameworkSchema } from '../../src/schemas/framework.ts';
import type { ReferenceFactory } from '../../src/schemas/fields.ts';
import { diffData, formatChange, type ComparableData } from '../../src/lib/kader/changes.ts';
import { changeLog, documentHistory, eventDate } from '../../src/lib/kader/change-log.ts';
import type { KaderRecord, NameIndex } from '../../src/lib/kader/types.ts';
import { period } from '../../src/lib/period.ts';

const ref: ReferenceFactory = (collection) => z.string().transform((id) => ({ id, collection }));
const schema = frameworkSchema(ref);
const frontmatter = (path: string) => parse(readFileSync(path, 'utf8').split(/^---$/m)[1]!);
const base = frontmatter('test/fixtures/content-minimal/kaders/voorbeeld-kader/index.mdx');

function record(slug: string, overrides: Record<string, unknown> = {}): KaderRecord {
  return { slug, data: schema.parse({ ...base, ...overrides }) };
}

function realRecord(slug: string): KaderRecord {
  return { slug, data: schema.parse(frontmatter(`content/kaders/${slug}/index.mdx`)) };
}

const names: NameIndex = {
  regios: new Map([['voorbeeldregio', 'Voorbeeldregio'], ['rijk-van-nijmegen', 'Rijk van Nijmegen']]),
  gemeenten: new Map(),
  producten: new Map([['begeleiding', 'Begeleiding'], ['dagbesteding', 'Dagbesteding']]),
  kaders: new Map(),
};

describe('diffData: worked examples', () => {
  it('the council letter moves the publication of the 2025 framework: mei 2024 → 23 april 2024', () => {
    const framework = realRecord('rijk-van-nijmegen-wmo-ambulant-2025');
    const letter = realRecord('rijk-van-nijmegen-raadsinformatiebrief-2024');
    const lines = diffData(framework.data, letter.data, { mode: 'gedeeld' }).map(formatChange);
    expect(lines).toContain('Publicatie aanbestedingsdocumenten: mei 2024 → 23 april 2024');
    expect(lines).toContain('Besluitvorming aanbestedingsdocumenten: april 2024 → week van 15 april 2024');
    // Shared mode: milestones the letter does not repeat are not reported as removed.
    expect(lines.some((l) => l.includes('vervallen'))).toBe(false);
  });

  it('reports contract terms, lots, requirements and tariffs field by field', () => {
    const before = record('v1', {
      funding: { tariffs: [{ label: 'Begeleiding', unit: 'uur', amountCents: 6540, year: 2025 }] },
    });
    const after = record('v2', {
      procurement: { ...base.procurement, contract: { start: '2025-04-01', initialTerm: { years: 3 }, extensions: [{ years: 2 }] } },
      lots: [
        { id: 'begeleiding', name: 'Begeleiding', domain: 'Wmo', scope: 'regionaal', products: ['begeleiding', 'dagbesteding'] },
        { id: 'vervoer', name: 'Vervoer', domain: 'Wmo', scope: 'regionaal' },
      ],
      requirements: [{ ...base.requirements[0], effect: 'aandacht', description: 'Een andere tekst.' }],
      funding: { tariffs: [{ label: 'Begeleiding', unit: 'uur', amountCents: 6810, year: 2025 }] },
      milestones: [{ id: 'publicatie', label: 'Publicatie', when: '2024-06' }],
    });
    const lines = diffData(before.data, after.data, { productName: (id) => names.producten.get(id) ?? id }).map(formatChange);
    expect(lines).toEqual([
      'Publicatie: mei 2024 → juni 2024',
      'Gunning: vervallen (was september/oktober 2024)',
      'Start contract: 1 januari 2025 → 1 april 2025',
      'Eerste looptijd: 4 jaar → 3 jaar',
      'Verlengingen: 3 jaar + 3 jaar + 3 jaar → 2 jaar',
      'Uiterste einddatum: 31 december 2037 → 31 maart 2030',
      'Perceel Begeleiding: reikwijdte: per gemeente → regionaal',
      'Perceel Begeleiding: producten: Begeleiding → Begeleiding, Dagbesteding',
      'Perceel Vervoer: nieuw',
      'Eis Bibob: gevolg: uitsluitend → aandachtspunt',
      'Eis Bibob: omschrijving: gewijzigd',
      'Tarief Begeleiding 2025: € 65,40 per uur → € 68,10 per uur',
    ]);
  });

  it('a contract that appears or disappears is one change', () => {
    const withContract = record('a');
    const without = record('b', { procurement: { ...base.procurement, contract: null } });
    expect(diffData(withContract.data, without.data).map(formatChange)).toEqual(['Contract: vervallen (was vanaf 1 januari 2025)']);
    expect(diffData(without.data, withContract.data).map(formatChange)).toEqual(['Contract: nieuw (vanaf 1 januari 2025)']);
    expect(diffData(withContract.data, without.data, { mode: 'gedeeld' })).toEqual([]);
  });
});

// Arbitrary structured data: a few milestones, lots, requirements and tariffs with unique ids.
const notation = fc.constantFrom('2024-05', '2024-04-23', '2024-W16', '2024-09/2024-10', '2025-Q2/2025-Q3', '2025', '2024-05-21T12:00');
const id = fc.constantFrom('a', 'b', 'c', 'd');
const comparable: fc.Arbitrary<ComparableData> = fc.record({
  milestones: fc.uniqueArray(fc.record({ id, label: fc.string({ minLength: 1 }), when: notation.map(period) }), { selector: (m) => m.id, maxLength: 4 }),
  procurement: fc.record({
    contract: fc.option(fc.record({
      start: fc.constantFrom('2025-01-01', '2026-07-01'),
      initialTerm: fc.option(fc.record({ years: fc.integer({ min: 1, max: 5 }) }), { nil: null }),
      extensions: fc.array(fc.record({ months: fc.integer({ min: 1, max: 36 }) }), { maxLength: 3 }),
    }), { nil: null }),
    otherProcurements: fc.uniqueArray(fc.record({ id, label: fc.string({ minLength: 1 }), contractStart: fc.option(notation.map(period), { nil: undefined }) }), { selector: (o) => o.id, maxLength: 3 }),
  }),
  lots: fc.uniqueArray(fc.record({
    id,
    name: fc.string({ minLength: 1 }),
    scope: fc.constantFrom('per-gemeente' as const, 'regionaal' as const),
    products: fc.array(fc.constantFrom('begeleiding', 'dagbesteding').map((p) => ({ id: p, collection: 'producten' })), { maxLength: 2 }),
  }), { selector: (l) => l.id, maxLength: 3 }),
  requirements: fc.uniqueArray(fc.record({
    id,
    title: fc.string({ minLength: 1 }),
    effect: fc.constantFrom('uitsluitend' as const, 'aandacht' as const),
    status: fc.constantFrom('vastgesteld' as const, 'voornemen' as const, 'in-onderzoek' as const),
    description: fc.string(),
  }), { selector: (r) => r.id, maxLength: 3 }),
  funding: fc.record({
    tariffs: fc.uniqueArray(fc.record({
      label: fc.constantFrom('Begeleiding', 'Dagbesteding'),
      unit: fc.constantFrom('uur' as const, 'dagdeel' as const),
      amountCents: fc.integer({ min: 0, max: 100_000 }),
      year: fc.constantFrom(2025, 2026),
    }), { selector: (t) => `${t.label}|${t.unit}|${t.year}`, maxLength: 3 }),
  }),
});

describe('diffData: properties', () => {
  it('diff(x, x) is empty, in both modes', () => {
    fc.assert(fc.property(comparable, (x) => {
      expect(diffData(x, x)).toEqual([]);
      expect(diffData(x, structuredClone(x), { mode: 'gedeeld' })).toEqual([]);
    }));
  });

  it('swapping the versions swaps from and to, and added with removed', () => {
    const flip = { gewijzigd: 'gewijzigd', toegevoegd: 'verwijderd', verwijderd: 'toegevoegd' } as const;
    fc.assert(fc.property(comparable, comparable, (a, b) => {
      const forward = diffData(a, b);
      const backward = diffData(b, a);
      expect(backward.length).toBe(forward.length);
      const key = (c: { path: string; kind: string; from?: string; to?: string }) => `${c.path}|${c.kind}|${c.from}|${c.to}`;
      const mirrored = forward.map((c) => key({ path: c.path, kind: flip[c.kind], from: c.to, to: c.from }));
      // Labels may differ (they come from the old version), paths and values must mirror.
      expect(backward.filter((c) => !c.path.endsWith('.description')).map(key).sort()).toEqual(mirrored.filter((k) => !k.includes('.description|')).sort());
    }));
  });

  it('shared mode never reports added or removed items', () => {
    fc.assert(fc.property(comparable, comparable, (a, b) => {
      expect(diffData(a, b, { mode: 'gedeeld' }).every((c) => c.kind === 'gewijzigd')).toBe(true);
    }));
  });
});

describe('changeLog and documentHistory', () => {
  const framework = record('kader', { published: '2024-01', versions: [{ date: '2024-02-15', label: 'Definitief', description: 'Vastgesteld door het college.' }] });
  const letter = record('brief', {
    published: '2024-04',
    status: 'definitief',
    milestones: [{ id: 'publicatie', label: 'Publicatie', when: '2024-04-23' }],
  });
  const other = record('ander', { published: '2024-06', traject: 'iets-anders' });

  it('lists new documents, versions and later changes, newest first, with stable ids', () => {
    const log = changeLog([framework, letter, other], names);
    expect(log.map((e) => e.id)).toEqual([
      'nieuw-ander',
      'nieuw-brief',
      'wijziging-kader-brief',
      'versie-kader-2024-02-15-1',
      'nieuw-kader',
    ]);
    const moved = log.find((e) => e.kind === 'gewijzigd')!;
    expect(moved.changes.map(formatChange)).toEqual(['Publicatie: mei 2024 → 23 april 2024']);
    expect(moved.source).toEqual({ slug: 'brief', title: 'Voorbeeldkader 2025' });
    expect(moved.regionName).toBe('Voorbeeldregio');
    expect(changeLog([other, letter, framework], names).map((e) => e.id)).toEqual(log.map((e) => e.id));
  });

  it('shows a document its versions and the other documents of its traject, oldest first', () => {
    const history = documentHistory(framework, [framework, letter, other], names);
    expect(history.map((h) => h.label)).toEqual(['Definitief', 'Voorbeeldkader 2025']);
    expect(history[1]!.document?.relation).toBe('later');
    expect(history[1]!.changes.map(formatChange)).toEqual(['Publicatie: mei 2024 → 23 april 2024']);
    const fromLetter = documentHistory(letter, [framework, letter, other], names);
    expect(fromLetter[0]!.document).toEqual({ slug: 'kader', title: 'Voorbeeldkader 2025', relation: 'eerder' });
    expect(fromLetter[0]!.changes.map(formatChange)).toEqual(['Publicatie: mei 2024 → 23 april 2024']);
  });

  it('feed dates do not depend on the build time', () => {
    expect(eventDate('2024-04-01').toISOString()).toBe('2024-04-01T00:00:00.000Z');
  });
});
