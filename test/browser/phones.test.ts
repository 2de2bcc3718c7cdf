/**
 * Phones (issue #15): every built page (crawled from dist/, not a
 * hand-picked list) at 320×568 and 390×844. The document never scrolls
 * sideways; the page title (h1) lies inside the viewport and near the top of
 * the first screen; the key content of the page's type lies inside the
 * viewport horizontally (a table's key column hidden in a sideways scroll
 * box counts as outside: the issue says a scroll container alone is not
 * enough); "Stand van zaken" and "Op deze pagina" come within the first two
 * screens; search results near the top; search and the
 * main menu one tap away on the first screen. Plus a dark-scheme spot check
 * on a few page types.
 *
 * Every page must belong to exactly one page type of PAGE_TYPES, so a new
 * page type gets its key content defined here. One browser page per viewport
 * is reused for all pages (the machine has two cores).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { calculatorSlugs, type CalculatorSlug } from '../../src/data/calculator-registry.ts';
import { launchBrowser } from './browser.ts';
import { sitePaths } from './site-pages.ts';
import { CALCULATOR_EXAMPLES } from './calculator-examples.ts';

const baseUrl = inject('baseUrl');
const distDir = inject('distDir');
const paths = sitePaths(distDir);

interface Viewport {
  readonly width: number;
  readonly height: number;
  /**
   * The top of the h1 lies above this line (CSS pixels from the top of the page) on every page type: the top half
   * of a 320×568 screen, the top third of a 390×844 one. The issue measured 458 px at 390 px wide (three rows of
   * menu, search and breadcrumbs above the title). With the compact header (one row: name, search link, menu
   * button) and the breadcrumb shortened to "Terug naar …" the lowest titles, on chapter pages, were measured at
   * 240 px (320 wide) and 216 px (390 wide): about one wrapped line of room.
   */
  readonly h1TopMax: number;
  /**
   * The first search result starts above this line: results first, the filters folded above them. One and a half
   * screens at 320×568 (the search form and the folded filters take most of a small screen); the first screen at
   * 390×844, where one and a half screens (1,266 px) would still pass the issue's "about 1,000 px down".
   */
  readonly searchResultTopMax: number;
}
const VIEWPORTS: readonly Viewport[] = [
  { width: 320, height: 568, h1TopMax: 568 / 2, searchResultTopMax: 1.5 * 568 },
  { width: 390, height: 844, h1TopMax: Math.round(844 / 3), searchResultTopMax: 844 },
];

/** "Stand van zaken" and "Op deze pagina" start within this many screens from the top of the page. */
const STATUS_SCREENS = 2;
const TOC_SCREENS = 2;
/** Sub-pixel rounding of boxes. */
const EPSILON = 0.5;

/**
 * Key content: every visible element of `css` (at least `min`, 1 by default) lies inside the viewport
 * horizontally. An optional key may be absent from a page, but must occur on at least one page of its type (checked
 * at the end), so a selector cannot silently match nothing.
 */
interface CssKey {
  readonly label: string;
  readonly css: string;
  readonly min?: number;
  readonly optional?: true;
}
/**
 * A table's key column: in every visible table of `table` with a column header matching `column`, the header and
 * the cell of that column in each visible body row are shown (not hidden by a priority-column layout) and lie
 * inside the viewport. Works for a plain table, a stacked one (cells as blocks) and a scroll box alike.
 */
interface ColumnKey {
  readonly label: string;
  readonly table: string;
  readonly column: RegExp;
  readonly min?: number;
  readonly optional?: true;
}
type Key = CssKey | ColumnKey;

interface Context {
  readonly page: Page;
  readonly path: string;
  readonly viewport: Viewport;
  /** Checks keys in the page's current state; `state` names it in messages. */
  readonly check: (state: string, keys: readonly Key[]) => Promise<void>;
  readonly fail: (message: string) => void;
}

interface PageType {
  readonly name: string;
  readonly match: RegExp;
  /** The address to load instead of the bare path (URL state such as a search query). */
  readonly url?: (path: string) => string;
  /** Waits until scripts have filled in what the keys measure. */
  readonly ready?: (page: Page) => Promise<void>;
  readonly keys: readonly Key[];
  /** "Stand van zaken": always there, or only on pages that have documents. */
  readonly status?: 'required' | 'if-present';
  /** Further states: interactions, URL state; each checked with ctx.check. */
  readonly more?: (ctx: Context) => Promise<void>;
}

// ------------------------------------------------------------------ key content per page type

const h1: Key = { label: 'page title', css: 'main h1' };
const lead: Key = { label: 'lead text', css: 'main .lead' };
const cards: Key = { label: 'cards', css: 'main .card-list > li' };
const proseText: Key = { label: 'text', css: 'main .prose > p, main .prose > ul > li' };
const overviewParts: Key = { label: 'links to the parts', css: 'main nav.overview-parts a' };
const changes: Key = { label: 'changes', css: 'main .change-log > li' };
const timelineItems: Key = { label: 'planning items', css: 'main li[data-start][data-end]' };

/**
 * Matrices (LotMatrix: lots per municipality; ProductMatrix per municipality): which lot or product applies in which
 * municipality is the point of the table, so every cell is key content (stacked per row, not scrolled sideways).
 */
const matrixCells: Key = { label: 'matrix cells', css: 'main table.matrix th, main table.matrix td', optional: true };
/** ProductMatrix when all municipalities buy alike: the product and how it is bought. */
const productColumns: readonly Key[] = [
  { label: 'products: Product', table: 'main table', column: /^Product$/, optional: true },
  { label: 'products: Hoe', table: 'main table', column: /^Hoe$/, optional: true },
];

/** Place pages (municipality, region): contracts, what is bought where, the planning. */
const placeKeys: readonly Key[] = [
  h1,
  { label: 'contracts: Document', table: 'main table', column: /^Document$/, optional: true },
  { label: 'contracts: Uiterlijk tot en met', table: 'main table', column: /^Uiterlijk tot en met$/, optional: true },
  { ...timelineItems, optional: true },
];

/** The calculator island replaces this no-JavaScript sentence once it has hydrated and read the URL. */
const CALCULATOR_NO_JS = 'Deze rekenhulp werkt met JavaScript';
const SEARCH_QUERY = 'bibob';

const PAGE_TYPES: readonly PageType[] = [
  { name: 'home', match: /^\/$/, keys: [h1, lead, cards] },
  { name: 'not found', match: /^\/404\.html$/, keys: [h1, lead, { label: 'links onward', css: 'main li a' }] },
  { name: 'text page', match: /^\/(over|privacy|toegankelijkheid)\/$/, keys: [h1, proseText] },
  { name: 'open data', match: /^\/open-data\/$/, keys: [h1, proseText, { label: 'file names', css: 'main .prose li code' }] },
  { name: 'glossary', match: /^\/begrippen\/$/, keys: [h1, { label: 'letters', css: 'main nav.az a' }, { label: 'terms', css: 'main .glossary__term' }] },
  { name: 'document list', match: /^\/kaders\/$|^\/regios\/[^/]+\/kaders\/$/, keys: [h1, cards] },
  {
    name: 'document',
    match: /^\/kaders\/[^/]+\/$/,
    status: 'required',
    keys: [h1, { label: 'summary', css: 'main .summary-box' }, { label: 'key facts', css: 'main dl.facts dt, main dl.facts dd' }],
  },
  {
    name: 'chapter',
    match: /^\/kaders\/[^/]+\/(?!toets\/)[^/]+\/$/,
    keys: [
      h1,
      { label: 'chapter caption', css: 'main .chapter-caption' },
      { label: 'text', css: 'main article > p' },
      matrixCells,
      ...productColumns,
      { label: 'planning (Planning)', css: 'main ol[data-timeline] > li', optional: true },
    ],
  },
  {
    name: 'self-check',
    match: /^\/kaders\/[^/]+\/toets\/$/,
    status: 'required',
    keys: [h1, { label: 'start button', css: 'main .sc-start__button' }],
    more: async ({ page, viewport, check, fail }) => {
      await page.locator('main .sc-start__button').click();
      await page.locator('main .sc-question').waitFor();
      await check('question 1', [
        { label: 'progress', css: 'main .sc-progress' },
        { label: 'question', css: 'main .sc-question' },
        { label: 'answers', css: 'main .sc-fieldset label' },
        { label: 'next button', css: 'main .sc-step form > button[type="submit"]' },
      ]);
      // "Vraag 1 van 8" stays with the question: both on screen, the progress right above the question.
      const [progress, question] = await Promise.all(['main .sc-progress', 'main .sc-question'].map((css) => page.locator(css).first().evaluate(boxOf)));
      for (const [label, box] of [['progress', progress!], ['question', question!]] as const) {
        if (box.top < -EPSILON || box.bottom > viewport.height + EPSILON) fail(`${label} after "Start de check" is not on screen: ${show(box)}`);
      }
      const gap = question!.top - progress!.bottom;
      if (gap < -EPSILON || gap > 48) fail(`the progress is not right above the question: gap ${Math.round(gap)} px (progress ${show(progress!)}, question ${show(question!)})`);
    },
  },
  { name: 'place index', match: /^\/(gemeenten|regios|producten)\/$/, keys: [h1, { label: 'places', css: 'main .place-az a, main .place-list a' }] },
  {
    name: 'municipality',
    match: /^\/gemeenten\/[^/]+\/$/,
    status: 'if-present',
    keys: [
      ...placeKeys,
      { label: 'offers: Perceel of product', table: 'main table', column: /^Perceel of product$/, optional: true },
      { label: 'offers: Hoe ingekocht', table: 'main table', column: /^Hoe ingekocht$/, optional: true },
    ],
  },
  {
    name: 'region',
    match: /^\/regios\/[^/]+\/$/,
    status: 'if-present',
    keys: [...placeKeys, { label: 'municipalities', css: 'main .place-az a' }, matrixCells, ...productColumns],
  },
  {
    name: 'product',
    match: /^\/producten\/[^/]+\/$/,
    keys: [
      h1,
      lead,
      { label: 'Perceel of product', table: 'main table', column: /^Perceel of product$/, optional: true },
      { label: 'Hoe ingekocht', table: 'main table', column: /^Hoe ingekocht$/, optional: true },
    ],
  },
  { name: 'overview index', match: /^\/(planning|percelen|vergelijk)\/$/, keys: [h1, overviewParts] },
  { name: 'changes index', match: /^\/wijzigingen\/$/, keys: [h1, overviewParts, changes] },
  { name: 'changes part', match: /^\/wijzigingen\/[^/]+\/$/, keys: [h1, changes] },
  {
    name: 'planning part',
    match: /^\/planning\/[^/]+\/$/,
    ready: (page) => page.locator('main [data-status-label]:not([hidden])').first().waitFor(),
    keys: [h1, { label: 'filters', css: 'main form.filters' }, timelineItems, { label: 'status', css: 'main li[data-start] [data-status-label]' }],
  },
  {
    name: 'lots part',
    match: /^\/percelen\/[^/]+\/$/,
    keys: [
      h1,
      { label: 'filters', css: 'main form.filters' },
      { label: 'Perceel of product', table: 'main table', column: /^Perceel of product$/ },
      { label: 'Gemeenten', table: 'main table', column: /^Gemeenten$/ },
    ],
  },
  {
    name: 'compare part',
    match: /^\/vergelijk\/[^/]+\/$/,
    ready: (page) => page.locator('main [data-compare-status]').filter({ hasText: /\S/ }).waitFor(),
    keys: [
      h1,
      { label: 'choice of documents', css: 'main input[name="kader"]' },
      { label: 'topics', table: 'main table.compare', column: /^Onderwerp$/ },
      { label: 'document columns', css: 'main table.compare [data-column]' },
    ],
    more: async ({ page, path, check, fail }) => {
      // The issue: "with two frameworks chosen, both framework columns are off-screen". Chosen through the URL state.
      const values = await page.locator('main input[name="kader"]').evaluateAll((els) => els.map((el) => (el as HTMLInputElement).value));
      if (values.length < 2) return;
      const chosen = values.slice(0, 2);
      await page.goto(`${baseUrl}${path}?kaders=${chosen.join(',')}`);
      await page.locator('main [data-compare-status]').filter({ hasText: '2 kaders naast elkaar.' }).waitFor();
      const shown = await page.locator('main table.compare thead [data-column]').evaluateAll((els) => els.filter((el) => el.checkVisibility()).length);
      if (shown !== 2) fail(`?kaders=${chosen.join(',')} shows ${shown} document columns instead of 2`);
      await check(`two documents chosen (?kaders=${chosen.join(',')})`, [
        { label: 'topics', table: 'main table.compare', column: /^Onderwerp$/ },
        { label: 'document columns', css: 'main table.compare [data-column]', min: 2 },
      ]);
    },
  },
  {
    name: 'search',
    match: /^\/zoeken\/$/,
    url: (path) => `${path}?q=${SEARCH_QUERY}`,
    ready: (page) => page.locator('main .search__result').first().waitFor(),
    keys: [
      h1,
      { label: 'search field', css: 'main input[type="search"]' },
      { label: 'results', css: 'main .search__result' },
      { label: 'result titles', css: 'main .search__title' },
    ],
    more: async ({ page, viewport, fail }) => {
      const first = await page.locator('main .search__result').first().evaluate(boxOf);
      const limit = viewport.searchResultTopMax;
      if (first.top >= limit) fail(`the first result of ?q=${SEARCH_QUERY} starts at ${Math.round(first.top)} px, not within ${limit} px from the top: ${show(first)}`);
    },
  },
  { name: 'calculator list', match: /^\/rekenhulpen\/$/, keys: [h1, cards] },
  {
    name: 'calculator',
    match: /^\/rekenhulpen\/[^/]+\/$/,
    ready: calculatorReady,
    keys: [
      h1,
      { label: 'field labels', css: 'main .calc-form label, main .calc-form legend' },
      { label: 'fields', css: 'main .calc-form input:not([type="radio"]):not([type="checkbox"]), main .calc-form select' },
      { label: 'submit button', css: 'main .calc-form .calc-button' },
    ],
    more: async ({ page, path, check, fail }) => {
      const slug = path.split('/')[2] as CalculatorSlug;
      const example = CALCULATOR_EXAMPLES[slug];
      if (!example) return fail(`no example for /rekenhulpen/${slug}/ in CALCULATOR_EXAMPLES`);
      await page.goto(`${baseUrl}${path}${example}`);
      await calculatorReady(page);
      await page.locator('main .calc-breakdown table').first().waitFor();
      await check(`result of ${example}`, [
        { label: 'result', css: 'main .calc-result__live' },
        { label: 'highlighted result', css: 'main .calc-highlight dt, main .calc-highlight dd', optional: true },
        { label: 'breakdown: Uitkomst', table: 'main .calc-breakdown table', column: /^Uitkomst$/ },
        { label: 'per year: SROI-verplichting', table: 'main .calc-result table', column: /^SROI-verplichting$/, optional: true },
      ]);
    },
  },
];

async function calculatorReady(page: Page): Promise<void> {
  await page.waitForFunction((text) => {
    const live = document.querySelector('.calc-result__live');
    return live !== null && !(live.textContent ?? '').includes(text);
  }, CALCULATOR_NO_JS);
}

// ------------------------------------------------------------------ measuring

interface Box {
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

/** Runs in the page: an element's box relative to the viewport. */
function boxOf(el: Element): Box {
  const r = el.getBoundingClientRect();
  return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
}

function show(box: Box): string {
  const n = (v: number) => Math.round(v * 10) / 10;
  return `left ${n(box.left)}, right ${n(box.right)}, top ${n(box.top)}, bottom ${n(box.bottom)}`;
}

interface Measured {
  readonly found: number;
  /** Elements that are outside or hidden, described with their box. */
  readonly problems: string[];
}

/** Runs in the page: measures one key. Kept self-contained (no closures): playwright serialises it. */
function measureKey(key: { css?: string; table?: string; column?: string; flags?: string }): Measured {
  const width = window.innerWidth;
  const epsilon = 0.5;
  const shown = (el: Element) => {
    if (!el.checkVisibility({ visibilityProperty: true, opacityProperty: true })) return false;
    const r = el.getBoundingClientRect();
    // A 1×1 px box is visually hidden text (.visually-hidden), not content a reader sees.
    return r.width > 1 && r.height > 1;
  };
  const describe = (el: Element) => {
    const cls = [...el.classList].slice(0, 3).join('.');
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
    return `<${el.tagName.toLowerCase()}${cls ? `.${cls}` : ''}> "${text}"`;
  };
  const outside = (el: Element): string | null => {
    const r = el.getBoundingClientRect();
    if (r.left >= -epsilon && r.right <= width + epsilon) return null;
    const n = (v: number) => Math.round(v * 10) / 10;
    return `${describe(el)} box left ${n(r.left)}, right ${n(r.right)}, top ${n(r.top)}, width ${n(r.width)} (viewport ${width})`;
  };
  const problems: string[] = [];
  let found = 0;
  if (key.css) {
    for (const el of document.querySelectorAll(key.css)) {
      if (!shown(el)) continue;
      found += 1;
      const problem = outside(el);
      if (problem) problems.push(problem);
    }
    return { found, problems };
  }
  const pattern = new RegExp(key.column!, key.flags);
  const cellAt = (row: HTMLTableRowElement, index: number): HTMLTableCellElement | undefined => {
    let at = 0;
    for (const cell of row.cells) {
      if (index >= at && index < at + cell.colSpan) return cell;
      at += cell.colSpan;
    }
    return undefined;
  };
  for (const table of document.querySelectorAll<HTMLTableElement>(key.table!)) {
    if (!shown(table)) continue;
    const headRow = table.tHead?.rows[table.tHead.rows.length - 1] ?? table.rows[0];
    if (!headRow) continue;
    let index = -1;
    let at = 0;
    for (const cell of headRow.cells) {
      if (index < 0 && pattern.test((cell.textContent ?? '').replace(/\s+/g, ' ').trim())) index = at;
      at += cell.colSpan;
    }
    if (index < 0) continue;
    const header = cellAt(headRow, index)!;
    // A header may be hidden in a stacked layout (each cell then names its column); if shown, it must be inside.
    if (shown(header)) {
      found += 1;
      const problem = outside(header);
      if (problem) problems.push(`header ${problem}`);
    }
    const bodyRows = [...table.tBodies].flatMap((body) => [...body.rows]);
    for (const row of bodyRows) {
      if (!shown(row) && row.getClientRects().length === 0) continue;
      const cell = cellAt(row, index);
      if (!cell) continue;
      if (!shown(cell)) {
        problems.push(`${describe(cell)} is hidden in a shown row (${describe(row)})`);
        continue;
      }
      found += 1;
      const problem = outside(cell);
      if (problem) problems.push(problem);
    }
  }
  return { found, problems };
}

function keyArg(key: Key): { css?: string; table?: string; column?: string; flags?: string } {
  return 'css' in key ? { css: key.css } : { table: key.table, column: key.column.source, flags: key.column.flags };
}

function keyName(key: Key): string {
  return 'css' in key ? `${key.label} (${key.css})` : `${key.label} (column ${key.column} of ${key.table})`;
}

/** Per page type, the optional keys checked and those that matched somewhere (checked at the end: no dead selectors). */
const optionalDeclared = new Map<string, Set<string>>();
const optionalSeen = new Map<string, Set<string>>();
function remember(map: Map<string, Set<string>>, type: string, key: Key): void {
  const names = map.get(type) ?? new Set<string>();
  names.add(keyName(key));
  map.set(type, names);
}

/** The built HTML has an "Op deze pagina" list: a long page. Read from dist, independent of class names. */
function hasTableOfContents(path: string): boolean {
  const file = path.endsWith('.html') ? path.slice(1) : `${path.slice(1)}index.html`;
  return />\s*Op deze pagina\s*</.test(readFileSync(join(distDir, file), 'utf8'));
}

function typesOf(path: string): PageType[] {
  return PAGE_TYPES.filter((type) => type.match.test(path));
}

/** Loads a page in `page` and returns every problem found, each naming page, viewport, what and the box. */
async function checkPage(page: Page, path: string, viewport: Viewport, scheme: 'light' | 'dark'): Promise<string[]> {
  const type = typesOf(path)[0];
  const where = `${path} at ${viewport.width}×${viewport.height}${scheme === 'dark' ? ' (dark)' : ''}`;
  if (!type) return [`${where}: no page type`];
  const problems: string[] = [];
  const fail = (message: string) => problems.push(`${where}: ${message}`);
  const failIn = (state: string, message: string) => problems.push(`${where}${state ? ` [${state}]` : ''}: ${message}`);

  const address = type.url ? type.url(path) : path;
  const response = await page.goto(`${baseUrl}${address}`);
  const expected = path === '/404.html' ? [200, 404] : [200];
  if (!expected.includes(response?.status() ?? 0)) fail(`status ${response?.status()}`);
  await type.ready?.(page);

  const check = async (state: string, keys: readonly Key[]) => {
    // The document itself never scrolls sideways.
    const widths = await page.evaluate(() => {
      const scroll = document.documentElement.scrollWidth;
      const inner = window.innerWidth;
      // The widest elements help to find the cause; only looked up when the page does scroll sideways.
      const widest =
        scroll <= inner
          ? []
          : [...document.querySelectorAll('body *')]
              .filter((el) => el.getBoundingClientRect().right > inner + 1 && !el.closest('.table-scroll'))
              .slice(0, 4)
              .map((el) => `<${el.tagName.toLowerCase()}${el.classList.length ? `.${[...el.classList].join('.')}` : ''}> right ${Math.round(el.getBoundingClientRect().right)}`);
      return { scroll, inner, widest };
    });
    if (widths.scroll > widths.inner) failIn(state, `the page scrolls sideways: scrollWidth ${widths.scroll} > ${widths.inner}; widest: ${widths.widest.join(', ')}`);
    for (const key of keys) {
      const measured = await page.evaluate(measureKey, keyArg(key));
      const min = key.optional ? 0 : (key.min ?? 1);
      if (measured.found < min) failIn(state, `key content ${keyName(key)}: ${measured.found} shown, expected at least ${min}`);
      if (key.optional) remember(optionalDeclared, type.name, key);
      if (key.optional && measured.found > 0) remember(optionalSeen, type.name, key);
      // The first few are enough to find the cause.
      if (measured.problems.length > 0) {
        failIn(state, `key content ${keyName(key)}: ${measured.problems.length} outside the viewport or hidden (${measured.found} shown): ${measured.problems.slice(0, 3).join('; ')}`);
      }
    }
  };

  // The page title: inside horizontally, its top on the first screen and near the top.
  const title = await page.locator('main h1').first().evaluate(boxOf).catch(() => null);
  if (!title) fail('no h1 in main');
  else {
    const limit = viewport.h1TopMax;
    if (title.left < -EPSILON || title.right > viewport.width + EPSILON) fail(`h1 is not inside the viewport horizontally: ${show(title)}`);
    if (title.top < -EPSILON || title.top >= limit) fail(`h1 top ${Math.round(title.top)} px is not within ${limit} px from the top (${type.name}): ${show(title)}`);
  }

  // Search and the main menu one tap away: on the first screen, inside the viewport.
  const header = await page.evaluate((onSearchPage) => {
    const onFirstScreen = (el: Element) => {
      const r = el.getBoundingClientRect();
      return el.checkVisibility() && r.width > 1 && r.height > 1 && r.left >= -0.5 && r.right <= innerWidth + 0.5 && r.top >= -0.5 && r.bottom <= innerHeight + 0.5;
    };
    const outsideMain = (el: Element) => !el.closest('main');
    const search = onSearchPage || [...document.querySelectorAll('input[type="search"], a[href^="/zoeken/"]')].some((el) => outsideMain(el) && onFirstScreen(el));
    const menuLinks = [...document.querySelectorAll('nav[aria-label="Hoofdmenu"]')].some((nav) => {
      const links = [...nav.querySelectorAll('a')];
      return links.length > 0 && links.every(onFirstScreen);
    });
    const menuControl = [...document.querySelectorAll('summary, button, a')].some((el) => outsideMain(el) && /^Menu\b/i.test((el.textContent ?? '').trim()) && onFirstScreen(el));
    return { search, menu: menuLinks || menuControl };
  }, type.name === 'search');
  if (!header.search) fail('no search field or link to /zoeken/ on the first screen (outside main, inside the viewport)');
  if (!header.menu) fail('the main menu is not one tap away: neither all links of nav[aria-label="Hoofdmenu"] nor a "Menu" control on the first screen');

  await check('', type.keys);

  // "Stand van zaken" within the first two screens.
  if (type.status) {
    const status = await page.evaluate(() => {
      const el = [...document.querySelectorAll('main .place-status, main [data-procurement-status]')].find((e) => e.checkVisibility());
      if (!el) return null;
      const r = el.getBoundingClientRect();
      return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
    });
    if (!status && type.status === 'required') fail('no "Stand van zaken" block (.place-status, [data-procurement-status])');
    if (status) {
      const limit = STATUS_SCREENS * viewport.height;
      if (status.top >= limit) fail(`"Stand van zaken" starts at ${Math.round(status.top)} px, not within ${STATUS_SCREENS} screens (${limit} px): ${show(status)}`);
      if (status.left < -EPSILON || status.right > viewport.width + EPSILON) fail(`"Stand van zaken" is not inside the viewport horizontally: ${show(status)}`);
    }
  }

  // "Op deze pagina" on long pages: a control within the first two screens (collapsed near the top on phones).
  if (hasTableOfContents(path)) {
    const toc = await page.evaluate(() => {
      // The element that holds the words (a heading, a summary, a button), found through its text node.
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      const boxes: DOMRect[] = [];
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const el = node.parentElement;
        if (!el || !/^\s*Op deze pagina\s*$/.test(el.textContent ?? '')) continue;
        const r = el.getBoundingClientRect();
        if (el.checkVisibility() && r.width > 1 && r.height > 1) boxes.push(r);
      }
      const top = boxes.sort((a, b) => a.top - b.top)[0];
      return top ? { left: top.left, right: top.right, top: top.top, bottom: top.bottom } : null;
    });
    const limit = TOC_SCREENS * viewport.height;
    if (!toc) fail('"Op deze pagina" is in the HTML but not shown');
    else {
      if (toc.top >= limit) fail(`"Op deze pagina" starts at ${Math.round(toc.top)} px, not within ${TOC_SCREENS} screens (${limit} px): ${show(toc)}`);
      if (toc.left < -EPSILON || toc.right > viewport.width + EPSILON) fail(`"Op deze pagina" is not inside the viewport horizontally: ${show(toc)}`);
    }
  }

  await type.more?.({ page, path, viewport, check, fail });
  return problems;
}

// ------------------------------------------------------------------ tests

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('page types', () => {
  test('every built page belongs to exactly one page type', () => {
    expect(paths.length).toBeGreaterThan(15);
    const wrong = paths.map((path) => ({ path, types: typesOf(path).map((t) => t.name) })).filter((p) => p.types.length !== 1);
    expect(wrong, 'pages without a page type (define its key content in PAGE_TYPES) or with more than one').toEqual([]);
  });

  test('every page type occurs in the build', () => {
    const unused = PAGE_TYPES.filter((type) => !paths.some((path) => type.match.test(path))).map((type) => type.name);
    expect(unused).toEqual([]);
  });

  test('every calculator has an example that gives a result', () => {
    expect(Object.keys(CALCULATOR_EXAMPLES).sort()).toEqual([...calculatorSlugs].sort());
  });

  test('long pages exist (the "Op deze pagina" check is not vacuous)', () => {
    expect(paths.filter(hasTableOfContents).length).toBeGreaterThan(5);
  });
});

describe('the measuring itself, on a made-up page at 320 px', () => {
  const table = (style: string, hide = '') => `
    <style>${style} ${hide}</style>
    <div class="scroll" style="overflow-x: auto"><table>
      <thead><tr><th>Document</th><th colspan="2">Looptijd</th><th>Uiterlijk tot en met</th></tr></thead>
      <tbody>
        <tr><th>Kader A met een lange naam</th><td>4 jaar</td><td>2 x 2 jaar verlengen</td><td>31 december 2037</td></tr>
        <tr><th>Kader B</th><td colspan="2">onbekend</td><td>Niet te bepalen</td></tr>
      </tbody>
    </table></div>`;
  const wide = 'th, td { min-width: 120px; white-space: nowrap; }';
  const stacked = 'table, tbody, tr, th, td { display: block; } thead { display: none; }';
  const key = { table: 'table', column: '^Uiterlijk tot en met$', flags: '' };

  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    context = await browser.newContext({ viewport: { width: 320, height: 568 } });
    page = await context.newPage();
  });
  afterAll(async () => {
    await context?.close();
  });

  test('a key column in a sideways scroll box is outside, with its box in the message', async () => {
    await page.setContent(table(wide));
    const measured = await page.evaluate(measureKey, key);
    expect(measured.found).toBe(3);
    expect(measured.problems).toHaveLength(3);
    expect(measured.problems[1]).toMatch(/^<td> "31 december 2037" box left \d+(\.\d)?, right \d+(\.\d)?, top \d+(\.\d)?, width \d+(\.\d)? \(viewport 320\)$/);
  });

  test('the same table stacked per row is inside (the column is found past a colspan)', async () => {
    await page.setContent(table(wide, stacked));
    await expect(page.evaluate(measureKey, key)).resolves.toEqual({ found: 2, problems: [] });
  });

  test('a key column hidden by a priority-column layout is a problem, not a pass', async () => {
    await page.setContent(table(stacked, 'td:last-child { display: none; }'));
    const measured = await page.evaluate(measureKey, key);
    expect(measured.found).toBe(0);
    expect(measured.problems).toEqual([expect.stringContaining('is hidden in a shown row'), expect.stringContaining('is hidden in a shown row')]);
  });

  test('visually hidden text (1×1 px) does not count as shown content', async () => {
    await page.setContent('<p class="x" style="position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%)">verborgen</p><p class="x">zichtbaar</p>');
    await expect(page.evaluate(measureKey, { css: 'p.x' })).resolves.toEqual({ found: 1, problems: [] });
  });
});

describe.each(VIEWPORTS)('at $width×$height', (viewport) => {
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    context = await browser.newContext({ viewport: { width: viewport.width, height: viewport.height }, colorScheme: 'light' });
    page = await context.newPage();
  });
  afterAll(async () => {
    await context?.close();
  });

  test.each(paths)('%s: no sideways scrolling; title, key content, status and contents on screen', async (path) => {
    expect(await checkPage(page, path, viewport, 'light')).toEqual([]);
  });
});

describe('dark scheme, spot check at 390×844', () => {
  const viewport = VIEWPORTS.find((v) => v.width === 390)!;
  // One page of a few types with tables, status or a result; the scheme must not change the layout.
  const SAMPLE = ['/', '/kaders/rijk-van-nijmegen-wmo-ambulant-2025/', '/gemeenten/wijchen/', '/vergelijk/rijk-van-nijmegen/', '/rekenhulpen/reele-prijs/'];
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    context = await browser.newContext({ viewport: { width: viewport.width, height: viewport.height }, colorScheme: 'dark' });
    page = await context.newPage();
  });
  afterAll(async () => {
    await context?.close();
  });

  test('the sample pages exist', () => {
    for (const path of SAMPLE) expect(paths, path).toContain(path);
  });

  test.each(SAMPLE)('%s (dark)', async (path) => {
    const problems = await checkPage(page, path, viewport, 'dark');
    const dark = await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches);
    expect(dark, 'the dark scheme is emulated').toBe(true);
    expect(problems).toEqual([]);
  });
});

test('every optional key content occurs on at least one page of its type (no selector matches nothing everywhere)', () => {
  expect(optionalDeclared.size, 'the page checks ran').toBeGreaterThan(0);
  const dead = [...optionalDeclared].flatMap(([type, names]) => [...names].filter((name) => !optionalSeen.get(type)?.has(name)).map((name) => `${type}: ${name}`));
  expect(dead).toEqual([]);
});
