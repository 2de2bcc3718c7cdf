/**
 * What a screen reader gets: the accessibility tree Chromium exposes to
 * assistive technology, read with Playwright's aria snapshot and, for
 * descriptions and live-region properties, the DevTools protocol
 * (Accessibility.getPartialAXTree). Not a test with NVDA, JAWS or VoiceOver,
 * but it catches what they would miss: a field without its hint or unit, an
 * error summary that is not announced, a result outside a live region, a
 * table without headers, a skipped heading level. Asserts structure that
 * matters to people, not whole-page snapshots.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import axe from 'axe-core';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchBrowser } from './browser.ts';
import { calculatorPath, calculatorSlugs } from '../../src/data/calculator-registry.ts';

const baseUrl = inject('baseUrl');
const distDir = inject('distDir');

const KAMPEN = 'kampen-wmo-segmenten-2024';
const NO_JS_TEXT = 'Deze rekenhulp werkt met JavaScript';

declare global {
  interface Window {
    axe: typeof axe;
  }
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

async function open(path: string): Promise<Page> {
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const response = await page.goto(`${baseUrl}${path}`, { waitUntil: 'networkidle' });
  expect(response?.status(), path).toBe(200);
  return page;
}

// ------------------------------------------------------- the tree, two ways

/** A node of Playwright's aria snapshot (locator.ariaSnapshotJSON). */
interface AriaNode {
  role: string;
  name?: string;
  text?: string;
  level?: number;
  checked?: boolean | 'mixed';
  invalid?: boolean;
  url?: string;
  children?: AriaNode[];
}

async function ariaTree(locator: Locator): Promise<AriaNode[]> {
  return (await locator.ariaSnapshotJSON()) as unknown as AriaNode[];
}

/** Every node below `nodes`, depth first, in reading order. */
function* walk(nodes: readonly AriaNode[]): Generator<AriaNode> {
  for (const node of nodes) {
    yield node;
    if (node.children) yield* walk(node.children);
  }
}

const ofRole = (nodes: readonly AriaNode[], role: string): AriaNode[] => [...walk(nodes)].filter((n) => n.role === role);

/** All text a node carries (its own name/text and that of its descendants). */
function textOf(node: AriaNode): string {
  return [...walk([node])].map((n) => [n.name, n.text].filter(Boolean).join(' ')).join(' ').replace(/\s+/g, ' ').trim();
}

/** What Chromium hands to a screen reader for one element: role, name, description, properties such as live or invalid. */
interface AxNode {
  role: string;
  name: string;
  description: string;
  properties: Record<string, unknown>;
}

async function axNodes(page: Page, selector: string): Promise<AxNode[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
    const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector });
    const out: AxNode[] = [];
    for (const nodeId of nodeIds) {
      const { nodes } = await cdp.send('Accessibility.getPartialAXTree', { nodeId, fetchRelatives: false });
      const node = nodes[0];
      if (!node) throw new Error(`geen toegankelijkheidsknoop voor ${selector}`);
      out.push({
        role: String(node.role?.value ?? ''),
        name: String(node.name?.value ?? ''),
        description: String(node.description?.value ?? ''),
        properties: Object.fromEntries((node.properties ?? []).map((p) => [p.name, p.value.value])),
      });
    }
    return out;
  } finally {
    await cdp.detach();
  }
}

async function axNode(page: Page, selector: string): Promise<AxNode> {
  const [node, ...more] = await axNodes(page, selector);
  expect(node, selector).toBeDefined();
  expect(more, `${selector} is unique`).toEqual([]);
  return node!;
}

/** axe-core on the current state of the page (after interaction), light or dark; '' when clean. */
async function axeViolations(page: Page, colorScheme: 'light' | 'dark'): Promise<string> {
  await page.emulateMedia({ colorScheme });
  await page.evaluate(axe.source);
  const violations = await page.evaluate(async () => {
    const result = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
    return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  });
  await page.emulateMedia({ colorScheme: 'light' });
  return violations.join('\n');
}

/** Heading levels in reading order must not skip a level going down, and there is exactly one h1. */
function outlineProblems(nodes: readonly AriaNode[]): string[] {
  const list = ofRole(nodes, 'heading');
  const problems = list.filter((h) => h.level === 1).length === 1 ? [] : ['not exactly one h1'];
  list.forEach((h, i) => {
    const before = list[i - 1];
    if (before && (h.level ?? 0) > (before.level ?? 0) + 1) problems.push(`h${h.level} "${h.name}" after h${before.level} "${before.name}"`);
  });
  return problems;
}

async function focusedClass(page: Page): Promise<string> {
  return page.evaluate(() => String(document.activeElement?.className ?? ''));
}

// ------------------------------------------------------------ calculators

const calculatorPages = readdirSync(join(distDir, 'rekenhulpen'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(join(distDir, 'rekenhulpen', entry.name, 'index.html')))
  .map((entry) => `/rekenhulpen/${entry.name}/`);

async function calculatorReady(page: Page): Promise<void> {
  await page.waitForFunction((text) => {
    const live = document.querySelector('.calc-result__live');
    return live !== null && !(live.textContent ?? '').includes(text);
  }, NO_JS_TEXT);
}

describe('calculators: every field says what to fill in', () => {
  test('the crawl finds exactly the calculator pages of the registry', () => {
    expect([...calculatorPages].sort()).toEqual(calculatorSlugs.map(calculatorPath).sort());
  });

  test.each(calculatorPages)('%s: each field has a name, and its hint and unit as description', async (path) => {
    const page = await open(path);
    await calculatorReady(page);
    // What the screen shows next to each control: label, hint and unit (prefix "€" or suffix such as "%" or "uur").
    const fields = await page.locator('.calc form input, .calc form select').evaluateAll((controls) =>
      controls.map((control) => {
        const field = control.closest('.calc-field, .calc-radio')!;
        const own = (selector: string) => [...field.querySelectorAll(selector)].filter((el) => el.closest('.calc-field, .calc-radio') === field);
        return {
          id: control.id,
          type: control.getAttribute('type') ?? control.tagName.toLowerCase(),
          hint: own('.calc-field__hint').map((el) => (el.textContent ?? '').trim()).join(' '),
          affixes: own('.calc-field__affix').map((el) => (el.textContent ?? '').trim()),
        };
      }),
    );
    expect(fields.length, path).toBeGreaterThan(0);
    for (const field of fields) {
      const node = await axNode(page, `#${field.id}`);
      expect(node.name, `${path} #${field.id} has a name`).not.toBe('');
      for (const text of [field.hint, ...field.affixes].filter(Boolean)) {
        expect(node.description, `${path} #${field.id} (${node.role} "${node.name}") is described by "${text}"`).toContain(text);
      }
    }
    // Radio buttons sit in a named group (fieldset with legend).
    const tree = await ariaTree(page.locator('.calc form'));
    for (const group of ofRole(tree, 'group')) expect(group.name, 'group name').toBeTruthy();
    for (const radio of ofRole(tree, 'radio')) {
      expect(radio.name, 'radio name').toBeTruthy();
    }
  });
});

describe('calculator flow: /rekenhulpen/reele-prijs/', () => {
  const id = 'reele-prijs';

  test('fields are grouped and labelled, with hint and unit read with the field', async () => {
    const page = await open('/rekenhulpen/reele-prijs/');
    await calculatorReady(page);
    const tree = await ariaTree(page.locator(`#${id}`));
    const groups = ofRole(tree, 'group').map((g) => g.name);
    // One group per element of art. 5.4 lid 3; risk and profit is a group of its own, named as none of them.
    expect(groups).toEqual([
      'Werktijd van 1 fte', 'a. Kosten van de beroepskracht', 'c. Niet-productieve uren', 'd. Reis- en opleidingskosten',
      'b. Redelijke overheadkosten', 'f. Kosten van gemeentelijke verplichtingen', 'Risico en winst (geen van de elementen a tot en met f)',
      'e. Indexatie', 'Vergelijken met het tarief van de gemeente',
    ]);
    const salaris = await axNode(page, `#${id}-salaris`);
    expect(salaris).toMatchObject({ role: 'textbox', name: 'Brutosalaris per maand, voor 1 fte' });
    expect(salaris.description).toBe('Uit de cao-schaal en trede, bijvoorbeeld 3.250,00. €');
    const risico = await axNode(page, `#${id}-risico`);
    expect(risico).toMatchObject({ role: 'textbox', name: 'Opslag voor risico en winst (optioneel)' });
    expect(risico.description).toBe('Bijvoorbeeld 2. % van de kostprijs');
    // With the hours filled in, the wage fields say which hours they are for.
    await page.fill(`#${id}-uren`, '36');
    await expect.poll(async () => (await axNode(page, `#${id}-salaris`)).name).toBe('Brutosalaris per maand, voor 1 fte bij 36 uur per week');
    expect((await axNode(page, `#${id}-uurloon`)).name).toBe('Bruto uurloon bij 36 uur per week (optioneel)');
    const vakantiegeld = await axNode(page, `#${id}-vakantiegeld`);
    expect(vakantiegeld).toMatchObject({ role: 'textbox', name: 'Vakantiegeld (optioneel)', description: 'Bijvoorbeeld 8. % van het salaris' });
    expect(ofRole(tree, 'button').map((b) => b.name)).toContain('Bereken');
    // Before a calculation the result area is a named region that says what to do.
    const region = ofRole(tree, 'region').find((r) => r.name === 'Uitkomst');
    expect(region, 'region "Uitkomst"').toBeDefined();
  });

  test('a bad submit: the error summary is an alert with focus, links to the fields, and the fields are invalid with the error read', async () => {
    const page = await open('/rekenhulpen/reele-prijs/');
    await calculatorReady(page);
    await page.getByRole('button', { name: 'Bereken' }).click();
    await page.waitForFunction(() => document.activeElement?.classList.contains('calc-error-summary') === true, undefined, { timeout: 15_000 });

    const summary = await axNode(page, `#${id} .calc-error-summary`);
    expect(summary).toMatchObject({ role: 'alert', name: 'Er is een probleem' });
    expect(summary.properties).toMatchObject({ live: 'assertive', focused: true });
    const tree = await ariaTree(page.locator(`#${id}`));
    const alert = ofRole(tree, 'alert')[0]!;
    expect(ofRole([alert], 'heading').map((h) => h.name)).toEqual(['Er is een probleem']);
    const links = ofRole([alert], 'link').map((l) => ({ name: l.name, url: l.url }));
    // Each link names its field first, so it makes sense on its own in a list of links.
    expect(links).toEqual([
      { name: 'Uren per week: vul het aantal uren per week in (of het aantal uren per jaar)', url: `#${id}-uren` },
      { name: 'Brutosalaris per maand: vul het brutosalaris per maand in (of het bruto uurloon), bijvoorbeeld 3.000', url: `#${id}-salaris` },
    ]);

    const salaris = await axNode(page, `#${id}-salaris`);
    expect(salaris.properties.invalid).toBe('true');
    expect(salaris.description).toContain('Fout: Vul het brutosalaris per maand in (of het bruto uurloon), bijvoorbeeld 3.000');
    expect(ofRole(tree, 'textbox').filter((t) => t.invalid).map((t) => t.name)).toEqual(['Uren per week, voor 1 fte', 'Brutosalaris per maand, voor 1 fte']);

    // The result area, a live region, says there is no result yet and what is missing.
    const live = await axNode(page, `#${id} .calc-result__live`);
    expect(live.properties).toMatchObject({ live: 'polite', atomic: true });
    const region = ofRole(tree, 'region').find((r) => r.name === 'Uitkomst')!;
    expect(textOf(region)).toContain('Er is nog geen uitkomst. Dit ontbreekt of klopt nog niet:');
    await expect(axeViolations(page, 'light')).resolves.toBe('');
    await expect(axeViolations(page, 'dark')).resolves.toBe('');
  });

  test('a good submit: the result is in a live region with the money text, the tables have headers', async () => {
    const page = await open('/rekenhulpen/reele-prijs/');
    await calculatorReady(page);
    await page.fill(`#${id}-salaris`, '3.250');
    await page.fill(`#${id}-vakantiegeld`, '8');
    await page.fill(`#${id}-uren`, '36');
    await page.fill(`#${id}-tarief`, '60');
    await page.press(`#${id}-tarief`, 'Enter');
    await page.waitForSelector(`#${id} .calc-breakdown table`);
    // Same figures as /rekenhulpen/reele-prijs/?salaris=3250&uren=36&vakantiegeld=8&tarief=60 (calculators.test.ts covers the arithmetic).
    const live = await axNode(page, `#${id} .calc-result__live`);
    expect(live.properties).toMatchObject({ live: 'polite', atomic: true });
    const liveText = await page.locator(`#${id} .calc-result__live`).innerText();
    expect(liveText).toBe(
      'Kostprijs per productief uur € 22,43. Reële prijs per uur € 22,43. Dit tarief (€ 60,00) dekt de reële prijs (€ 22,43). Daarmee dekt het ook de kostprijs per productief uur (€ 22,43).',
    );
    expect(await focusedClass(page)).not.toContain('calc-error-summary');
    await expect(page.locator(`#${id} .calc-error-summary`).isHidden()).resolves.toBe(true);

    const tree = await ariaTree(page.locator(`#${id} .calc-result`));
    const tables = ofRole(tree, 'table');
    const breakdown = tables.find((t) => t.name === 'Zo is het berekend');
    expect(breakdown, `tables: ${tables.map((t) => t.name).join(' | ')}`).toBeDefined();
    expect(ofRole([breakdown!], 'columnheader').map((c) => c.name)).toEqual(['Stap', 'Hoe berekend', 'Uitkomst']);
    const rowHeaders = ofRole([breakdown!], 'rowheader').map((r) => r.name);
    expect(rowHeaders).toContain('Brutosalaris per maand (1 fte, bij 36 uur per week)');
    expect(rowHeaders.length).toBe(ofRole([breakdown!], 'row').length - 1);
    for (const table of tables) {
      expect(table.name, 'every result table has a caption').toBeTruthy();
      expect(ofRole([table], 'columnheader').length, `column headers in "${table.name}"`).toBeGreaterThan(1);
    }
    // The coloured bar is decoration: the table next to it has the figures.
    expect(ofRole(tree, 'img')).toEqual([]);
    // The print header is for paper only: nothing of it reaches the tree on screen.
    const pageTree = await ariaTree(page.locator('body'));
    expect(JSON.stringify(pageTree)).not.toContain('Adres van deze pagina');
    await expect(axeViolations(page, 'light')).resolves.toBe('');
    await expect(axeViolations(page, 'dark')).resolves.toBe('');
  });
});

// ------------------------------------------------------------- self-check

describe(`self-check flow: /kaders/${KAMPEN}/toets/`, () => {
  async function question(page: Page): Promise<AriaNode> {
    await page.waitForFunction(() => document.activeElement?.matches('h2.sc-question') === true, undefined, { timeout: 15_000 });
    // The question is the group named "Vraag N van M …"; a <details> with the evidence is a group too.
    const groups = ofRole(await ariaTree(page.locator('.sc')), 'group').filter((g) => g.name?.startsWith('Vraag '));
    expect(groups.length, 'one question group').toBe(1);
    return groups[0]!;
  }

  test('each question is a named group with progress, named options and the hint as description; errors are announced; the result has its heading', async () => {
    const page = await open(`/kaders/${KAMPEN}/toets/`);
    await page.getByRole('button', { name: 'Start de check' }).click();

    // Question 1: which segments (checkboxes).
    const first = await question(page);
    expect(first.name).toMatch(/^Vraag 1 van (\d+) Voor welke segmenten wilt u zich inschrijven\?$/);
    const total = Number(/van (\d+)/.exec(first.name!)![1]);
    expect(ofRole([first], 'heading')).toEqual([expect.objectContaining({ name: 'Voor welke segmenten wilt u zich inschrijven?', level: 2 })]);
    expect(ofRole([first], 'checkbox').map((c) => c.name)).toEqual(['Tijdelijk', 'Structureel', 'Ouderen']);
    const fieldset = await axNode(page, '.sc fieldset.sc-fieldset');
    expect(fieldset.description).toContain('Kies alle segmenten die voor u gelden.');
    const option = (await axNodes(page, '.sc fieldset input'))[0]!;
    expect(option.description).toMatch(/^Volwassenen van 18 jaar tot de AOW-leeftijd/);
    const back = ofRole(await ariaTree(page.locator('.sc')), 'button').map((b) => b.name);
    expect(back, 'the back button is read as "Terug", without the arrow').toContain('Terug');

    // Nothing chosen: an alert that gets focus and links to the first option.
    await page.getByRole('button', { name: 'Volgende' }).click();
    await page.waitForFunction(() => document.activeElement?.classList.contains('calc-error-summary') === true, undefined, { timeout: 15_000 });
    const alert = await axNode(page, '.sc .calc-error-summary');
    expect(alert).toMatchObject({ role: 'alert', name: 'Er is een probleem' });
    const alertLinks = ofRole(ofRole(await ariaTree(page.locator('.sc')), 'alert'), 'link');
    expect(alertLinks.map((l) => [l.name, l.url])).toEqual([['Kies minstens één van de segmenten', '#sc-vraag-segmenten-0']]);
    expect((await axNode(page, '.sc fieldset.sc-fieldset')).description).toContain('Fout: Kies minstens één van de segmenten');

    // Choose one segment; then every requirement is a Ja / Nee / Weet ik niet group.
    await page.getByRole('checkbox', { name: 'Tijdelijk' }).check();
    await page.getByRole('button', { name: 'Volgende' }).click();
    let seen = 1;
    for (let n = 2; n <= 40; n++) {
      if (await page.locator('.sc[data-view="check"]').count()) break;
      const group = await question(page);
      const heading = ofRole([group], 'heading')[0]!;
      expect(group.name, `question ${n}`).toMatch(new RegExp(`^Vraag ${n} van \\d+ `));
      expect(group.name!.endsWith(heading.name!)).toBe(true);
      expect(heading.level).toBe(2);
      expect(ofRole([group], 'radio').map((r) => [r.name, r.checked ?? false])).toEqual([['Ja', false], ['Nee', false], ['Weet ik niet', false]]);
      expect((await axNode(page, '.sc fieldset.sc-fieldset')).description, `hint of question ${n}`).not.toBe('');
      await page.getByRole('radio', { name: 'Ja' }).check();
      await page.getByRole('button', { name: 'Volgende' }).click();
      seen = n;
    }
    expect(seen, 'answered some requirement questions').toBeGreaterThan(1);
    expect(seen).toBeLessThanOrEqual(total);

    // Check your answers, then the result: heading with focus and an announcement in a status region.
    await page.waitForFunction(() => document.activeElement?.textContent?.trim() === 'Controleer uw antwoorden', undefined, { timeout: 15_000 });
    await page.getByRole('button', { name: 'Bekijk de uitkomst' }).click();
    await page.waitForFunction(() => document.activeElement?.textContent?.trim() === 'Uitkomst van de check', undefined, { timeout: 15_000 });
    const result = await ariaTree(page.locator('.sc'));
    expect(ofRole(result, 'heading')[0]).toMatchObject({ name: 'Uitkomst van de check', level: 2 });
    expect(outlineProblems([{ role: 'heading', level: 1, name: 'page' }, ...result])).toEqual([]);
    const status = ofRole(result, 'status').map(textOf).join(' | ');
    expect(status).toMatch(/Uitkomst: (U kunt waarschijnlijk|Geen belemmeringen gevonden)/);
    await expect(axeViolations(page, 'light')).resolves.toBe('');
    await expect(axeViolations(page, 'dark')).resolves.toBe('');
  });
});

// ----------------------------------------------------------------- search

describe('search: /zoeken/?q=begeleiding', () => {
  test('the count is in a live region; results are a list of linked headings', async () => {
    const page = await open('/zoeken/?q=begeleiding');
    await page.waitForSelector('.search__result');
    const tree = await ariaTree(page.locator('main'));
    const search = ofRole(tree, 'search');
    expect(search.length).toBe(1);
    expect(ofRole(search, 'searchbox')).toEqual([expect.objectContaining({ name: 'Waar zoekt u naar?' })]);
    for (const box of ofRole(search, 'combobox')) expect(box.name, 'filter name').toBeTruthy();

    const status = ofRole(tree, 'status');
    expect(status.map(textOf)).toEqual([expect.stringMatching(/^\d+ resultaten? voor "begeleiding"/)]);
    const count = Number(/^(\d+)/.exec(textOf(status[0]!))![1]);
    expect(count).toBeGreaterThan(0);

    const list = ofRole(tree, 'list').find((l) => (l.children ?? []).some((item) => ofRole([item], 'heading').length > 0));
    expect(list, 'a list of results').toBeDefined();
    const items = (list!.children ?? []).filter((c) => c.role === 'listitem');
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) {
      const [heading] = ofRole([item], 'heading');
      expect(heading, `result: ${textOf(item).slice(0, 80)}`).toBeDefined();
      expect(heading!.level).toBe(2);
      const [link] = ofRole([heading!], 'link');
      expect(link?.name, 'the heading is a link with the same name').toBe(heading!.name);
      expect(link?.url).toMatch(/^\//);
    }
    expect(outlineProblems(tree)).toEqual([]);
  });
});

// -------------------------------------------------------- document page

describe(`document page: /kaders/${KAMPEN}/`, () => {
  test('landmarks, heading outline, tables with captions and headers, abbreviations, charts', async () => {
    const page = await open(`/kaders/${KAMPEN}/`);
    const body = await ariaTree(page.locator('body'));
    const top = body.map((n) => n.role);
    // One banner, main and contentinfo at the top level; the skip link comes first.
    expect(body[0]).toMatchObject({ role: 'link', name: 'Direct naar de inhoud', url: '#inhoud' });
    expect(top.filter((r) => r === 'banner').length).toBe(1);
    expect(top.filter((r) => r === 'main').length).toBe(1);
    expect(top.filter((r) => r === 'contentinfo').length).toBe(1);
    // Every navigation has its own name, so a landmark list tells them apart.
    const navigations = ofRole(body, 'navigation').map((n) => n.name);
    expect(navigations).toEqual(expect.arrayContaining(['Hoofdmenu', 'Kruimelpad', 'Op deze pagina', 'Over deze site']));
    expect(new Set(navigations).size, navigations.join(', ')).toBe(navigations.length);
    expect(ofRole(body, 'search').map((s) => s.name)).toEqual(['Zoeken op de hele site']);
    // The table of contents is a navigation landmark with a heading and links to the sections of this page.
    const toc = ofRole(body, 'navigation').find((n) => n.name === 'Op deze pagina')!;
    const tocLinks = ofRole([toc], 'link');
    expect(tocLinks.length).toBeGreaterThan(5);
    for (const link of tocLinks) expect(link.url).toMatch(/^#/);
    // The breadcrumb trail is read without its separators.
    const crumbs = ofRole(body, 'navigation').find((n) => n.name === 'Kruimelpad')!;
    expect(textOf(crumbs)).not.toContain('›');

    const main = body.find((n) => n.role === 'main')!;
    expect(outlineProblems([main])).toEqual([]);
    expect(ofRole([main], 'heading').filter((h) => h.level === 1).map((h) => h.name)).toEqual(['Inkoop Wmo – Segmenten tijdelijk en structureel']);
    const h2s = ofRole([main], 'heading').filter((h) => h.level === 2).map((h) => h.name);
    expect(h2s).toEqual(expect.arrayContaining(['In het kort', 'De drie segmenten', 'Planning', 'Brondocument']));
    // The TOC links lead to headings that exist on the page.
    const tocTargets = await page.locator('nav[aria-label="Op deze pagina"] a').evaluateAll((as) =>
      as.map((a) => document.getElementById(decodeURIComponent(a.getAttribute('href')!.slice(1)))?.tagName ?? `missing ${a.getAttribute('href')}`),
    );
    for (const tag of tocTargets) expect(tag).toMatch(/^H[2-4]$/);

    // Tables: a name from the caption, column headers and, where rows have a label, row headers.
    const tables = ofRole([main], 'table');
    expect(tables.length).toBeGreaterThan(1);
    for (const table of tables) {
      expect(table.name, 'table caption').toBeTruthy();
      expect(ofRole([table], 'columnheader').length, `column headers in "${table.name}"`).toBeGreaterThan(0);
    }
    const figures = tables.find((t) => /Omzet en aantal indicaties/.test(t.name ?? ''));
    expect(ofRole([figures!], 'rowheader').map((r) => r.name)).toContain('Hulp bij het huishouden');

    // Abbreviations: the full form is exposed, and the first use links to the glossary.
    const abbrs = await axNodes(page, 'main abbr[title]');
    expect(abbrs.length).toBeGreaterThan(0);
    for (const abbr of abbrs) expect(abbr.name, 'abbr exposes its title').not.toBe('');
    const wmo = await axNodes(page, 'main abbr[title="Wet maatschappelijke ondersteuning 2015"]');
    expect(wmo[0]?.name).toBe('Wet maatschappelijke ondersteuning 2015');
    const glossaryLinks = ofRole([main], 'link').filter((l) => l.url?.startsWith('/begrippen/#'));
    expect(glossaryLinks.map((l) => l.name)).toContain('Wmo');

    // Charts: one image with the chart title as name and a pointer to the table as description.
    const charts = await axNodes(page, 'figure.chart svg');
    expect(charts.length).toBeGreaterThan(0);
    for (const chart of charts) {
      expect(chart.role).toBe('image');
      expect(chart.name).not.toBe('');
      expect(chart.name).not.toContain('Grafiek bij de tabel');
      expect(chart.description).toBe('Grafiek bij de tabel hierboven; dezelfde cijfers staan in die tabel.');
    }
  });
});
