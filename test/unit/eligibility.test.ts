/** Self-check rule engine: model from real content, flow, evaluation per kind and branch, URL codec; property tests. */
import { readdirSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { z } from 'astro/zod';
import { REQUIREMENT_KINDS, documentSchema } from '../../src/schemas/document.ts';
import type { ReferenceFactory } from '../../src/schemas/fields.ts';
import type { NameIndex } from '../../src/lib/document/types.ts';
import { toEligibilityModel } from '../../src/lib/eligibility/model.ts';
import {
  ANSWERS, SCOPE_KINDS, buildFlow, decodeAnswers, encodeAnswers, evaluate, evaluateRequirement, firstUnanswered,
  type Answer, type Answers, type EligibilityModel, type RequirementModel, type ScopeKind, type ScopeModel,
} from '../../src/lib/eligibility/index.ts';

const ref: ReferenceFactory = (collection) => z.string().transform((id) => ({ id, collection }));
const schema = documentSchema(ref);

function namesOf(dir: string): Map<string, string> {
  return new Map(readdirSync(dir).filter((f) => f.endsWith('.yaml')).map((f) => [basename(f, '.yaml'), parse(readFileSync(`${dir}/${f}`, 'utf8')).name]));
}
const names: NameIndex = { regios: namesOf('content/regios'), gemeenten: namesOf('content/gemeenten'), producten: namesOf('content/producten'), kaders: new Map() };

function realModel(slug: string): EligibilityModel {
  const text = readFileSync(`content/kaders/${slug}/index.mdx`, 'utf8');
  return toEligibilityModel(slug, schema.parse(parse(text.split(/^---$/m)[1]!)), names);
}
const SLUGS = readdirSync('content/kaders');
const real = new Map(SLUGS.map((slug) => [slug, realModel(slug)]));

function requirement(overrides: Partial<RequirementModel> = {}): RequirementModel {
  return {
    id: 'eis', kind: 'geschiktheidseis', kindLabel: 'Geschiktheidseis', title: 'Eis', description: 'Wat er gevraagd wordt.',
    effect: 'uitsluitend', certainty: 'vastgesteld', evidence: [], href: '/kaders/x/#eisen', question: 'Voldoet u?',
    appliesTo: [], appliesToLabels: [], facts: [], ...overrides,
  };
}
function model(requirements: RequirementModel[], scopes: ScopeModel[] = []): EligibilityModel {
  return { slug: 'x', title: 'X', shortTitle: 'X', scopes, municipalities: [], requirements, deadlines: [] };
}
const answers = (requirements: Record<string, Answer>, scope: Answers['scope'] = {}): Answers => ({ scope, requirements });

describe('model from the content', () => {
  it('every document has requirements with a question and a link to a section of its page', () => {
    for (const [slug, m] of real) {
      expect(m.requirements.length, slug).toBeGreaterThan(0);
      for (const r of m.requirements) {
        expect(r.question.endsWith('?'), `${slug}/${r.id}`).toBe(true);
        expect(r.href).toMatch(new RegExp(`^/kaders/${slug}/#[\\p{Ll}\\p{N}_-]+$`, 'u'));
      }
    }
  });

  it('Kampen asks for segments (one municipality, so no municipality question)', () => {
    const m = real.get('kampen-wmo-segmenten-2024')!;
    expect(m.scopes.map((s) => s.kind)).toEqual(['segmenten']);
    expect(m.scopes[0]!.options.map((o) => o.id)).toEqual(['tijdelijk', 'structureel', 'ouderen']);
    // The presentation does not say over what amount the 5% is taken, and calls it an intention.
    expect(m.requirements.find((r) => r.kind === 'sroi')!.facts).toEqual([
      '5% van een grondslag die het document niet noemt (voornemen).',
      '2% van uw omzet, waarvan 0,5% of meer via MVO-activiteiten (mogelijk).',
    ]);
    expect(m.deadlines.map((d) => d.date)).toEqual(['2024-05-21']);
  });

  it('Blok B asks for lots, and for municipalities only when a lot per municipality is chosen', () => {
    const m = real.get('regio-nijmegen-blok-b-2018')!;
    expect(m.scopes.map((s) => s.kind)).toEqual(['percelen', 'gemeenten']);
    const ids = (a: Answers) => buildFlow(m, a).filter((q) => q.type === 'scope').map((q) => q.id);
    expect(ids(answers({}, { percelen: ['jeugd-ggz'] }))).toEqual(['percelen']);
    expect(ids(answers({}, { percelen: ['wmo-begeleiding'] }))).toEqual(['percelen', 'gemeenten']);
  });

  it('Blok B evaluates only the requirements of the chosen lots', () => {
    const m = real.get('regio-nijmegen-blok-b-2018')!;
    const asked = (lots: string[]) => buildFlow(m, answers({}, { percelen: lots })).map((q) => q.id);
    expect(asked(['jeugd-ggz'])).not.toContain('vast-gezicht-in-de-wijk');
    expect(asked(['jeugd-ggz'])).not.toContain('plafonds-specialistische-begeleiding');
    expect(asked(['wmo-begeleiding'])).toContain('vast-gezicht-in-de-wijk');
    expect(asked(['jeugd-specialistische-begeleiding'])).toContain('plafonds-specialistische-begeleiding');
    const result = evaluate(m, answers({}, { percelen: ['jeugd-ggz'] }));
    expect(result.items.map((i) => i.requirement.id)).not.toContain('vast-gezicht-in-de-wijk');
  });

  it('Zorgregio asks for products and municipalities, and notes products bought another way', () => {
    const m = real.get('zorgregio-midden-ijssel-oost-veluwe-2026')!;
    expect(m.scopes.map((s) => s.kind)).toEqual(['producten', 'gemeenten']);
    const notes = evaluate(m, answers({}, { producten: ['hulp-bij-het-huishouden', 'vervoer'], gemeenten: ['apeldoorn', 'epe'] })).notes;
    // Epe: the source does not say how it buys hulp bij het huishouden; that is no "bought another way".
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatch(/^Hulp bij het huishouden in Apeldoorn: lokaal ingekocht, dus niet via deze inkoop\./);
    expect(evaluate(m, answers({}, { producten: ['vervoer'], gemeenten: ['apeldoorn'] })).notes).toEqual([]);
  });

  it('a lot for some municipalities names them instead of "the whole region"', () => {
    const text = readFileSync('content/kaders/regio-nijmegen-blok-b-2018/index.mdx', 'utf8');
    const data = schema.parse(parse(text.split(/^---$/m)[1]!));
    const lot = data.lots.find((l) => l.scope === 'regionaal')!;
    Object.assign(lot, { scope: 'gemeenten', municipalities: [{ id: 'heumen', collection: 'gemeenten' }, { id: 'wijchen', collection: 'gemeenten' }] });
    const option = toEligibilityModel('blok-b', data, names).scopes.find((s) => s.kind === 'percelen')!.options.find((o) => o.id === lot.id)!;
    expect(option.hint).toBe('Alleen voor Heumen, Wijchen');
    expect(option.perMunicipality).toBeUndefined();
  });

  it('a requirement id that is a scope name is refused with a clear message', () => {
    const text = readFileSync('content/kaders/kampen-wmo-segmenten-2024/index.mdx', 'utf8');
    const data = schema.parse(parse(text.split(/^---$/m)[1]!));
    data.requirements[0]!.id = 'gemeenten';
    expect(() => toEligibilityModel('kampen', data, names)).toThrow(/gereserveerd/);
  });
});

describe('evaluation per requirement', () => {
  // Every kind goes through the same rules; this table is the whole decision.
  const table: [RequirementModel['effect'], RequirementModel['certainty'], Answer | undefined, string, boolean][] = [
    ['uitsluitend', 'vastgesteld', 'ja', 'voldaan', false],
    ['uitsluitend', 'vastgesteld', 'nee', 'niet-voldaan', false],
    ['uitsluitend', 'vastgesteld', 'weet-niet', 'aandacht', false],
    ['uitsluitend', 'vastgesteld', undefined, 'aandacht', false],
    ['uitsluitend', 'voornemen', 'ja', 'voldaan', true],
    ['uitsluitend', 'voornemen', 'nee', 'aandacht', true],
    ['uitsluitend', 'in-onderzoek', 'nee', 'aandacht', true],
    ['uitsluitend', 'in-onderzoek', 'weet-niet', 'aandacht', true],
    ['uitsluitend', 'mogelijk', 'nee', 'aandacht', true],
    ['uitsluitend', 'onbekend', 'nee', 'aandacht', true],
    ['aandacht', 'vastgesteld', 'ja', 'voldaan', false],
    ['aandacht', 'vastgesteld', 'nee', 'aandacht', false],
    ['aandacht', 'vastgesteld', 'weet-niet', 'aandacht', false],
    ['aandacht', 'voornemen', 'nee', 'aandacht', true],
    ['aandacht', 'in-onderzoek', 'ja', 'voldaan', true],
  ];
  for (const kind of REQUIREMENT_KINDS) {
    it.each(table)(`${kind}: %s, %s, answer %s → %s (uncertain: %s)`, (effect, status, answer, outcome, uncertain) => {
      const result = evaluateRequirement(requirement({ kind, effect, certainty: status }), answer);
      expect(result.outcome).toBe(outcome);
      expect(result.reason.length).toBeGreaterThan(10);
      expect(Boolean(result.uncertain)).toBe(uncertain);
      if (uncertain) expect(result.uncertain).toMatch(/^Nog niet zeker/);
    });
  }

  it('explains the reasons in plain Dutch', () => {
    expect(evaluateRequirement(requirement(), 'nee').reason).toContain('harde eis');
    expect(evaluateRequirement(requirement({ certainty: 'voornemen' }), 'nee').reason).toContain('nog geen vaste eis');
    expect(evaluateRequirement(requirement({ evidence: ['Verklaring'] }), 'ja').reason).toContain('bewijs');
    expect(evaluateRequirement(requirement(), undefined).reason).toBe('U hebt deze vraag niet beantwoord.');
  });

  it('overall: a barrier, attention points or none', () => {
    const m = model([requirement({ id: 'a' }), requirement({ id: 'b', effect: 'aandacht' })]);
    expect(evaluate(m, answers({ a: 'nee', b: 'ja' })).overall).toBe('belemmering');
    expect(evaluate(m, answers({ a: 'ja', b: 'nee' })).overall).toBe('aandachtspunten');
    expect(evaluate(m, answers({ a: 'weet-niet', b: 'ja' })).overall).toBe('aandachtspunten');
    expect(evaluate(m, answers({ a: 'ja', b: 'ja' })).overall).toBe('geen-belemmeringen-gevonden');
    expect(evaluate(m, answers({ a: 'ja', b: 'ja' })).counts).toEqual({ voldaan: 2, 'niet-voldaan': 0, aandacht: 0 });
  });

  it('an intended excluding requirement answered "nee" is no barrier', () => {
    const m = model([requirement({ id: 'a', certainty: 'in-onderzoek' })]);
    expect(evaluate(m, answers({ a: 'nee' })).overall).toBe('aandachtspunten');
  });

  it('a requirement for a segment that was not chosen is not evaluated, even when answered "nee"', () => {
    const segments: ScopeModel = { kind: 'segmenten', label: 'S', question: 'Welke?', hint: '', options: [{ id: 's1', label: 'S1' }, { id: 's2', label: 'S2' }] };
    const m = model([requirement({ id: 'a', appliesTo: ['s2'] }), requirement({ id: 'b' })], [segments]);
    expect(evaluate(m, answers({ a: 'nee', b: 'ja' }, { segmenten: ['s1'] })).overall).toBe('geen-belemmeringen-gevonden');
    expect(evaluate(m, answers({ a: 'nee', b: 'ja' }, { segmenten: ['s2'] })).overall).toBe('belemmering');
    expect(buildFlow(m, answers({}, { segmenten: ['s1'] })).map((q) => q.id)).toEqual(['segmenten', 'b']);
  });

  it('the flow starts at the first unanswered question', () => {
    const m = real.get('kampen-wmo-segmenten-2024')!;
    expect(firstUnanswered(buildFlow(m, answers({})), answers({}))).toBe(0);
    const some = answers({ 'uitsluitingsgronden-uea': 'ja' }, { segmenten: ['tijdelijk'] });
    expect(buildFlow(m, some)[firstUnanswered(buildFlow(m, some), some)]!.id).toBe('kwaliteitsborging');
  });
});

describe('answers in the URL', () => {
  const kampen = real.get('kampen-wmo-segmenten-2024')!;

  it('encodes in the order of the model, readable', () => {
    const query = encodeAnswers(kampen, answers({ 'bibob-formulier': 'nee', 'uitsluitingsgronden-uea': 'ja' }, { segmenten: ['ouderen', 'tijdelijk'] }));
    expect(query).toBe('?segmenten=tijdelijk,ouderen&uitsluitingsgronden-uea=ja&bibob-formulier=nee');
    expect(encodeAnswers(kampen, answers({}))).toBe('');
  });

  it('restores what is valid from a tampered link and says what was ignored', () => {
    const decoded = decodeAnswers(kampen, '?segmenten=ouderen,hacker,tijdelijk&bibob-formulier=misschien&kwaliteitsborging=ja&kwaliteitsborging=nee&foo=<script>');
    expect(decoded.answers).toEqual(answers({ kwaliteitsborging: 'ja' }, { segmenten: ['tijdelijk', 'ouderen'] }));
    expect(decoded.ignored).toEqual([
      'Bij ‘segmenten’ is een keuze uit de link genegeerd (‘hacker’): die bestaat niet.',
      '‘bibob-formulier’ uit de link is genegeerd: ‘misschien’ is geen ja, nee of weet-niet.',
      '‘kwaliteitsborging’ uit de link is dubbel: die kwam vaker voor; alleen de eerste keer telt.',
      '‘foo’ uit de link is genegeerd: deze check kent die niet.',
    ]);
  });

  it('ignores an empty choice and too many parameters', () => {
    expect(decodeAnswers(kampen, 'segmenten=').ignored).toEqual(['‘segmenten’ uit de link is genegeerd: er was niets gekozen.']);
    const many = Array.from({ length: 150 }, (_, i) => `p${i}=1`).join('&');
    expect(decodeAnswers(kampen, many).ignored.at(-1)).toMatch(/te veel gegevens/);
  });

  it('every real self-check fits the URL limits: all questions answered and every choice made reads back without notices', () => {
    for (const m of real.values()) {
      const all: Answers = {
        scope: Object.fromEntries(m.scopes.map((s) => [s.kind, s.options.map((o) => o.id)])),
        requirements: Object.fromEntries(m.requirements.map((r) => [r.id, 'weet-niet' as const])),
      };
      const decoded = decodeAnswers(m, encodeAnswers(m, all));
      expect(decoded.ignored, m.slug).toEqual([]);
      expect(decoded.answers, m.slug).toEqual(all);
    }
  });

  it('reads answers case-insensitively as the canonical word, and a blank answer as not answered', () => {
    const id = kampen.requirements[0]!.id;
    expect(decodeAnswers(kampen, `${id}=JA`).answers.requirements).toEqual({ [id]: 'ja' });
    expect(decodeAnswers(kampen, `${id}=`)).toEqual({ answers: answers({}), ignored: [] });
  });
});

// ---------- property tests ----------

const idArb = fc.stringMatching(/^[a-z][a-z0-9-]{0,11}$/).filter((id) => !(SCOPE_KINDS as readonly string[]).includes(id));

/** Random models: any kinds, effects, statuses, scopes and appliesTo. */
const modelArb: fc.Arbitrary<EligibilityModel> = fc
  .record({
    segments: fc.uniqueArray(idArb, { maxLength: 4 }),
    municipalities: fc.uniqueArray(idArb, { maxLength: 3 }),
    requirements: fc.uniqueArray(
      fc.record({
        id: idArb,
        kind: fc.constantFrom(...REQUIREMENT_KINDS),
        effect: fc.constantFrom('uitsluitend' as const, 'aandacht' as const),
        certainty: fc.constantFrom('vastgesteld' as const, 'voornemen' as const, 'mogelijk' as const, 'in-onderzoek' as const, 'onbekend' as const),
        appliesToPick: fc.array(fc.nat(), { maxLength: 2 }),
      }),
      { minLength: 1, maxLength: 8, selector: (r) => r.id },
    ),
  })
  .map(({ segments, municipalities, requirements }) => {
    const scopes: ScopeModel[] = [];
    if (segments.length) scopes.push({ kind: 'segmenten', label: 'S', question: '?', hint: '', options: segments.map((id) => ({ id, label: id })) });
    if (municipalities.length > 1) scopes.push({ kind: 'gemeenten', label: 'G', question: '?', hint: '', options: municipalities.map((id) => ({ id, label: id })) });
    return model(
      requirements.map((r) => requirement({
        id: r.id, kind: r.kind, effect: r.effect, certainty: r.certainty,
        appliesTo: segments.length ? [...new Set(r.appliesToPick.map((n) => segments[n % segments.length]!))] : [],
      })),
      scopes,
    );
  });

const anyModelArb = fc.oneof(modelArb, fc.constantFrom(...real.values()));

/** Valid answers for a model: scope subsets in model order, any answer per requirement. */
function answersArb(m: EligibilityModel): fc.Arbitrary<Answers> {
  const scopeArbs = Object.fromEntries(
    m.scopes.map((s) => [s.kind, fc.option(fc.subarray(s.options.map((o) => o.id), { minLength: 1 }), { nil: undefined })]),
  ) as Record<ScopeKind, fc.Arbitrary<string[] | undefined>>;
  const reqArbs = Object.fromEntries(m.requirements.map((r) => [r.id, fc.option(fc.constantFrom(...ANSWERS), { nil: undefined })]));
  return fc.record({ scope: fc.record(scopeArbs), requirements: fc.record(reqArbs) }).map(({ scope, requirements }) => ({
    scope: Object.fromEntries(Object.entries(scope).filter(([, v]) => v !== undefined)),
    requirements: Object.fromEntries(Object.entries(requirements).filter(([, v]) => v !== undefined)) as Record<string, Answer>,
  }));
}

const modelWithAnswers = anyModelArb.chain((m) => answersArb(m).map((a) => ({ m, a })));

describe('properties', () => {
  it('a fixed excluding requirement answered "nee" never gives a positive overall result', () => {
    fc.assert(
      fc.property(modelWithAnswers, ({ m, a }) => {
        const result = evaluate(m, a);
        const blocked = result.items.some((i) => i.requirement.effect === 'uitsluitend' && i.requirement.certainty === 'vastgesteld' && i.answer === 'nee');
        if (blocked) expect(result.overall).toBe('belemmering');
        // …and only that gives a barrier.
        if (result.overall === 'belemmering') expect(blocked).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('answering every question positively yields "geen-belemmeringen-gevonden"', () => {
    fc.assert(
      fc.property(modelWithAnswers, ({ m, a }) => {
        // Keep the random choices, answer every requirement "ja", walking the flow as a user would.
        const allYes: Answers = { scope: a.scope, requirements: Object.fromEntries(m.requirements.map((r) => [r.id, 'ja' as const])) };
        expect(evaluate(m, allYes).overall).toBe('geen-belemmeringen-gevonden');
      }),
      { numRuns: 300 },
    );
  });

  it('decode(encode(x)) = x', () => {
    fc.assert(
      fc.property(modelWithAnswers, ({ m, a }) => {
        const decoded = decodeAnswers(m, encodeAnswers(m, a));
        expect(decoded.answers).toEqual(a);
        expect(decoded.ignored).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  it('random query strings never throw and only restore valid answers', () => {
    const queryArb = fc.oneof(
      fc.string({ maxLength: 300 }),
      fc.array(fc.tuple(fc.oneof(fc.string(), fc.constantFrom(...SCOPE_KINDS, 'bibob-formulier', 'kwaliteitsborging')), fc.oneof(fc.string(), fc.constantFrom(...ANSWERS, 'ouderen,tijdelijk'))), { maxLength: 120 })
        .map((pairs) => pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&')),
    );
    fc.assert(
      fc.property(anyModelArb, queryArb, (m, query) => {
        const { answers: restored } = decodeAnswers(m, query);
        for (const [id, answer] of Object.entries(restored.requirements)) {
          expect(m.requirements.some((r) => r.id === id)).toBe(true);
          expect(ANSWERS).toContain(answer);
        }
        for (const [kind, ids] of Object.entries(restored.scope)) {
          const scope = m.scopes.find((s) => s.kind === kind)!;
          expect(ids.length).toBeGreaterThan(0);
          for (const id of ids) expect(scope.options.some((o) => o.id === id)).toBe(true);
        }
        // Whatever is restored survives a round trip.
        expect(decodeAnswers(m, encodeAnswers(m, restored)).answers).toEqual(restored);
        expect(() => evaluate(m, restored)).not.toThrow();
      }),
      { numRuns: 500 },
    );
  });
});
