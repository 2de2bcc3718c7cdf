/** Where a procurement stands on a date (src/lib/procurement-status.ts): precision and certainty carry through. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CERTAINTIES, type Certainty } from '../../src/lib/certainty.ts';
import { summariseContract } from '../../src/lib/document/contract.ts';
import { formatPeriod, period, type Period } from '../../src/lib/period.ts';
import { phaseRank, possibleStatuses, procurementStatus, type StatusInput, type StatusMilestone } from '../../src/lib/procurement-status.ts';

const m = (kind: string, when: string | Period, certainty: Certainty = 'voornemen', label = `Stap ${kind}`): StatusMilestone => ({
  kind,
  label,
  when: typeof when === 'string' ? period(when) : when,
  certainty,
});

/** Kampen 2024 as in content/kaders/kampen-wmo-segmenten-2024 (the relevant parts). */
const kampen: StatusInput = {
  method: 'aanbesteding',
  milestones: [
    m('bijeenkomst', '2024-04-25', 'vastgesteld'),
    m('deadline', '2024-05-21T12:00', 'vastgesteld', 'Laatste moment om feedback te sturen'),
    m('overig', '2024-Q3'),
    m('gunning', '2024-Q4', 'voornemen', 'Definitieve gunning'),
    m('start', '2026-01-01'),
  ],
  contract: summariseContract({ start: period('2026-01-01'), certainty: 'voornemen', initialTerm: { max: { months: 48 }, openEnded: true } }),
};

/** Blok B 2018: only years. */
const blokB: StatusInput = {
  method: 'aanbesteding',
  milestones: [m('consultatie', { ...period('2017-04'), inferred: { part: 'jaar', reason: 'alleen "in april"' } }), m('start', '2018')],
  contract: summariseContract({ start: period('2018'), certainty: 'voornemen', initialTerm: { exact: { years: 3 } }, extensions: [{ years: 2 }, { years: 2 }], stated: { initialEnd: period('2020'), maxEnd: period('2024') } }),
};

/** Nijmegen 2025: publication, registrations, award, a contract with computed ends. */
const nijmegen: StatusInput = {
  method: 'europese-aanbesteding-sas',
  milestones: [
    m('consultatie', '2024-02', 'voornemen', 'Marktconsultatie'),
    m('publicatie', '2024-04-23'),
    m('inschrijving', '2024-06'),
    m('gunning', '2024-09/2024-10'),
    m('start', '2025-01-01', 'vastgesteld'),
  ],
  contract: summariseContract({ start: period('2025-01-01'), certainty: 'vastgesteld', initialTerm: { exact: { years: 4 } }, extensions: [{ years: 3 }, { years: 3 }, { years: 3 }] }),
};

/** An Open House with entry moments during the contract. */
const openHouse: StatusInput = {
  method: 'open-house',
  milestones: [m('inschrijving', '2024-12/2025-07'), m('start', '2026-01-01')],
  contract: summariseContract({ start: period('2026-01-01'), certainty: 'voornemen', initialTerm: { exact: { years: 10 } }, extensions: 'geen' }),
  entryWindows: [{ when: period('2027-Q1'), certainty: 'voornemen' }, { when: period('2028-01-01/2028-01-31'), certainty: 'vastgesteld' }],
};

describe('procurementStatus', () => {
  it('Kampen: gunning expected in a quarter stays a quarter; later the planned contract runs with no determinable end', () => {
    expect(procurementStatus(kampen, '2024-05-01')).toMatchObject({ phase: 'voorbereiding', closed: false });
    expect(procurementStatus(kampen, '2024-05-01').text).toContain('volgende stap: Laatste moment om feedback te sturen (21 mei 2024, 12:00 uur)');
    const awarding = procurementStatus(kampen, '2024-11-15');
    expect(awarding).toMatchObject({ phase: 'gesloten', closed: true, closedSince: 'uiterlijk de gunning, verwacht in Q4 2024' });
    expect(awarding.text).toBe('Gesloten, gunning verwacht in Q4 2024; het contract start op 1 januari 2026 (gepland).');
    const today = procurementStatus(kampen, '2026-11-29');
    expect(today.phase).toBe('contract');
    expect(today.closed).toBe(true);
    expect(today.text).toBe('Het contract loopt sinds 1 januari 2026 (gepland); einde niet te bepalen (de looptijd ligt niet vast, langer is mogelijk).');
    // Years later the end is still unknown: never "afgelopen".
    expect(procurementStatus(kampen, '2040-01-01').phase).toBe('contract');
  });

  it('Blok B: a year stays a year, and the contract is over only after the last stated year', () => {
    expect(procurementStatus(blokB, '2017-04-10').text).toBe('Consultatie open tot en met april; jaar niet genoemd, vermoedelijk 2017 (gepland).');
    expect(procurementStatus(blokB, '2018-06-01').text).toBe('Het contract start in 2018 (gepland); tot en met 2020, verlengbaar tot en met 2024.');
    expect(procurementStatus(blokB, '2021-06-01').text).toBe('Het contract loopt sinds 2018 (gepland); de eerste looptijd liep tot en met 2020, met verlengingen loopt het uiterlijk tot en met 2024.');
    expect(procurementStatus(blokB, '2024-12-31').phase).toBe('contract');
    const over = procurementStatus(blokB, '2026-11-29');
    expect(over).toMatchObject({ phase: 'afgelopen', closed: true, closedSince: 'uiterlijk de start van het contract in 2018 (gepland)' });
    expect(over.text).toBe('Afgelopen: het contract liep uiterlijk tot en met 2024 (gepland).');
  });

  it('Nijmegen: consultation, registration open from publication, closed awaiting award, contract with its ends', () => {
    expect(procurementStatus(nijmegen, '2024-01-15').text).toBe('In voorbereiding; volgende stap: Marktconsultatie (februari 2024, gepland); daarna inschrijving vanaf 23 april 2024 tot en met juni 2024 (gepland).');
    expect(procurementStatus(nijmegen, '2024-02-10').text).toBe('Consultatie open tot en met februari 2024 (gepland).');
    expect(procurementStatus(nijmegen, '2024-03-10').phase).toBe('voorbereiding');
    expect(procurementStatus(nijmegen, '2024-05-01').text).toBe('Inschrijving open tot en met juni 2024 (gepland); het contract start op 1 januari 2025.');
    expect(procurementStatus(nijmegen, '2024-08-01')).toMatchObject({ phase: 'gesloten', closedSince: 'juni 2024 (gepland)' });
    expect(procurementStatus(nijmegen, '2024-08-01').text).toBe('Gesloten, gunning verwacht in september/oktober 2024; het contract start op 1 januari 2025.');
    expect(procurementStatus(nijmegen, '2024-11-20').text).toBe('Gesloten, gunning was verwacht in september/oktober 2024; het contract start op 1 januari 2025.');
    expect(procurementStatus(nijmegen, '2026-11-29').text).toBe('Het contract loopt sinds 1 januari 2025 (tot en met 31 december 2028, verlengbaar tot en met 31 december 2037).');
    expect(procurementStatus(nijmegen, '2030-01-01').text).toContain('de eerste looptijd liep tot en met 31 december 2028, met verlengingen loopt het uiterlijk tot en met 31 december 2037');
    expect(procurementStatus(nijmegen, '2038-01-01').phase).toBe('afgelopen');
  });

  it('without a statement on extensions a passed first term does not make the contract "afgelopen"', () => {
    const input: StatusInput = { method: 'aanbesteding', milestones: [], contract: summariseContract({ start: period('2020-01-01'), certainty: 'vastgesteld', initialTerm: { exact: { years: 2 } } }) };
    const s = procurementStatus(input, '2026-11-29');
    expect(s.phase).toBe('contract');
    expect(s.text).toContain('of het is verlengd, staat niet in de bron');
    const none = { ...input, contract: summariseContract({ start: period('2020-01-01'), certainty: 'vastgesteld', initialTerm: { exact: { years: 2 } }, extensions: 'geen' }) };
    expect(procurementStatus(none, '2026-11-29').text).toBe('Afgelopen: het contract liep tot en met 31 december 2021.');
  });

  it('Open House: aanmelding, then the next entry moment during the contract; closed only when none is left', () => {
    expect(procurementStatus(openHouse, '2025-03-01').text).toBe('Aanmelding open tot en met juli 2025 (gepland); het contract start op 1 januari 2026 (gepland).');
    expect(procurementStatus(openHouse, '2025-09-01').text).toBe('Aanmelding gesloten; volgende toetreding in Q1 2027 (gepland).');
    const running = procurementStatus(openHouse, '2026-05-01');
    expect(running).toMatchObject({ phase: 'contract', closed: false });
    expect(running.text).toContain('volgende toetreding in Q1 2027 (gepland)');
    // No extensions: the end of the first term is the end, never "verlengbaar".
    expect(running.text).toContain('(gepland); tot en met 31 december 2035;');
    expect(running.text).not.toContain('verlengbaar');
    expect(procurementStatus(openHouse, '2027-02-01').text).toContain('aanmelding open tot en met Q1 2027 (gepland)');
    expect(procurementStatus(openHouse, '2028-01-10').text).toContain('aanmelding open tot en met 31 januari 2028');
    expect(procurementStatus(openHouse, '2028-02-01')).toMatchObject({ phase: 'contract', closed: true, closedSince: '31 januari 2028' });
  });

  it('an inferred date says so', () => {
    const input: StatusInput = { method: 'aanbesteding', milestones: [m('gunning', { ...period('2024-09'), inferred: { part: 'maand', reason: 'uit de tabel' } }), m('inschrijving', '2024-06')], contract: null };
    expect(procurementStatus(input, '2024-08-01').text).toBe('Gesloten, gunning verwacht vermoedelijk september 2024; maand niet genoemd.');
  });

  it('lists every distinct status once, for the space the browser fills in', () => {
    const texts = possibleStatuses(nijmegen).map((s) => s.text);
    expect(new Set(texts).size).toBe(texts.length);
    expect(texts).toContain(procurementStatus(nijmegen, '2024-05-01').text);
    expect(texts).toContain(procurementStatus(nijmegen, '2040-01-01').text);
  });
});

// Properties over generated procurements.
const PRECISION_NOTATIONS = (year: number) => [`${year}`, `${year}-Q2`, `${year}-05`, `${year}-05-14`, `${year}-W20`, `${year}-Q1/${year}-Q3`, `eind-${year}`];
const periodArb = fc.tuple(fc.integer({ min: 2015, max: 2035 }), fc.integer({ min: 0, max: 6 })).map(([y, i]) => period(PRECISION_NOTATIONS(y)[i]!));
const certaintyArb = fc.constantFrom(...CERTAINTIES);
const kinds = ['consultatie', 'publicatie', 'inschrijving', 'gunning', 'start', 'overig', 'deadline'];
const inputArb = fc.record({
  method: fc.constantFrom('aanbesteding', 'open-house'),
  milestones: fc.array(fc.record({ kind: fc.constantFrom(...kinds), label: fc.constant('Stap'), when: periodArb, certainty: certaintyArb }), { maxLength: 6 }),
  contract: fc.option(
    fc.record({
      start: periodArb,
      certainty: certaintyArb,
      years: fc.integer({ min: 1, max: 6 }),
      extensions: fc.constantFrom('geen', 'none', 'two'),
      stated: fc.option(periodArb),
    }).map(({ start, certainty, years, extensions, stated }) =>
      summariseContract({
        start,
        certainty,
        initialTerm: { exact: { years } },
        ...(extensions === 'geen' ? { extensions: 'geen' as const } : extensions === 'two' ? { extensions: [{ years: 1 }, { years: 1 }] } : {}),
        ...(stated ? { stated: { maxEnd: stated } } : {}),
      }),
    ),
  ),
  entryWindows: fc.array(fc.record({ when: periodArb, certainty: certaintyArb }), { maxLength: 3 }),
}) as fc.Arbitrary<StatusInput>;
const dateArb = fc.integer({ min: 0, max: 365 * 25 }).map((d) => new Date(Date.UTC(2014, 0, 1 + d)).toISOString().slice(0, 10));

describe('procurementStatus properties', () => {
  it('never goes back as the date moves forward', () => {
    fc.assert(
      fc.property(inputArb, dateArb, dateArb, (input, a, b) => {
        const [early, late] = a <= b ? [a, b] : [b, a];
        expect(phaseRank[procurementStatus(input, early).phase]).toBeLessThanOrEqual(phaseRank[procurementStatus(input, late).phase]);
      }),
      { numRuns: 500 },
    );
  });

  it('never names a date more precise than the input: every period named is an input period or the end part of one', () => {
    fc.assert(
      fc.property(inputArb, dateArb, (input, today) => {
        const inputs: Period[] = [...input.milestones.map((x) => x.when), ...(input.entryWindows ?? []).map((w) => w.when)];
        if (input.contract) inputs.push(...[input.contract.start, input.contract.initialEnd, input.contract.maxEnd].filter((p): p is Period => p !== null));
        const status = procurementStatus(input, today);
        for (const p of status.periods) {
          const ok = inputs.some((i) => i === p || (i.precision === 'span' && p.notation === i.notation.split('/')[1]) || (i.precision === 'dates' && i.dates?.at(-1)?.notation === p.notation));
          expect(ok, formatPeriod(p)).toBe(true);
        }
        // Only years and quarters in: no day appears in the text.
        const coarse = { ...input, milestones: input.milestones.map((x) => ({ ...x, when: period(x.when.start.slice(0, 4)) })), entryWindows: [], contract: input.contract && { ...input.contract, start: period(`${input.contract.start.start.slice(0, 4)}-Q1`), initialEnd: null, maxEnd: null, noEndReason: 'de looptijd is niet genoemd' } };
        expect(procurementStatus(coarse, today).text).not.toMatch(/\b\d{1,2} (januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)/);
      }),
      { numRuns: 500 },
    );
  });

  it('never says "afgelopen" unless an end has passed, and never produces NaN or undefined', () => {
    fc.assert(
      fc.property(inputArb, dateArb, (input, today) => {
        const status = procurementStatus(input, today);
        expect(status.text).not.toMatch(/NaN|undefined|null/);
        if (status.phase === 'afgelopen') {
          const c = input.contract!;
          const passed = (c.maxEnd && c.maxEnd.end < today) || (c.extensions === 'geen' && c.initialEnd && c.initialEnd.end < today);
          expect(passed).toBeTruthy();
        }
        if (!input.contract) expect(status.phase).not.toMatch(/contract|afgelopen/);
      }),
      { numRuns: 500 },
    );
  });

  it('a planned date is never stated as a fact: every non-settled contract says so', () => {
    fc.assert(
      fc.property(inputArb, dateArb, (input, today) => {
        const status = procurementStatus(input, today);
        if (status.phase === 'contract' && input.contract && input.contract.certainty !== 'vastgesteld') {
          expect(status.text).toMatch(/\((gepland|mogelijk|wordt onderzocht|niet duidelijk uit de bron)\)/);
        }
      }),
      { numRuns: 300 },
    );
  });
});
