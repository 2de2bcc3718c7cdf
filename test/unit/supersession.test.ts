/**
 * Supersession as data (src/lib/document/supersession.ts): a later document says
 * what it changes in an earlier one; views read the current value and keep the
 * old one as history. Also formatChange (src/lib/document/changes.ts) and the
 * change log built on the history (src/lib/document/change-log.ts).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatChange, type FieldChange } from '../../src/lib/document/changes.ts';
import { changeLog, documentHistory, eventDate, trajectChanges } from '../../src/lib/document/change-log.ts';
import { productMatrix } from '../../src/lib/document/product-matrix.ts';
import {
  applySupersessions,
  formatSupersessionProblem,
  formatValue,
  supersessionsOf,
  type ParsedChange,
  type Supersession,
} from '../../src/lib/document/supersession.ts';
import type { DocumentData, DocumentRecord } from '../../src/lib/document/types.ts';
import { period } from '../../src/lib/period.ts';
import { fixtureContract, names, realRecord, record, withContract } from './document-fixture.ts';

/** The fixture document, published January 2024, with the milestones given. */
const earlier = (overrides: Record<string, unknown> = {}) => record('kader', { published: '2024-01', ...overrides });
/** A later letter of the same traject (April 2024) with the `supersedes` given, as written in YAML. */
const letter = (supersedes: unknown[], overrides: Record<string, unknown> = {}) =>
  record('brief', { published: '2024-04', documentType: 'raadsinformatiebrief', status: 'definitief', supersedes, ...overrides });
const changesOf = (...changes: unknown[]) => [{ document: 'kader', changes }];

const current = (result: ReturnType<typeof applySupersessions>, slug: string) => result.records.find((r) => r.slug === slug)!.data;
const lines = (history: readonly FieldChange[] | undefined) => (history ?? []).map(formatChange);

describe('formatChange', () => {
  const base = { path: 'milestone.publicatie.when', area: 'planning', label: 'Publicatie: datum' } as const;

  it('writes each kind of change as one Dutch line', () => {
    expect(formatChange({ ...base, kind: 'gewijzigd', from: 'mei 2024', to: '23 april 2024' })).toBe('Publicatie: datum: mei 2024 → 23 april 2024');
    expect(formatChange({ ...base, kind: 'gewijzigd' })).toBe('Publicatie: datum: gewijzigd');
    expect(formatChange({ ...base, kind: 'verfijnd', from: 'april 2024', to: 'week van 15 april 2024' })).toBe('Publicatie: datum: preciezer, april 2024 → week van 15 april 2024');
    expect(formatChange({ ...base, label: 'Perceel Vervoer', kind: 'toegevoegd' })).toBe('Perceel Vervoer: nieuw');
    expect(formatChange({ ...base, label: 'Contract', kind: 'toegevoegd', to: 'vanaf 2026' })).toBe('Contract: nieuw (vanaf 2026)');
    expect(formatChange({ ...base, label: 'Eis Bibob', kind: 'verwijderd' })).toBe('Eis Bibob: vervallen');
    expect(formatChange({ ...base, label: 'Gunning', kind: 'verwijderd', from: 'september 2024' })).toBe('Gunning: vervallen (was september 2024)');
  });
});

describe('applySupersessions: milestones', () => {
  const doc = earlier({
    milestones: [
      { id: 'publicatie', label: 'Publicatie', when: '2024-05', display: 'mei 2024 (verwacht)', certainty: 'voornemen' },
      { id: 'besluit', label: 'Besluit', when: '2024-04', certainty: 'voornemen' },
      { id: 'gunning', label: 'Gunning', when: '2024-09/2024-10', certainty: 'voornemen' },
    ],
  });

  it('applies a new date: the current value in the record, the old one in the history, the old wording dropped', () => {
    const result = applySupersessions([doc, letter(changesOf({ milestone: 'publicatie', set: { when: '2024-04-23' } }))]);
    expect(result.problems).toEqual([]);
    const publicatie = current(result, 'kader').milestones.find((m) => m.id === 'publicatie')!;
    expect(publicatie.when.notation).toBe('2024-04-23');
    // "mei 2024 (verwacht)" described the old date; it must not label the new one.
    expect(publicatie.display).toBeUndefined();
    const history = result.history.get('kader')!;
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({
      target: 'milestone', id: 'publicatie', field: 'when', path: 'milestone.publicatie.when', area: 'planning',
      kind: 'gewijzigd', supersessionKind: 'gewijzigd', from: 'mei 2024', to: '23 april 2024',
      by: { slug: 'brief', title: 'Voorbeeldkader 2025' },
    });
    expect((history[0]!.fromValue as { notation: string }).notation).toBe('2024-05');
    expect((history[0]!.toValue as { notation: string }).notation).toBe('2024-04-23');
    expect(lines(history)).toEqual(['Publicatie: mei 2024 → 23 april 2024']);
    // The later document itself is unchanged and has no history.
    expect(current(result, 'brief')).toEqual(result.records[1]!.data);
    expect(result.history.has('brief')).toBe(false);
  });

  it('keeps a wording the later document gives with the new date', () => {
    const result = applySupersessions([doc, letter(changesOf({ milestone: 'publicatie', set: { when: '2024-04-23', display: 'dinsdag 23 april' } }))]);
    expect(current(result, 'kader').milestones.find((m) => m.id === 'publicatie')!.display).toBe('dinsdag 23 april');
  });

  it('a date inside the old one refines it (2024-W16 inside april 2024); a date outside or wider changes it', () => {
    const result = applySupersessions([
      doc,
      letter(changesOf(
        { milestone: 'besluit', set: { when: '2024-W16' } },
        { milestone: 'gunning', set: { when: '2024-11' } },
        { milestone: 'publicatie', set: { when: '2024-Q2' } },
      )),
    ]);
    expect(result.problems).toEqual([]);
    const history = result.history.get('kader')!;
    expect(history.map((h) => [h.id, h.kind, h.supersessionKind])).toEqual([
      ['besluit', 'verfijnd', 'verfijnd'],
      ['gunning', 'gewijzigd', 'gewijzigd'],
      ['publicatie', 'gewijzigd', 'gewijzigd'],
    ]);
    expect(lines(history)[0]).toBe('Besluit: preciezer, april 2024 → week van 15 april 2024');
  });

  it('a change of another field (label, certainty) is a change, not a refinement', () => {
    const result = applySupersessions([doc, letter(changesOf({ milestone: 'gunning', set: { label: 'Gunning/toelating', certainty: 'vastgesteld' } }))]);
    const gunning = current(result, 'kader').milestones.find((m) => m.id === 'gunning')!;
    expect([gunning.label, gunning.certainty]).toEqual(['Gunning/toelating', 'vastgesteld']);
    expect(gunning.when.notation).toBe('2024-09/2024-10');
    expect(lines(result.history.get('kader'))).toEqual([
      'Gunning/toelating: omschrijving: Gunning → Gunning/toelating',
      'Gunning/toelating: zekerheid: voornemen → vastgesteld',
    ]);
  });
});

describe('applySupersessions: items added and removed, contract, products', () => {
  it('adds and removes items, and marks them toegevoegd and vervallen', () => {
    const result = applySupersessions([
      earlier(),
      letter(changesOf(
        { lot: 'vervoer', add: { name: 'Vervoer', domain: 'Wmo', scope: 'regionaal', certainty: 'voornemen' } },
        { requirement: 'bibob', remove: true },
        { milestone: 'gunning', remove: true },
        { otherProcurement: 'trapliften', add: { label: 'Trapliften', contractStart: '2026-11-01', certainty: 'voornemen' } },
      )),
    ]);
    expect(result.problems).toEqual([]);
    const data = current(result, 'kader');
    expect(data.lots.map((l) => l.id)).toEqual(['begeleiding', 'vervoer']);
    expect(data.requirements).toEqual([]);
    expect(data.milestones.map((m) => m.id)).toEqual(['publicatie']);
    expect(data.procurement.otherProcurements.map((o) => [o.id, o.contractStart?.notation])).toEqual([['trapliften', '2026-11-01']]);
    const history = result.history.get('kader')!;
    expect(history.map((h) => [h.path, h.kind, h.supersessionKind])).toEqual([
      ['lot.vervoer', 'toegevoegd', 'toegevoegd'],
      ['requirement.bibob', 'verwijderd', 'vervallen'],
      ['milestone.gunning', 'verwijderd', 'vervallen'],
      ['otherProcurement.trapliften', 'toegevoegd', 'toegevoegd'],
    ]);
    expect(lines(history)).toEqual(['Perceel Vervoer: nieuw', 'Eis Bibob: vervallen', 'Gunning: vervallen', 'Trapliften: nieuw']);
    // The removed item stays available as history.
    expect((history[1]!.fromValue as { title: string }).title).toBe('Bibob');
    expect(supersessionsOf(history, 'lot')).toEqual([history[0]]);
    expect(supersessionsOf(history, 'milestone', 'gunning')).toEqual([history[2]]);
  });

  it('sets contract fields: certainty and term', () => {
    const result = applySupersessions([
      earlier(withContract({ ...fixtureContract, certainty: 'voornemen' })),
      letter(changesOf({ contract: true, set: { certainty: 'vastgesteld', initialTerm: { exact: { years: 3 } } } })),
    ]);
    expect(result.problems).toEqual([]);
    const contract = current(result, 'kader').procurement.contract!;
    expect(contract.certainty).toBe('vastgesteld');
    expect(contract.initialTerm).toEqual({ exact: { years: 3 } });
    const history = result.history.get('kader')!;
    expect(history.map((h) => [h.path, h.area, h.kind])).toEqual([
      ['procurement.contract.certainty', 'contract', 'gewijzigd'],
      ['procurement.contract.initialTerm', 'contract', 'gewijzigd'],
    ]);
    expect(lines(history)).toEqual(['Contract: zekerheid: voornemen → vastgesteld', 'Contract: eerste looptijd: 4 jaar → 3 jaar']);
  });

  it('sets a product channel, named by the product', () => {
    const result = applySupersessions([earlier(), letter(changesOf({ product: 'begeleiding', set: { channel: 'aparte-aanbesteding' } }))], names);
    expect(result.problems).toEqual([]);
    const data = current(result, 'kader');
    expect(data.products.find((p) => p.product.id === 'begeleiding')!.channel).toBe('aparte-aanbesteding');
    expect(productMatrix(data).rows[0]!.cells.map((c) => c.channel)).toEqual(['aparte-aanbesteding', 'aparte-aanbesteding']);
    expect(lines(result.history.get('kader'))).toEqual(['Begeleiding: inkoop: regionaal ingekocht → aparte aanbesteding']);
    expect(result.history.get('kader')![0]).toMatchObject({ target: 'product', id: 'begeleiding', area: 'producten' });
  });

  it('keeps the note and section of the later document', () => {
    const result = applySupersessions([
      earlier(),
      letter([{ document: 'kader', section: 'planning', changes: [{ milestone: 'publicatie', set: { when: '2024-06' }, note: 'Een maand later.' }] }]),
    ]);
    expect(result.history.get('kader')![0]).toMatchObject({ note: 'Een maand later.', by: { slug: 'brief', section: 'planning' } });
  });

  it('does not mutate the records it is given', () => {
    const input = [earlier(), letter(changesOf(
      { milestone: 'publicatie', set: { when: '2024-04-23' } },
      { requirement: 'bibob', remove: true },
      { lot: 'vervoer', add: { name: 'Vervoer', domain: 'Wmo', scope: 'regionaal', certainty: 'voornemen' } },
      { contract: true, set: { initialTerm: { exact: { years: 3 } } } },
    ))];
    const before = structuredClone(input);
    const result = applySupersessions(input);
    expect(input).toEqual(before);
    expect(result.records[0]!.data).not.toBe(input[0]!.data);
    expect(result.records[0]!.data.milestones[0]!.when.notation).toBe('2024-04-23');
    // Applying again to the same input gives the same result.
    expect(applySupersessions(input).records).toEqual(result.records);
  });

  it('a later change to an added item reaches neither the adding document nor the history of the add', () => {
    const adding = letter(changesOf({ lot: 'vervoer', add: { name: 'Vervoer', domain: 'Wmo', scope: 'regionaal', certainty: 'voornemen' } }));
    const amending = record('wijziging', { published: '2024-06', supersedes: changesOf({ lot: 'vervoer', set: { certainty: 'vastgesteld' } }) });
    const input = [earlier(), adding, amending];
    const before = structuredClone(input);
    const result = applySupersessions(input);
    expect(result.problems).toEqual([]);
    expect(input).toEqual(before);
    expect(current(result, 'kader').lots.find((l) => l.id === 'vervoer')!.certainty).toBe('vastgesteld');
    const history = result.history.get('kader')!;
    expect(history.map((h) => [h.by.slug, h.kind])).toEqual([['brief', 'toegevoegd'], ['wijziging', 'gewijzigd']]);
    expect((history[0]!.toValue as { certainty: string }).certainty).toBe('voornemen');
  });
});

describe('applySupersessions: problems', () => {
  const problemsOf = (later: DocumentRecord, others: DocumentRecord[] = [earlier()]) => applySupersessions([...others, later]).problems;

  it('an unknown document', () => {
    const problems = problemsOf(letter([{ document: 'bestaat-niet', changes: [{ milestone: 'publicatie', set: { when: '2024-06' } }] }]));
    expect(problems).toEqual([{ slug: 'brief', path: ['supersedes', 0, 'document'], message: "onbekend document 'bestaat-niet'" }]);
    expect(formatSupersessionProblem(problems[0]!)).toBe("`supersedes[0].document` in brief: onbekend document 'bestaat-niet'");
  });

  it('an earlier document that is not older, and a document that changes itself', () => {
    const sameMonth = problemsOf(letter(changesOf({ milestone: 'publicatie', set: { when: '2024-06' } }), { published: '2024-01' }));
    expect(sameMonth).toHaveLength(1);
    expect(sameMonth[0]!.path).toEqual(['supersedes', 0, 'document']);
    expect(sameMonth[0]!.message).toMatch(/^kader is niet ouder .*alleen een later document kan een eerder wijzigen$/);
    const self = problemsOf(letter([{ document: 'brief', changes: [{ milestone: 'publicatie', set: { when: '2024-06' } }] }]));
    expect(self).toEqual([{ slug: 'brief', path: ['supersedes', 0, 'document'], message: 'een document kan zichzelf niet wijzigen' }]);
  });

  it('an unknown item id, an add of an existing id, a set that changes nothing; with the path of the change', () => {
    const result = applySupersessions([
      earlier(),
      letter([
        { document: 'kader', changes: [{ milestone: 'publicatie', set: { when: '2024-06' } }] },
        {
          document: 'kader',
          changes: [
            { milestone: 'bestaat-niet', set: { when: '2024-06' } },
            { lot: 'begeleiding', add: { name: 'Begeleiding', domain: 'Wmo', scope: 'regionaal', certainty: 'voornemen' } },
            { milestone: 'gunning', set: { when: '2024-09/2024-10' } },
            { contract: true, set: { certainty: 'vastgesteld' } },
            { requirement: 'bestaat-niet', remove: true },
          ],
        },
      ]),
    ]);
    expect(result.problems.map((p) => [p.slug, formatSupersessionProblem(p)])).toEqual([
      ['brief', "`supersedes[1].changes[0]` in brief: kader heeft geen milestone 'bestaat-niet'; bekend zijn: publicatie, gunning"],
      ['brief', "`supersedes[1].changes[1]` in brief: lot 'begeleiding' bestaat al in kader; gebruik set om het te wijzigen"],
      ['brief', '`supersedes[1].changes[2]` in brief: when van milestone \'gunning\' is al september/oktober 2024; dat is geen wijziging'],
      ['brief', '`supersedes[1].changes[3]` in brief: contract.certainty is al vastgesteld; dat is geen wijziging'],
      ['brief', "`supersedes[1].changes[4]` in brief: kader heeft geen requirement 'bestaat-niet'; bekend zijn: bibob"],
    ]);
    // The sound change is applied; the failing ones change nothing.
    const data = current(result, 'kader');
    expect(data.milestones.map((m) => m.when.notation)).toEqual(['2024-06', '2024-09/2024-10']);
    expect(data.lots).toHaveLength(1);
    expect(result.history.get('kader')!.map((h) => h.path)).toEqual(['milestone.publicatie.when']);
  });

  it('a contract change on a document without contract', () => {
    const problems = problemsOf(letter(changesOf({ contract: true, set: { certainty: 'vastgesteld' } })), [earlier({ procurement: { ...earlier().data.procurement, contract: null } })]);
    expect(problems.map((p) => p.message)).toEqual(['kader heeft geen contract om te wijzigen']);
  });
});

describe('applySupersessions: real content', () => {
  it('the council letter moves and refines the planning of the 2025 document', () => {
    const doc = realRecord('rijk-van-nijmegen-wmo-ambulant-2025');
    const result = applySupersessions([doc, realRecord('rijk-van-nijmegen-raadsinformatiebrief-2024')]);
    expect(result.problems).toEqual([]);
    const history = lines(result.history.get(doc.slug));
    expect(history).toContain('Publicatie aanbestedingsdocumenten: mei 2024 → 23 april 2024');
    expect(history).toContain('Besluitvorming aanbestedingsdocumenten: preciezer, april 2024 → week van 15 april 2024');
    expect(current(result, doc.slug).milestones.find((m) => m.id === 'publicatie')!.when.notation).toBe('2024-04-23');
  });
});

// ---- Properties -------------------------------------------------------------------------------

const ids = ['a', 'b', 'c', 'd'] as const;
const notation = fc.constantFrom('2024-05', '2024-04-23', '2024-W16', '2024-04', '2024-09/2024-10', '2025-Q2/2025-Q3', '2025', '2024-05-21T12:00');
const certainty = fc.constantFrom('vastgesteld' as const, 'voornemen' as const, 'mogelijk' as const);
const milestone = (id: string) =>
  fc.record({ label: fc.string({ minLength: 1, maxLength: 8 }), when: notation, certainty }).map((m) => ({ id, label: m.label, when: period(m.when), certainty: m.certainty, kind: 'overig' as const, steps: [] }));
const change: fc.Arbitrary<ParsedChange> = fc.constantFrom(...ids).chain((id) =>
  fc.oneof(
    notation.map((n): ParsedChange => ({ target: 'milestone', id, op: 'set', values: { when: period(n) } })),
    fc.tuple(notation, certainty).map(([n, c]): ParsedChange => ({ target: 'milestone', id, op: 'set', values: { when: period(n), certainty: c } })),
    fc.constant<ParsedChange>({ target: 'milestone', id, op: 'remove' }),
    milestone(id).map((item): ParsedChange => ({ target: 'milestone', id, op: 'add', item })),
  ),
);
type Milestones = DocumentData['milestones'];
/** The first document's milestones, and the changes of one to three later documents. */
const scenario: fc.Arbitrary<[Milestones, ParsedChange[][]]> = fc
  .tuple(fc.subarray([...ids]), fc.array(fc.array(change, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 3 }))
  .chain(([milestoneIds, documents]) => fc.tuple(fc.tuple(...milestoneIds.map(milestone)).map((ms): Milestones => ms), fc.constant(documents)));

describe('applySupersessions: properties', () => {
  const template = earlier().data;

  function build([milestones, documents]: [Milestones, ParsedChange[][]]): DocumentRecord[] {
    const first: DocumentRecord = { slug: 'kader', data: { ...structuredClone(template), milestones } };
    // Each later document (one per month) changes the first.
    const later = documents.map((changes, i): DocumentRecord => ({
      slug: `brief-${i}`,
      data: { ...structuredClone(template), published: period(`2024-0${i + 2}`), milestones: [], supersedes: [{ document: { id: 'kader', collection: 'kaders' }, changes }] } as DocumentData,
    }));
    return [first, ...later];
  }

  it('never loses an item no change removes, never throws, and leaves the input as it was', () => {
    fc.assert(
      fc.property(scenario, (input) => {
        const records = build(input);
        const before = structuredClone(records);
        const result = applySupersessions(records);
        expect(records).toEqual(before);
        const removed = new Set(input[1].flat().filter((c) => c.op === 'remove').map((c) => c.id));
        const now = new Set(current(result, 'kader').milestones.map((m) => m.id));
        for (const m of records[0]!.data.milestones) if (!removed.has(m.id)) expect(now.has(m.id)).toBe(true);
        // Every change is either applied (history) or reported (problem).
        const changes = input[1].flat();
        const applied = result.history.get('kader') ?? [];
        expect(applied.length + result.problems.length).toBeGreaterThanOrEqual(changes.length);
        // Ids stay unique.
        expect(now.size).toBe(current(result, 'kader').milestones.length);
      }),
    );
  });

  it("every change still in force has as its `to` the current value", () => {
    fc.assert(
      fc.property(scenario, (input) => {
        const result = applySupersessions(build(input));
        const data = current(result, 'kader');
        // Walk the history in order: a remove or add of an item ends what earlier changes said about it.
        const inForce = new Map<string, Supersession>();
        for (const h of result.history.get('kader') ?? []) {
          if (h.field === undefined) {
            for (const key of [...inForce.keys()]) if (key.startsWith(`${h.id}|`)) inForce.delete(key);
          } else {
            inForce.set(`${h.id}|${h.field}`, h);
          }
        }
        for (const h of inForce.values()) {
          const item = data.milestones.find((m) => m.id === h.id) as unknown as Record<string, unknown>;
          expect(item).toBeDefined();
          expect(h.to).toBe(formatValue(h.field, item[h.field!]));
          expect(h.toValue).toEqual(item[h.field!]);
          // Each entry says what it changed from: never the same as what it changed to.
          expect(h.from).not.toBe(undefined);
          expect(h.fromValue).not.toEqual(h.toValue);
        }
      }),
    );
  });
});

describe('changeLog and documentHistory', () => {
  const doc = record('kader', { published: '2024-01', versions: [{ date: '2024-02-15', label: 'Definitief', description: 'Vastgesteld door het college.' }] });
  const brief = letter(changesOf({ milestone: 'publicatie', set: { when: '2024-04-23' } }));
  const other = record('ander', { published: '2024-06', traject: 'iets-anders' });
  const all = [doc, brief, other];
  const { history } = applySupersessions(all);

  it('lists new documents, versions and recorded changes, newest first, with stable ids', () => {
    const log = changeLog(all, names, history);
    expect(log.map((e) => e.id)).toEqual(['nieuw-ander', 'nieuw-brief', 'wijziging-kader-brief', 'versie-kader-2024-02-15-1', 'nieuw-kader']);
    const moved = log.find((e) => e.kind === 'gewijzigd')!;
    expect(moved.changes.map(formatChange)).toEqual(['Publicatie: mei 2024 → 23 april 2024']);
    expect(moved.source).toEqual({ slug: 'brief', title: 'Voorbeeldkader 2025' });
    expect(moved.regionName).toBe('Voorbeeldregio');
    expect(changeLog([other, brief, doc], names, history).map((e) => e.id)).toEqual(log.map((e) => e.id));
  });

  it('a later document that records no changes gives no change event', () => {
    const log = changeLog([doc, record('brief', { published: '2024-04' })], names, new Map());
    expect(log.some((e) => e.kind === 'gewijzigd')).toBe(false);
    expect(trajectChanges(doc, brief, new Map())).toEqual([]);
  });

  it('shows a document its versions and the other documents of its traject, oldest first', () => {
    const entries = documentHistory(doc, all, history);
    expect(entries.map((h) => h.label)).toEqual(['Definitief', 'Voorbeeldkader 2025']);
    expect(entries[1]!.document?.relation).toBe('later');
    expect(entries[1]!.changes.map(formatChange)).toEqual(['Publicatie: mei 2024 → 23 april 2024']);
    const fromLetter = documentHistory(brief, all, history);
    expect(fromLetter[0]!.document).toEqual({ slug: 'kader', title: 'Voorbeeldkader 2025', relation: 'eerder' });
    expect(fromLetter[0]!.changes.map(formatChange)).toEqual(['Publicatie: mei 2024 → 23 april 2024']);
  });

  it('feed dates do not depend on the build time', () => {
    expect(eventDate('2024-04-01').toISOString()).toBe('2024-04-01T00:00:00.000Z');
  });
});
