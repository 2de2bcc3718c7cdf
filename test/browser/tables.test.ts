/**
 * Issue 15, tables on phones: at 320 and 390 px the key columns of the tables
 * whose point is a comparison or a key value lie inside the viewport, without
 * the page scrolling sideways ("a scroll container alone is not enough").
 * Those tables stack per row on narrow screens (src/styles/tables.css); this
 * file also checks that a stacked table keeps its table semantics (explicit
 * roles, the column header in the accessibility tree, the visible label not
 * read as part of the cell) and that wide screens keep the ordinary table.
 */
import axe from 'axe-core';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchBrowser } from './browser.ts';
import { CALCULATOR_EXAMPLES } from './calculator-examples.ts';

const baseUrl = inject('baseUrl');

const COMPARE = '/vergelijk/rijk-van-nijmegen/?kaders=regio-nijmegen-blok-b-2018,rijk-van-nijmegen-wmo-ambulant-2025';
/** Every visible row header and cell of every stacked table: with stacking, every column is a key column. */
const STACKED_CELLS = 'table.stack tbody th, table.stack tfoot th, table.stack td';

interface Case {
  readonly path: string;
  /** The key content: each visible match must lie inside the viewport. */
  readonly key: string;
  /** At least this many of them must be visible. */
  readonly min: number;
  /** Waits until the page shows what is checked (a script or island must have run). */
  readonly ready?: (page: Page) => Promise<unknown>;
}

const island = (page: Page) => page.waitForSelector('.calc-breakdown td[data-label="Uitkomst"]');

/** The calculators with values entered through their URL (one example each, shared with phones.test.ts). */
const CALCULATORS = CALCULATOR_EXAMPLES;

const CASES: Case[] = [
  {
    path: COMPARE,
    key: 'table.compare tbody th, table.compare td:not([hidden]), table.compare thead a',
    min: 20,
    ready: (page) => page.waitForFunction(() => document.querySelector('[data-compare-status]')?.textContent === '2 kaders naast elkaar.'),
  },
  // Without a choice in the link (or without JavaScript) every document of the part is a column: all of them stack too.
  { path: '/vergelijk/rijk-van-nijmegen/', key: 'table.compare tbody th, table.compare td:not([hidden]), table.compare thead a', min: 30 },
  { path: '/regios/rijk-van-nijmegen/', key: `td[data-label="Uiterlijk tot en met"], ${STACKED_CELLS}`, min: 10 },
  { path: '/gemeenten/wijchen/', key: `td[data-label="Uiterlijk tot en met"], td[data-label="Hoe ingekocht"], ${STACKED_CELLS}`, min: 10 },
  { path: '/planning/rijk-van-nijmegen/', key: '.timeline > li > .timeline__when', min: 10 },
  { path: '/percelen/rijk-van-nijmegen/', key: `td[data-label="Hoe ingekocht"], td[data-label="Gemeenten"], ${STACKED_CELLS}`, min: 20 },
  { path: '/kaders/regio-nijmegen-blok-b-2018/inrichting-van-de-inkoop/', key: `table.matrix td, ${STACKED_CELLS}`, min: 20 },
  { path: '/kaders/regio-nijmegen-blok-b-2018/planning-en-andere-inkooptrajecten/', key: `td[data-label="Nieuw contract"], td[data-label="Looptijd"], ${STACKED_CELLS}`, min: 4 },
  { path: '/kaders/regio-nijmegen-blok-b-2018/risicos-financien-en-gunning/', key: `td[data-label="Maatregelen"], ${STACKED_CELLS}`, min: 10 },
  { path: '/kaders/zorgregio-midden-ijssel-oost-veluwe-2026/wat-wordt-waar-ingekocht/', key: `table.matrix td, ${STACKED_CELLS}`, min: 20 },
  { path: '/kaders/rijk-van-nijmegen-wmo-ambulant-2025/overeenkomsten-en-omvang/', key: STACKED_CELLS, min: 4 },
  { path: '/producten/respijtzorg/', key: `td[data-label="Hoe ingekocht"], ${STACKED_CELLS}`, min: 2 },
  ...Object.entries(CALCULATORS).map(([slug, query]) => ({
    path: `/rekenhulpen/${slug}/${query}`,
    key: `.calc-breakdown td[data-label="Uitkomst"], ${STACKED_CELLS}`,
    min: 2,
    ready: island,
  })),
];

declare global {
  interface Window {
    axe: typeof axe;
  }
}

/** axe-core WCAG 2.x A/AA on the page as it is now (the crawl runs axe at desktop width; this covers the stacked layout). */
async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(axe.source);
  const { violations, passes } = await page.evaluate(async () => {
    const result = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
    return { passes: result.passes.length, violations: result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`) };
  });
  expect(passes, 'axe ran its checks').toBeGreaterThan(10);
  return violations;
}

let browser: Browser;
let context: BrowserContext | undefined;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});
afterEach(async () => {
  await context?.close();
  context = undefined;
});

async function open(path: string, width: number, height: number, ready?: (page: Page) => Promise<unknown>): Promise<Page> {
  context = await browser.newContext({ viewport: { width, height } });
  const page = await context.newPage();
  const response = await page.goto(`${baseUrl}${path}`);
  expect(response?.status(), path).toBe(200);
  await page.waitForLoadState('load');
  if (ready) await ready(page);
  return page;
}

interface Measured {
  readonly scrollWidth: number;
  readonly innerWidth: number;
  readonly visible: number;
  readonly outside: string[];
}

/** Every visible match of `selector` (rendered and at least 4 px wide, so not a visually hidden header), and those not inside [0, innerWidth]. */
function measure(page: Page, selector: string): Promise<Measured> {
  return page.evaluate((sel) => {
    const boxes = [...document.querySelectorAll<HTMLElement>(sel)]
      .filter((el) => el.checkVisibility() && el.getBoundingClientRect().width >= 4)
      .map((el) => ({ el, box: el.getBoundingClientRect() }));
    return {
      scrollWidth: document.documentElement.scrollWidth,
      innerWidth: window.innerWidth,
      visible: boxes.length,
      outside: boxes
        .filter(({ box }) => box.left < -0.5 || box.right > window.innerWidth + 0.5)
        .slice(0, 5)
        .map(({ el, box }) => `${el.tagName.toLowerCase()}${el.dataset.label ? `[${el.dataset.label}]` : ''} "${el.textContent?.trim().slice(0, 40)}" ${Math.round(box.left)}–${Math.round(box.right)}`),
    };
  }, selector);
}

describe.each([
  [320, 568],
  [390, 844],
])('at %i px', (width, height) => {
  test.each(CASES.map((c) => [c.path, c] as const))('%s: key content inside the viewport, no sideways scrolling', async (_path, c) => {
    const page = await open(c.path, width, height, c.ready);
    const m = await measure(page, c.key);
    expect(m.innerWidth).toBe(width);
    expect(m.scrollWidth, `${c.path}: the page scrolls sideways`).toBeLessThanOrEqual(m.innerWidth);
    expect(m.visible, `${c.path}: visible key cells`).toBeGreaterThanOrEqual(c.min);
    expect(m.outside, `${c.path}: key cells outside [0, ${width}]`).toEqual([]);
  });
});

describe('the stacked layout at 320 px passes axe in the light and the dark scheme', () => {
  test.each(CASES.map((c) => [c.path, c] as const))('%s', async (_path, c) => {
    const page = await open(c.path, 320, 568, c.ready);
    expect(await axeViolations(page), `${c.path} (light)`).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(page), `${c.path} (dark)`).toEqual([]);
  });
});

describe('comparison with two documents chosen', () => {
  test.each([320, 390])('at %i px both documents\' values are shown, each under the document\'s name', async (width) => {
    const page = await open(COMPARE, width, 800, CASES[0]!.ready);
    const rows = await page.locator('table.compare tbody tr').count();
    const cells = page.locator('table.compare td:not([hidden])');
    expect(rows).toBeGreaterThan(5);
    expect(await cells.count()).toBe(2 * rows);
    const labels = new Set(await cells.evaluateAll((tds) => tds.map((td) => getComputedStyle(td, '::before').content)));
    expect([...labels].sort()).toEqual([
      '"Regio Nijmegen: inkoopkader Wmo en jeugdhulp blok B 2018 (concept)" / ""',
      '"Rijk van Nijmegen: inkoopkader Wmo ambulant 2025" / ""',
    ]);
  });
});

describe('filters on a stacked table', () => {
  test('at 320 px the rows a filter hides stay hidden (the cards do not override [hidden])', async () => {
    const page = await open('/percelen/rijk-van-nijmegen/?gemeente=wijchen', 320, 568, (p) => p.waitForFunction(() => /getoond/.test(document.querySelector('[data-filter-count]')?.textContent ?? '')));
    const rows = await page.locator('table.stack tbody tr').evaluateAll((trs) =>
      (trs as HTMLTableRowElement[]).map((tr) => ({ hidden: tr.hidden, shown: tr.checkVisibility(), wijchen: (tr.dataset.municipalities ?? '').split(' ').includes('wijchen') })),
    );
    expect(rows.filter((r) => r.hidden).length).toBeGreaterThan(0);
    expect(rows.filter((r) => !r.hidden).length).toBeGreaterThan(0);
    for (const row of rows) expect(row).toEqual({ hidden: !row.wijchen, shown: row.wijchen, wijchen: row.wijchen });
  });
});

describe('stacked tables keep their semantics', () => {
  test('at 320 px the contract table is still a table with column headers, and a cell is read without its visible label', async () => {
    const page = await open('/gemeenten/wijchen/', 320, 568);
    const table = page.getByRole('table', { name: /^Contractperiodes/ });
    await expect(table.count()).resolves.toBe(1);
    // The header row is visually hidden in the stacked layout but stays in the accessibility tree.
    await expect(table.getByRole('columnheader', { name: 'Uiterlijk tot en met', exact: true }).count()).resolves.toBe(1);
    await expect(table.getByRole('rowheader').count()).resolves.toBeGreaterThanOrEqual(2);
    // The label "Uiterlijk tot en met" is generated content with empty alternative text: not part of the cell's name.
    const end = table.getByRole('cell', { name: '31 december 2037', exact: true });
    await expect(end.count()).resolves.toBeGreaterThanOrEqual(1);
    const label = await end.first().evaluate((td) => getComputedStyle(td, '::before').content);
    expect(label).toBe('"Uiterlijk tot en met" / ""');
    const box = await end.first().boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(320);
  });

  test('at 320 px the calculator breakdown keeps its result column as cells with the header "Uitkomst"', async () => {
    const page = await open(`/rekenhulpen/budget/${CALCULATORS.budget}`, 320, 568, island);
    const table = page.getByRole('table', { name: 'Zo is het berekend' });
    await expect(table.getByRole('columnheader', { name: 'Uitkomst', exact: true }).count()).resolves.toBe(1);
    const results = await table.locator('td[data-label="Uitkomst"]').evaluateAll((tds) => tds.map((td) => td.textContent ?? ''));
    expect(results.length).toBeGreaterThan(3);
    expect(results.every((text) => /\d/.test(text))).toBe(true);
  });

  test('at 1280 px a stacked table is an ordinary table again, header row visible', async () => {
    const page = await open('/gemeenten/wijchen/', 1280, 900);
    const layout = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLTableElement>('table.stack')].map((t) => ({
        display: getComputedStyle(t).display,
        row: getComputedStyle(t.tBodies[0]!.rows[0]!).display,
        head: t.tHead!.getBoundingClientRect().height,
        label: getComputedStyle(t.tBodies[0]!.querySelector('td')!, '::before').content,
      })),
    );
    expect(layout.length).toBeGreaterThanOrEqual(2);
    for (const t of layout) {
      expect(t).toMatchObject({ display: 'table', row: 'table-row', label: 'none' });
      expect(t.head).toBeGreaterThan(10);
    }
  });
});
