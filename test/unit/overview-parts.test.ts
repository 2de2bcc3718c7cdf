import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstPagesWith, nearbyPages, overviewPaths, partTitle, splitOverview } from '../../src/lib/overview-parts.ts';
import { changesPageLabel, documentsPageLabel, planningPageLabel } from '../../src/lib/overview-labels.ts';

interface Item {
  n: number;
  region: string;
}
const REGIONS = ['rijk-van-nijmegen', 'kampen', 'zorgregio-midden-ijssel-oost-veluwe', 'achterhoek'];
const labels: Record<string, string> = { 'rijk-van-nijmegen': 'Rijk van Nijmegen', kampen: 'Kampen', 'zorgregio-midden-ijssel-oost-veluwe': 'Zorgregio Midden-IJssel/Oost-Veluwe', achterhoek: 'Achterhoek' };
const groupOf = (i: Item) => ({ id: i.region, label: labels[i.region]! });
const items = fc.array(fc.constantFrom(...REGIONS), { maxLength: 300 }).map((regions) => regions.map((region, n): Item => ({ n, region })));

describe('splitOverview', () => {
  it('puts every item on exactly one page, in order within its region, at most perPage per page', () => {
    fc.assert(
      fc.property(items, fc.integer({ min: 1, max: 40 }), (list, perPage) => {
        const groups = splitOverview(list, { base: '/planning/', groupOf, perPage });
        const seen = groups.flatMap((g) => g.pages.flatMap((p) => p.items.map((i) => i.n)));
        expect(seen.sort((a, b) => a - b)).toEqual(list.map((i) => i.n));
        for (const g of groups) {
          const own = g.pages.flatMap((p) => p.items);
          expect(own).toEqual(list.filter((i) => i.region === g.id));
          expect(g.count).toBe(own.length);
          for (const p of g.pages) {
            expect(p.items.length).toBeGreaterThan(0);
            expect(p.items.length).toBeLessThanOrEqual(perPage);
            expect(p.of).toBe(g.pages.length);
            expect(p.last - p.first + 1).toBe(p.items.length);
          }
        }
      }),
    );
  });

  it('gives every page its own path under the overview, page 1 without a number', () => {
    fc.assert(
      fc.property(items, fc.integer({ min: 1, max: 10 }), (list, perPage) => {
        const paths = splitOverview(list, { base: '/percelen/', groupOf, perPage }).flatMap((g) => g.pages.map((p) => p.path));
        expect(new Set(paths).size).toBe(paths.length);
        for (const path of paths) expect(path).toMatch(/^\/percelen\/[a-z0-9-]+\/(?:\d+\/)?$/);
      }),
    );
  });

  it('sorts regions by name (Dutch), numbers pages and gives Astro one route per page', () => {
    const list = Array.from({ length: 7 }, (_, n): Item => ({ n, region: n < 5 ? 'rijk-van-nijmegen' : 'kampen' }));
    const groups = splitOverview(list, { base: '/planning/', groupOf, perPage: 2 });
    expect(groups.map((g) => [g.label, g.count, g.pages.map((p) => p.path)])).toEqual([
      ['Kampen', 2, ['/planning/kampen/']],
      ['Rijk van Nijmegen', 5, ['/planning/rijk-van-nijmegen/', '/planning/rijk-van-nijmegen/2/', '/planning/rijk-van-nijmegen/3/']],
    ]);
    expect(overviewPaths(groups).map((p) => p.params.part)).toEqual(['kampen', 'rijk-van-nijmegen', 'rijk-van-nijmegen/2', 'rijk-van-nijmegen/3']);
    expect(groups[1]!.pages[2]).toMatchObject({ number: 3, of: 3, first: 5, last: 5, items: [{ n: 4 }] });
  });

  it('uses pathOf for lists that live elsewhere', () => {
    const groups = splitOverview([{ n: 0, region: 'kampen' }, { n: 1, region: 'kampen' }], { base: '/regios/', groupOf, perPage: 1, pathOf: (id, n) => `/regios/${id}/kaders/${n > 1 ? `${n}/` : ''}` });
    expect(groups[0]!.pages.map((p) => p.path)).toEqual(['/regios/kampen/kaders/', '/regios/kampen/kaders/2/']);
  });

  it('an empty list has no parts', () => {
    expect(splitOverview([], { base: '/planning/', groupOf, perPage: 5 })).toEqual([]);
  });

  it('refuses a page size or region id that would give broken or clashing URLs, in Dutch', () => {
    expect(() => splitOverview([], { base: '/planning/', groupOf, perPage: 0 })).toThrow('perPage moet een geheel getal ≥ 1 zijn, niet 0');
    expect(() => splitOverview([], { base: 'planning', groupOf, perPage: 5 })).toThrow('base moet met / beginnen en eindigen');
    expect(() => splitOverview([{ n: 0, region: 'Rijk van Nijmegen' }], { base: '/planning/', groupOf: (i) => ({ id: i.region, label: i.region }), perPage: 5 })).toThrow('ongeldige deel-id "Rijk van Nijmegen"');
    // A number as region id would clash with page numbers.
    expect(() => splitOverview([{ n: 0, region: '2' }], { base: '/planning/', groupOf: (i) => ({ id: i.region, label: i.region }), perPage: 5 })).toThrow('ongeldige deel-id "2"');
  });
});

describe('firstPagesWith', () => {
  it('per region the first page that holds a matching item, none for regions without one', () => {
    const list = Array.from({ length: 9 }, (_, n): Item => ({ n, region: n % 3 === 0 ? 'kampen' : 'rijk-van-nijmegen' }));
    const groups = splitOverview(list, { base: '/percelen/', groupOf, perPage: 2 });
    expect(firstPagesWith(groups, (i) => i.n === 8).map((p) => p.path)).toEqual(['/percelen/rijk-van-nijmegen/3/']);
    expect(firstPagesWith(groups, (i) => i.n >= 5).map((p) => p.path)).toEqual(['/percelen/kampen/2/', '/percelen/rijk-van-nijmegen/2/']);
    expect(firstPagesWith(groups, () => false)).toEqual([]);
  });
});

describe('page labels', () => {
  const page = <T>(items: T[]) => ({ groupId: 'x', groupLabel: 'X', number: 1, of: 2, path: '/x/', param: 'x', items, first: 1, last: items.length });
  it('name the years or documents a page covers', () => {
    expect(planningPageLabel(page([{ start: '2021-01-01' }, { start: '2023-05-01' }]))).toBe('2021–2023');
    expect(planningPageLabel(page([{ start: '2024-01-01' }, { start: '2024-12-31' }]))).toBe('2024');
    expect(documentsPageLabel(page([{ data: { shortTitle: 'Blok B' } }, { data: { shortTitle: 'Ambulant' } }, { data: { shortTitle: 'Brief' } }]))).toBe('Blok B – Brief');
    expect(documentsPageLabel(page([{ data: { shortTitle: 'Blok B' } }]))).toBe('Blok B');
    expect(changesPageLabel(page([{ date: { start: '2025-02-01' } }, { date: { start: '2023-01-01' } }]))).toBe('2025–2023');
    expect(planningPageLabel(page([]))).toBe('');
  });
});

describe('nearbyPages', () => {
  const pages = (n: number) => Array.from({ length: n }, (_, i) => ({ number: i + 1 }));
  const show = (list: ({ number: number } | 'gap')[]) => list.map((p) => (p === 'gap' ? '…' : p.number));
  it('links the first, the last and two on either side, with a gap where pages are left out', () => {
    expect(show(nearbyPages(pages(20), 10))).toEqual([1, '…', 8, 9, 10, 11, 12, '…', 20]);
    expect(show(nearbyPages(pages(20), 1))).toEqual([1, 2, 3, '…', 20]);
    expect(show(nearbyPages(pages(5), 3))).toEqual([1, 2, 3, 4, 5]);
    expect(show(nearbyPages(pages(1), 1))).toEqual([1]);
  });
  it('stays small however many pages there are, and always holds the current page', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5000 }).chain((n) => fc.tuple(fc.constant(n), fc.integer({ min: 1, max: n }))), ([n, current]) => {
        const shown = nearbyPages(pages(n), current);
        expect(shown.length).toBeLessThanOrEqual(9);
        expect(shown).toContainEqual({ number: current });
        expect(shown[0]).toEqual({ number: 1 });
        expect(shown.at(-1)).toEqual({ number: n });
      }),
    );
  });
});

describe('partTitle', () => {
  it('names the group, and the page number only when the group has several pages', () => {
    expect(partTitle({ groupLabel: 'Kampen', number: 1, of: 1 })).toBe('Kampen');
    expect(partTitle({ groupLabel: 'Rijk van Nijmegen', number: 2, of: 3 })).toBe('Rijk van Nijmegen, deel 2 van 3');
  });
});
