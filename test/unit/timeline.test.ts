/** Timeline items, status relative to a fixed "today", and the iCal feed parsed back. */
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { DocumentRecord } from '../../src/lib/document/types.ts';
import { documentTimeline, siteTimeline, statusOn, yearsOf } from '../../src/lib/timeline.ts';
import { timelineCalendar } from '../../src/lib/ical.ts';
import { addDays } from '../../src/lib/calendar-date.ts';
import { base, names, record as fixtureRecord } from './document-fixture.ts';

const record: DocumentRecord = fixtureRecord('voorbeeld-kader', {
  milestones: [
    { id: 'besluit', label: 'Besluitvorming colleges', when: '2024-W16', actor: 'Colleges', certainty: 'vastgesteld' },
    { id: 'deadline', label: 'Reageren kan tot', when: '2024-05-21T12:00', certainty: 'vastgesteld' },
    { id: 'herindicatie', label: 'Herindicatie', when: '2025-Q2/2025-Q3', certainty: 'voornemen' },
  ],
  procurement: {
    ...base.procurement,
    otherProcurements: [{ id: 'trapliften', label: 'Trapliften', contractStart: '2026-11-01', certainty: 'voornemen' }],
  },
});
/** The fixture with another contract and no milestones. */
const withOnlyContract = (contract: Record<string, unknown>): DocumentRecord =>
  fixtureRecord('alleen-contract', { milestones: [], procurement: { ...base.procurement, contract } });

describe('statusOn', () => {
  const herindicatie = { start: '2025-04-01', end: '2025-09-30' };
  it.each([
    ['2025-03-31', 'gepland'],
    ['2025-04-01', 'loopt'],
    ['2025-09-30', 'loopt'],
    ['2025-10-01', 'afgerond'],
  ])('on %s the herindicatie (Q2 en Q3 2025) is %s', (today, status) => {
    expect(statusOn(herindicatie, today)).toBe(status);
  });

  // Properties that follow from what the labels mean, without restating the comparison.
  const day = fc.integer({ min: 0, max: 18_000 }).map((n) => addDays('2000-01-01', n));
  const period = fc.tuple(day, fc.integer({ min: 0, max: 2_000 })).map(([start, length]) => ({ start, end: addDays(start, length) }));
  const order = { gepland: 0, loopt: 1, afgerond: 2 } as const;

  it('runs from its first to its last day, is planned the day before and finished the day after (property)', () => {
    fc.assert(
      fc.property(period, (p) => {
        expect(statusOn(p, addDays(p.start, -1))).toBe('gepland');
        expect(statusOn(p, p.start)).toBe('loopt');
        expect(statusOn(p, p.end)).toBe('loopt');
        expect(statusOn(p, addDays(p.end, 1))).toBe('afgerond');
      }),
    );
  });

  it('never goes back as days pass: planned, then running, then finished (property)', () => {
    fc.assert(
      fc.property(period, day, fc.integer({ min: 1, max: 3_000 }), (p, today, later) => {
        expect(order[statusOn(p, addDays(today, later))]).toBeGreaterThanOrEqual(order[statusOn(p, today)]);
      }),
    );
  });

  it('a one-day milestone runs only on that day', () => {
    const deadline = { start: '2024-05-21', end: '2024-05-21' };
    expect(['2024-05-20', '2024-05-21', '2024-05-22'].map((today) => statusOn(deadline, today))).toEqual(['gepland', 'loopt', 'afgerond']);
  });
});

describe('documentTimeline', () => {
  const items = documentTimeline(record, names);

  it('includes milestones with their real precision, each contract segment and announced procurements', () => {
    expect(items.map((i) => [i.kind, i.label, i.when])).toEqual([
      ['mijlpaal', 'Besluitvorming colleges', 'week van 15 april 2024'],
      ['mijlpaal', 'Reageren kan tot', '21 mei 2024, 12:00 uur'],
      ['contract', 'Contract: eerste looptijd', '1 januari 2025 t/m 31 december 2028'],
      ['mijlpaal', 'Herindicatie', 'Q2 en Q3 2025'],
      ['ander-traject', 'Ander inkooptraject: Trapliften', 'nieuw contract per 1 november 2026'],
      ['verlenging', 'Contract: verlenging 1 (optie)', '1 januari 2029 t/m 31 december 2031'],
      ['verlenging', 'Contract: verlenging 2 (optie)', '1 januari 2032 t/m 31 december 2034'],
      ['verlenging', 'Contract: verlenging 3 (optie)', '1 januari 2035 t/m 31 december 2037'],
    ]);
  });

  it('carries how firmly each date is stated', () => {
    expect(items.map((i) => [i.label, i.certainty])).toEqual([
      ['Besluitvorming colleges', 'vastgesteld'],
      ['Reageren kan tot', 'vastgesteld'],
      ['Contract: eerste looptijd', 'vastgesteld'],
      ['Herindicatie', 'voornemen'],
      ['Ander inkooptraject: Trapliften', 'voornemen'],
      ['Contract: verlenging 1 (optie)', 'vastgesteld'],
      ['Contract: verlenging 2 (optie)', 'vastgesteld'],
      ['Contract: verlenging 3 (optie)', 'vastgesteld'],
    ]);
  });

  it('a contract with only a maximum term gives one item at its start, and no end date', () => {
    const maximum = documentTimeline(withOnlyContract({ start: '2026-01-01', certainty: 'voornemen', initialTerm: { max: { months: 48 }, openEnded: true } }), names);
    expect(maximum).toEqual([expect.objectContaining({
      id: 'alleen-contract--contract-0',
      kind: 'contract',
      label: 'Contract: start',
      start: '2026-01-01',
      end: '2026-01-01',
      precision: 'day',
      when: '1 januari 2026',
      detail: 'Eerste looptijd maximaal 48 maanden, mogelijk langer; einddatum niet te bepalen (de looptijd ligt niet vast, langer is mogelijk)',
      certainty: 'voornemen',
    })]);
  });

  it('a year-only start gives the year, never a day', () => {
    const [item, ...rest] = documentTimeline(withOnlyContract({ start: '2018', certainty: 'vastgesteld', initialTerm: { exact: { years: 2 } }, extensions: [{ years: 1 }] }), names);
    expect(rest).toEqual([]);
    expect(item).toMatchObject({ kind: 'contract', start: '2018-01-01', end: '2018-12-31', precision: 'year', when: '2018' });
    expect(item!.detail).toContain('de bron noemt als start alleen 2018');
  });

  it('an announced procurement with a contract runs to its last end only where that is known', () => {
    const announced = (contract: Record<string, unknown>) =>
      documentTimeline(fixtureRecord('x', { milestones: [], procurement: { ...base.procurement, contract: null, otherProcurements: [{ id: 'dagbesteding', label: 'Dagbesteding', contract, certainty: 'voornemen' }] } }), names);
    expect(announced({ start: '2026-01-01', certainty: 'voornemen', initialTerm: { exact: { years: 2 } }, extensions: 'geen' })[0]).toMatchObject({
      start: '2026-01-01', end: '2027-12-31', precision: 'contract', when: '1 januari 2026 t/m 31 december 2027 (met verlengingen)',
    });
    expect(announced({ start: '2026-01-01', certainty: 'voornemen', initialTerm: { max: { months: 48 }, openEnded: true } })[0]).toMatchObject({
      start: '2026-01-01', end: '2026-01-01', precision: 'day', when: 'nieuw contract per 1 januari 2026',
    });
  });

  it('orders items by start date across documents', () => {
    const all = siteTimeline([record, { ...record, slug: 'tweede' }], names);
    for (let i = 1; i < all.length; i++) expect(all[i]!.start >= all[i - 1]!.start).toBe(true);
    expect(new Set(all.map((i) => i.id)).size).toBe(all.length);
  });

  it('lists the years an item touches', () => {
    expect(yearsOf({ start: '2024-12-01', end: '2026-01-31' })).toEqual([2024, 2025, 2026]);
  });
});

describe('timelineCalendar', () => {
  const items = documentTimeline(record, names);
  const text = timelineCalendar(items, { name: 'Planning', description: 'Test', siteUrl: 'https://example.nl/', stamp: '2024-05-01' });

  it('is valid iCalendar that parses back: a week as one all-day event, a long period as its start and its end', () => {
    const calendar = new ICAL.Component(ICAL.parse(text));
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    const week = events.find((e) => e.summary.startsWith('Besluitvorming colleges'))!;
    expect(week.startDate.isDate).toBe(true);
    expect(week.startDate.toString()).toBe('2024-04-15');
    expect(week.endDate.toString()).toBe('2024-04-22'); // exclusive: the week ends on Sunday 21 April
    const quarters = events.filter((e) => e.summary.includes('Herindicatie'));
    expect(quarters.map((e) => [e.startDate.toString(), e.endDate.toString()])).toEqual([['2025-04-01', '2025-04-02'], ['2025-09-30', '2025-10-01']]);
    expect(quarters.map((e) => e.uid)).toEqual(['voorbeeld-kader--herindicatie--begin@inkoopwijzer', 'voorbeeld-kader--herindicatie--einde@inkoopwijzer']);
    expect(week.uid).toBe('voorbeeld-kader--besluit@inkoopwijzer');
    expect(week.description).toContain('Wanneer: week van 15 april 2024');
    const deadline = events.find((e) => e.uid === 'voorbeeld-kader--deadline@inkoopwijzer')!;
    expect(deadline.startDate.isDate).toBe(false);
    expect(text).toContain('DTSTART;TZID=Europe/Amsterdam:20240521T120000');
  });

  it('uses CRLF line endings and the required calendar properties (RFC 5545)', () => {
    expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:')).toBe(true);
    expect(text).toContain('DTSTAMP:20240501T000000Z');
    expect(text.trimEnd().endsWith('END:VCALENDAR')).toBe(true);
  });
});

describe('barPositions', () => {
  it('places periods proportionally on one shared range', async () => {
    const { barPositions } = await import('../../src/lib/timeline.ts');
    const [year, firstHalf, lastDay] = barPositions([
      { start: '2025-01-01', end: '2025-12-31' },
      { start: '2025-01-01', end: '2025-07-02' },
      { start: '2025-12-31', end: '2025-12-31' },
    ]);
    expect(year).toEqual({ left: 0, width: 100 });
    expect(firstHalf!.width).toBeCloseTo(50, 0);
    expect(lastDay!.left + lastDay!.width).toBeLessThanOrEqual(100);
    expect(lastDay!.width).toBeGreaterThan(0);
  });

  it('keeps every bar inside the track (property)', async () => {
    const { barPositions } = await import('../../src/lib/timeline.ts');
    const day = fc.date({ min: new Date('2000-01-01'), max: new Date('2040-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(fc.array(fc.tuple(day, day), { minLength: 1, maxLength: 20 }), (pairs) => {
        const periods = pairs.map(([a, b]) => (a <= b ? { start: a, end: b } : { start: b, end: a }));
        for (const bar of barPositions(periods)) {
          expect(bar.left).toBeGreaterThanOrEqual(0);
          expect(bar.width).toBeGreaterThan(0);
          expect(bar.left + bar.width).toBeLessThanOrEqual(100.0001);
        }
      }),
    );
  });
});
