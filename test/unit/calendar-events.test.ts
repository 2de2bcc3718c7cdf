/**
 * Calendar events (src/lib/calendar-events.ts) and the iCal text (src/lib/ical.ts)
 * parsed back with ical.js: all-day only for days and weeks, a time as a timed
 * event in Europe/Amsterdam with its VTIMEZONE, long periods as moments at
 * their start and end, separate dates as separate events, stable UIDs.
 */
import ICAL from 'ical.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween } from '../../src/lib/calendar-date.ts';
import { MAX_ALL_DAY_DAYS, calendarEvents, inferredNote } from '../../src/lib/calendar-events.ts';
import { timelineCalendar } from '../../src/lib/ical.ts';
import { formatPeriod, period } from '../../src/lib/period.ts';
import { documentTimeline, type TimelineItem } from '../../src/lib/timeline.ts';
import { names, record } from './document-fixture.ts';

const SITE = 'https://inkoopwijzer.test/';

function item(id: string, notation: string, extra: Partial<TimelineItem> = {}): TimelineItem {
  const p = period(notation);
  return {
    id: `doc--${id}`,
    kind: 'mijlpaal',
    documentSlug: 'doc',
    documentTitle: 'Document',
    regionId: 'regio',
    regionName: 'Regio',
    label: `Stap ${id}`,
    start: p.start,
    end: p.end,
    precision: p.precision,
    when: formatPeriod(p),
    certainty: 'vastgesteld',
    period: p,
    ...extra,
  };
}

const one = (it: TimelineItem) => calendarEvents([it], SITE);

describe('calendarEvents', () => {
  it('a day is one all-day event of one day; its UID is the item id', () => {
    const [event, ...rest] = one(item('dag', '2024-04-25'));
    expect(rest).toEqual([]);
    expect(event).toMatchObject({ uid: 'doc--dag@inkoopwijzer', part: 'geheel', start: '2024-04-25', end: '2024-04-25' });
    expect(event!.time).toBeUndefined();
  });

  it('a week is one all-day event of seven days (the longest all-day event)', () => {
    const [event] = one(item('week', '2024-W16'));
    expect(event).toMatchObject({ start: '2024-04-15', end: '2024-04-21' });
  });

  it('a time is a timed event: a moment at that local time', () => {
    const events = one(item('deadline', '2024-05-21T12:00', { milestoneKind: 'deadline' }));
    expect(events).toEqual([expect.objectContaining({ uid: 'doc--deadline@inkoopwijzer', start: '2024-05-21', end: '2024-05-21', time: '12:00' })]);
  });

  it.each([
    ['2024-Q3', ['begin', '2024-07-01'], ['einde', '2024-09-30']],
    ['2024-09/2024-10', ['begin', '2024-09-01'], ['einde', '2024-10-31']],
    ['2024-05', ['begin', '2024-05-01'], ['einde', '2024-05-31']],
    ['2025', ['begin', '2025-01-01'], ['einde', '2025-12-31']],
  ])('a long period (%s) is a moment at its start and one at its end', (notation, [p1, d1], [p2, d2]) => {
    const events = one(item('lang', notation));
    expect(events.map((e) => [e.part, e.start, e.end])).toEqual([[p1, d1, d1], [p2, d2, d2]]);
    expect(events.map((e) => e.uid)).toEqual(['doc--lang--begin@inkoopwijzer', 'doc--lang--einde@inkoopwijzer']);
    expect(events[0]!.summary).toMatch(/^Begin /);
    expect(events[1]!.summary).toMatch(/^Einde /);
    expect(events[0]!.description).toContain('het begin en het einde');
  });

  it('a deadline over a period is one moment at its end; "eind 2025" too, "begin 2026" at its start', () => {
    expect(one(item('d', '2024-06', { milestoneKind: 'deadline' })).map((e) => [e.part, e.start])).toEqual([['einde', '2024-06-30']]);
    expect(one(item('e', 'eind-2025')).map((e) => [e.part, e.start])).toEqual([['einde', '2025-12-31']]);
    expect(one(item('b', 'begin-2026')).map((e) => [e.part, e.start])).toEqual([['begin', '2026-01-01']]);
    expect(one(item('e', 'eind-2025'))[0]!.summary).toContain('(eind 2025)');
  });

  it('separate dates are separate events, numbered in their UIDs', () => {
    const events = one(item('data', '2024-09-26, 2024-10-24'));
    expect(events.map((e) => [e.uid, e.start, e.end])).toEqual([
      ['doc--data--datum-1@inkoopwijzer', '2024-09-26', '2024-09-26'],
      ['doc--data--datum-2@inkoopwijzer', '2024-10-24', '2024-10-24'],
    ]);
    expect(events[1]!.description).toContain('datum 2 van 2: 24 oktober 2024');
  });

  it('a contract term from computed days: "begint" and "eindigt"', () => {
    const events = one({ ...item('contract-1', '2025-01-01/2028-12-31'), kind: 'contract', label: 'Contract: eerste looptijd', precision: 'contract', period: undefined } as TimelineItem);
    expect(events.map((e) => [e.summary, e.start])).toEqual([
      ['Contract: eerste looptijd begint (Document)', '2025-01-01'],
      ['Contract: eerste looptijd eindigt (Document)', '2028-12-31'],
    ]);
  });

  it('a planned date says "gepland"; an inferred date says so, with the reason', () => {
    const inferred = period('2024-03-21');
    inferred.inferred = { part: 'jaar', reason: 'de dia noemt geen jaar' };
    const [planned] = one(item('p', '2024-04-25', { certainty: 'voornemen' }));
    expect(planned!.summary).toContain('(gepland)');
    expect(planned!.description).toContain('Wanneer: 25 april 2024 (gepland)');
    const [guess] = one(item('i', '2024-03-21', { period: inferred }));
    expect(guess!.description).toContain('Let op: het jaar staat niet in de bron; deze datum is afgeleid: de dia noemt geen jaar.');
    expect(inferredNote(period('2024-03-21'))).toBeUndefined();
    const month = period('2017-04');
    month.inferred = { part: 'jaar', reason: 'alleen "in april"' };
    expect(one(item('m', '2017-04', { period: month }))[0]!.summary).toBe('Begin april 2017 (vermoedelijk): Stap m (Document)');
  });

  it('never an all-day event longer than a week, for any period notation (property)', () => {
    const day = fc.integer({ min: 0, max: 12_000 }).map((n) => addDays('2000-01-01', n));
    const notation = fc.oneof(
      day,
      day.map((d) => `${d}T09:30`),
      day.map((d) => d.slice(0, 7)),
      day.map((d) => `${d.slice(0, 4)}-Q${Math.ceil(Number(d.slice(5, 7)) / 3)}`),
      day.map((d) => d.slice(0, 4)),
      fc.tuple(day, fc.integer({ min: 0, max: 4_000 })).map(([d, n]) => `${d}/${addDays(d, n)}`),
      fc.tuple(day, fc.integer({ min: 1, max: 400 })).map(([d, n]) => `${d}, ${addDays(d, n)}`),
    );
    fc.assert(
      fc.property(notation, fc.constantFrom(undefined, 'deadline'), (n, kind) => {
        const events = one(item('x', n, kind ? { milestoneKind: kind } : {}));
        expect(events.length).toBeGreaterThan(0);
        for (const e of events) expect(daysBetween(e.start, e.end) + 1).toBeLessThanOrEqual(MAX_ALL_DAY_DAYS);
        expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
      }),
    );
  });

  it('a moved date keeps the UIDs, so a subscribed calendar updates the event', () => {
    const before = one(item('gunning', '2024-09/2024-10')).map((e) => e.uid);
    const after = one(item('gunning', '2024-11/2024-12')).map((e) => e.uid);
    expect(after).toEqual(before);
  });
});

describe('timelineCalendar', () => {
  const items = [item('deadline', '2024-05-21T12:00', { milestoneKind: 'deadline' }), item('kwartaal', '2025-Q2'), item('dag', '2024-04-25')];
  const text = timelineCalendar(items, { name: 'Planning', description: 'Test', siteUrl: SITE, stamp: '2024-05-01' });
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));

  it('a time is a timed event with TZID=Europe/Amsterdam, defined by a VTIMEZONE: 12:00 in May is 10:00 UTC', () => {
    expect(text).toContain('DTSTART;TZID=Europe/Amsterdam:20240521T120000');
    const zones = calendar.getAllSubcomponents('vtimezone');
    expect(zones.map((z) => z.getFirstPropertyValue('tzid'))).toEqual(['Europe/Amsterdam']);
    ICAL.TimezoneService.register(zones[0]!);
    const deadline = events.find((e) => e.uid === 'doc--deadline@inkoopwijzer')!;
    expect(deadline.startDate.isDate).toBe(false);
    expect(deadline.startDate.toJSDate().toISOString()).toBe('2024-05-21T10:00:00.000Z');
    // In winter the same zone is one hour ahead of UTC.
    const winter = new ICAL.Time({ year: 2024, month: 1, day: 15, hour: 12, minute: 0 }, ICAL.TimezoneService.get('Europe/Amsterdam')!);
    expect(winter.toJSDate().toISOString()).toBe('2024-01-15T11:00:00.000Z');
  });

  it('all-day events are dates, DTEND the day after; a quarter is two one-day moments', () => {
    const day = events.find((e) => e.uid === 'doc--dag@inkoopwijzer')!;
    expect(day.startDate.isDate).toBe(true);
    expect([day.startDate.toString(), day.endDate.toString()]).toEqual(['2024-04-25', '2024-04-26']);
    const ends = events.filter((e) => e.uid.startsWith('doc--kwartaal--')).map((e) => [e.startDate.toString(), e.endDate.toString()]);
    expect(ends).toEqual([['2025-04-01', '2025-04-02'], ['2025-06-30', '2025-07-01']]);
  });

  it('DTSTAMP stays UTC; a subscription refreshes daily; no VTIMEZONE without a timed event', () => {
    expect(text).toContain('DTSTAMP:20240501T000000Z');
    expect(text).toMatch(/REFRESH-INTERVAL;VALUE=DURATION:P1D|X-PUBLISHED-TTL:P1D/);
    const dayOnly = timelineCalendar([item('dag', '2024-04-25')], { name: 'P', description: 'T', siteUrl: SITE, stamp: '2024-05-01' });
    expect(dayOnly).not.toContain('VTIMEZONE');
    expect(dayOnly).not.toContain('TZID');
  });

  it('a document\'s whole planning: the fixture\'s "september/oktober" is two moments, nothing spans more than a week', () => {
    const calendarText = timelineCalendar(documentTimeline(record('voorbeeld-kader'), names), { name: 'P', description: 'T', siteUrl: SITE, stamp: '2024-05-01' });
    const all = new ICAL.Component(ICAL.parse(calendarText)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    for (const e of all) expect((e.endDate.toJSDate().getTime() - e.startDate.toJSDate().getTime()) / 86_400_000, e.summary).toBeLessThanOrEqual(7);
    expect(all.filter((e) => e.uid.startsWith('voorbeeld-kader--gunning--')).map((e) => e.startDate.toString())).toEqual(['2024-09-01', '2024-10-31']);
  });
});
