/** The contract as the source states it (src/lib/document/contract.ts): end dates only where the source makes them determinable. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contractDates, contractLine, summariseContract, type ContractStatement } from '../../src/lib/document/contract.ts';
import { formatPeriod, period } from '../../src/lib/period.ts';

const years = (n: number) => ({ years: n });
const contract = (overrides: Partial<ContractStatement> & { start?: ContractStatement['start'] } = {}): ContractStatement => ({
  start: period('2025-01-01'),
  certainty: 'vastgesteld',
  initialTerm: { exact: years(4) },
  extensions: [years(3), years(3), years(3)],
  ...overrides,
});
const withoutKey = <T extends object, K extends keyof T>(value: T, key: K): Omit<T, K> => {
  const { [key]: _omitted, ...rest } = value;
  return rest;
};

describe('contractDates', () => {
  it('computes the ends from a start day and exact terms', () => {
    const dates = contractDates(contract())!;
    expect([dates.initialEnd, dates.maxEnd]).toEqual(['2028-12-31', '2037-12-31']);
    expect(dates.term.segments.map((s) => [s.kind, s.start, s.end])).toEqual([
      ['initieel', '2025-01-01', '2028-12-31'],
      ['verlenging', '2029-01-01', '2031-12-31'],
      ['verlenging', '2032-01-01', '2034-12-31'],
      ['verlenging', '2035-01-01', '2037-12-31'],
    ]);
  });

  it("with extensions 'geen' the last day is the end of the first term; without a statement it is unknown", () => {
    expect(contractDates(contract({ extensions: 'geen' }))).toMatchObject({ initialEnd: '2028-12-31', maxEnd: '2028-12-31' });
    expect(contractDates(withoutKey(contract(), 'extensions'))).toMatchObject({ initialEnd: '2028-12-31', maxEnd: null });
  });

  it('gives nothing for a start that is not a stated day', () => {
    expect(contractDates(contract({ start: period('2018') }))).toBeNull();
    expect(contractDates(contract({ start: period('2025-01') }))).toBeNull();
    expect(contractDates(contract({ start: period('2025-Q1') }))).toBeNull();
    expect(contractDates(contract({ start: { ...period('2025-01-01'), inferred: { part: 'jaar', reason: 'De bron noemt alleen 1 januari.' } } }))).toBeNull();
  });

  it('gives nothing for a term that is not exact and firm', () => {
    expect(contractDates(contract({ initialTerm: { max: { months: 48 }, openEnded: true } }))).toBeNull();
    expect(contractDates(contract({ initialTerm: { max: { months: 48 } } }))).toBeNull();
    expect(contractDates(contract({ initialTerm: { min: years(2), max: years(4) } }))).toBeNull();
    expect(contractDates(contract({ initialTerm: { exact: years(4), approx: true } }))).toBeNull();
    expect(contractDates(contract({ initialTerm: { exact: years(4), openEnded: true } }))).toBeNull();
    expect(contractDates(contract({ initialTerm: null }))).toBeNull();
    expect(contractDates(withoutKey(contract(), 'initialTerm'))).toBeNull();
  });

  it('a date with a time counts as a day', () => {
    expect(contractDates(contract({ start: period('2025-01-01T09:00') }))?.initialEnd).toBe('2028-12-31');
  });

  it('is determinable exactly for a stated day and an exact firm term (property)', () => {
    const start = fc.constantFrom('2025-01-01', '2024-02-29', '2025-01', '2018', '2026-Q3', '2024-W16', 'eind-2025');
    const length = fc.oneof(fc.integer({ min: 1, max: 10 }).map(years), fc.integer({ min: 1, max: 60 }).map((months) => ({ months })));
    const term = fc.oneof(
      length.map((exact) => ({ exact })),
      fc.tuple(length, fc.boolean(), fc.boolean()).map(([exact, approx, openEnded]) => ({ exact, ...(approx ? { approx } : {}), ...(openEnded ? { openEnded } : {}) })),
      fc.tuple(length, fc.boolean()).map(([max, openEnded]) => ({ max, ...(openEnded ? { openEnded } : {}) })),
    );
    fc.assert(
      fc.property(start, term, (notation, initialTerm) => {
        const p = period(notation);
        const dates = contractDates(contract({ start: p, initialTerm }));
        const determinable = p.precision === 'day' && 'exact' in initialTerm && !('approx' in initialTerm) && !('openEnded' in initialTerm);
        expect(dates !== null).toBe(determinable);
        if (dates) {
          expect(dates.initialEnd > p.start).toBe(true);
          expect(dates.maxEnd! >= dates.initialEnd).toBe(true);
        }
        const summary = summariseContract(contract({ start: p, initialTerm }))!;
        expect(summary.initialEnd === null).toBe(!determinable);
        expect(summary.noEndReason === undefined).toBe(determinable);
      }),
    );
  });
});

describe('summariseContract', () => {
  it('gives null for no contract', () => {
    expect(summariseContract(null)).toBeNull();
    expect(summariseContract(undefined)).toBeNull();
  });

  it('a determinable contract: computed days, the term and the extensions in words', () => {
    const summary = summariseContract(contract({ note: 'Volgens de brief.' }))!;
    expect(summary).toMatchObject({
      certainty: 'vastgesteld',
      initialEnd: { precision: 'day', start: '2028-12-31', end: '2028-12-31' },
      maxEnd: { precision: 'day', start: '2037-12-31' },
      termText: '4 jaar',
      extensionsText: '3 keer 3 jaar',
      note: 'Volgens de brief.',
    });
    expect(summary.term?.segments).toHaveLength(4);
    expect(summary).not.toHaveProperty('noEndReason');
    expect(contractLine(summary)).toBe('Start 1 januari 2025; eerste looptijd 4 jaar, tot en met 31 december 2028; verlengingen: 3 keer 3 jaar');
  });

  it("extensions: absent is 'niet genoemd', 'geen' is 'geen', different lengths are listed", () => {
    const absent = summariseContract(withoutKey(contract(), 'extensions'))!;
    expect([absent.extensions, absent.extensionsText]).toEqual(['niet-genoemd', 'niet genoemd']);
    expect(absent.initialEnd?.start).toBe('2028-12-31');
    expect(absent.maxEnd).toBeNull();
    const none = summariseContract(contract({ extensions: 'geen' }))!;
    expect([none.extensions, none.extensionsText]).toEqual(['geen', 'geen']);
    expect(none.maxEnd?.start).toBe('2028-12-31');
    expect(summariseContract(contract({ extensions: [years(2), { months: 6 }] }))!.extensionsText).toBe('2 jaar + 6 maanden');
    expect(summariseContract(contract({ extensions: [years(2)] }))!.extensionsText).toBe('2 jaar');
  });

  it('a maximum term that may run longer: no end date, and says why', () => {
    const summary = summariseContract(contract({ initialTerm: { max: { months: 48 }, openEnded: true }, extensions: 'geen' }))!;
    expect(summary).toMatchObject({ term: null, initialEnd: null, maxEnd: null, termText: 'maximaal 48 maanden, mogelijk langer', noEndReason: 'de looptijd ligt niet vast, langer is mogelijk' });
    expect(summariseContract(contract({ initialTerm: { max: { months: 48 } } }))!.noEndReason).toBe('de bron noemt geen vaste looptijd');
    // The unit of the source stays: 48 maanden, not 4 jaar.
    expect(summariseContract(contract({ initialTerm: { exact: { months: 18 } } }))!.termText).toBe('18 maanden');
  });

  it('a year-only start gives no day; ends stated by the source are shown as stated, with their precision', () => {
    const start = period('2018');
    const summary = summariseContract(contract({ start, initialTerm: { exact: years(2) }, extensions: [years(1), years(1)], stated: { initialEnd: period('2020'), maxEnd: period('2022') } }))!;
    expect(summary.term).toBeNull();
    expect(summary.start).toBe(start);
    expect([summary.initialEnd?.precision, formatPeriod(summary.initialEnd!), formatPeriod(summary.maxEnd!)]).toEqual(['year', '2020', '2022']);
    expect(summary.extensionsText).toBe('2 keer 1 jaar');
    expect(summary).not.toHaveProperty('noEndReason');
    expect(contractLine(summary)).toBe('Start 2018; eerste looptijd 2 jaar, tot en met 2020; verlengingen: 2 keer 1 jaar');

    const unstated = summariseContract(contract({ start, initialTerm: { exact: years(2) } }))!;
    expect([unstated.initialEnd, unstated.maxEnd, unstated.noEndReason]).toEqual([null, null, 'de bron noemt als start alleen 2018']);
  });

  it('a term that is not stated, and a start that is inferred', () => {
    expect(summariseContract(contract({ initialTerm: null, extensions: 'geen' }))).toMatchObject({ initialTerm: null, termText: 'niet genoemd', noEndReason: 'de looptijd is niet genoemd' });
    expect(summariseContract(withoutKey(withoutKey(contract(), 'initialTerm'), 'extensions'))).toMatchObject({ initialTerm: null, extensions: 'niet-genoemd', termText: 'niet genoemd' });
    const inferred = { ...period('2025-01-01'), inferred: { part: 'jaar' as const, reason: 'De bron noemt alleen 1 januari.' } };
    expect(summariseContract(contract({ start: inferred }))!.noEndReason).toBe('de startdatum is afgeleid, niet genoemd');
  });
});
