/** /planning/ in the browser (src/lib/planning-order.ts): what runs or comes first, then what passed, the latest first. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/lib/calendar-date.ts';
import { upcomingFirst } from '../../src/lib/planning-order.ts';

const items = [
  { start: '2018-01-01', end: '2024-12-31' }, // 0: contract that ended
  { start: '2024-05-21', end: '2024-05-21' }, // 1: Kampen's deadline
  { start: '2025-01-01', end: '2037-12-31' }, // 2: running contract
  { start: '2026-01-01', end: '2026-01-01' }, // 3: start
  { start: '2027-04-01', end: '2027-06-30' }, // 4: later
  { start: '2024-09-01', end: '2024-10-31' }, // 5: gunning
];

describe('upcomingFirst', () => {
  it('on 29 November 2026: running and coming items by start; past ones by latest end', () => {
    expect(upcomingFirst(items, '2026-11-29')).toEqual({ upcoming: [2, 4], past: [3, 0, 5, 1] });
  });

  it('an item that ends today still counts as now', () => {
    expect(upcomingFirst(items, '2026-01-01').upcoming).toEqual([2, 3, 4]);
  });

  const day = fc.integer({ min: 0, max: 15_000 }).map((n) => addDays('2000-01-01', n));
  const period = fc.tuple(day, fc.integer({ min: 0, max: 3_000 })).map(([start, n]) => ({ start, end: addDays(start, n) }));

  it('every item appears exactly once; upcoming never ended, past all ended; each list in its order (property)', () => {
    fc.assert(
      fc.property(fc.array(period, { maxLength: 30 }), day, (list, today) => {
        const { upcoming, past } = upcomingFirst(list, today);
        expect([...upcoming, ...past].sort((a, b) => a - b)).toEqual(list.map((_, i) => i));
        for (const i of upcoming) expect(list[i]!.end >= today).toBe(true);
        for (const i of past) expect(list[i]!.end < today).toBe(true);
        for (let k = 1; k < upcoming.length; k++) expect(list[upcoming[k - 1]!]!.start <= list[upcoming[k]!]!.start).toBe(true);
        for (let k = 1; k < past.length; k++) expect(list[past[k - 1]!]!.end >= list[past[k]!]!.end).toBe(true);
      }),
    );
  });
});
