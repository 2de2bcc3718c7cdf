/**
 * National overviews (/planning/, /percelen/, /vergelijk/, /wijzigingen/)
 * split into parts so that every page stays within its page-weight budget
 * however many documents the site holds: one part per group (a region),
 * and a group with more items than fit on one page is cut into numbered
 * pages of at most `perPage` items, in the given order.
 *
 *   /planning/                    index: the groups and their pages
 *   /planning/<group>/            page 1 of a group
 *   /planning/<group>/<n>/        page n (n ≥ 2)
 */

export interface OverviewPage<T> {
  groupId: string;
  groupLabel: string;
  /** 1-based. */
  number: number;
  /** Pages in this group. */
  of: number;
  path: string;
  /** Route parameter for Astro's [...part]: "<group>" or "<group>/<n>". */
  param: string;
  items: T[];
  /** 1-based position of the first and last item within the group. */
  first: number;
  last: number;
}

export interface OverviewGroup<T> {
  id: string;
  label: string;
  count: number;
  pages: OverviewPage<T>[];
}

export interface SplitOptions<T> {
  /** The overview's own URL, e.g. "/planning/". */
  base: string;
  groupOf: (item: T) => { id: string; label: string };
  perPage: number;
  /** URL of page n of a group, when it is not base + "<group>/" and base + "<group>/<n>/". */
  pathOf?: (groupId: string, number: number) => string;
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Groups keep the order in which they first occur, unless sorted by label (Dutch collation);
 * items keep their order within a group.
 */
export function splitOverview<T>(items: readonly T[], { base, groupOf, perPage, pathOf }: SplitOptions<T>): OverviewGroup<T>[] {
  if (!Number.isInteger(perPage) || perPage < 1) throw new Error(`perPage moet een geheel getal ≥ 1 zijn, niet ${perPage}`);
  if (!base.startsWith('/') || !base.endsWith('/')) throw new Error(`base moet met / beginnen en eindigen: ${base}`);
  const groups = new Map<string, { label: string; items: T[] }>();
  for (const item of items) {
    const { id, label } = groupOf(item);
    if (!SLUG.test(id) || /^\d+$/.test(id)) throw new Error(`ongeldige deel-id "${id}" (kleine letters, cijfers en streepjes, niet alleen cijfers)`);
    const group = groups.get(id);
    if (group) group.items.push(item);
    else groups.set(id, { label, items: [item] });
  }
  return [...groups]
    .sort(([, a], [, b]) => a.label.localeCompare(b.label, 'nl'))
    .map(([id, { label, items: groupItems }]) => {
      const of = Math.ceil(groupItems.length / perPage);
      const pages = Array.from({ length: of }, (_, i): OverviewPage<T> => {
        const number = i + 1;
        const param = number === 1 ? id : `${id}/${number}`;
        return {
          groupId: id,
          groupLabel: label,
          number,
          of,
          path: pathOf ? pathOf(id, number) : `${base}${param}/`,
          param,
          items: groupItems.slice(i * perPage, (i + 1) * perPage),
          first: i * perPage + 1,
          last: Math.min((i + 1) * perPage, groupItems.length),
        };
      });
      return { id, label, count: groupItems.length, pages };
    });
}

/** Astro getStaticPaths entries for [...part]: one per page, with its group for the navigation. */
export function overviewPaths<T>(groups: readonly OverviewGroup<T>[]): { params: { part: string }; props: { page: OverviewPage<T>; group: OverviewGroup<T> } }[] {
  return groups.flatMap((group) => group.pages.map((page) => ({ params: { part: page.param }, props: { page, group } })));
}

/** Per group, the first page holding an item that matches: where a link for one municipality or region should land. */
export function firstPagesWith<T>(groups: readonly OverviewGroup<T>[], matches: (item: T) => boolean): OverviewPage<T>[] {
  return groups.flatMap((g) => {
    const page = g.pages.find((p) => p.items.some(matches));
    return page ? [page] : [];
  });
}

/**
 * The pages of a group to link from one of its pages: the first, the last and `around` on either
 * side of the current one, with 'gap' where pages are left out. A part page then stays the same
 * size however many pages its group has; the overview's index lists them all.
 */
export function nearbyPages<P extends { number: number }>(pages: readonly P[], current: number, around = 2): (P | 'gap')[] {
  const shown = pages.filter((p) => p.number === 1 || p.number === pages.length || Math.abs(p.number - current) <= around);
  return shown.flatMap((p, i) => (i > 0 && p.number - shown[i - 1]!.number > 1 ? ['gap' as const, p] : [p]));
}

/** The name of one page of a group: "Rijk van Nijmegen", or "Rijk van Nijmegen, deel 2 van 3" when the group has several. */
export function partTitle(page: Pick<OverviewPage<unknown>, 'groupLabel' | 'number' | 'of'>): string {
  return page.of > 1 ? `${page.groupLabel}, deel ${page.number} van ${page.of}` : page.groupLabel;
}
