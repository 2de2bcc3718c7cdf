/**
 * The calculators of issue 3 in a real browser: every page under
 * /rekenhulpen/ works by hand (Dutch input, Enter to calculate) and from its
 * URL parameters (also after a reload), shows errors the GOV.UK way, treats
 * hostile links as text and "Kopieer link" gives a link that restores the
 * same result. Expected figures are worked out by hand (see the comments)
 * and written as the exact nl-NL strings the page must show.
 *
 * Every test gets a fresh browser context; afterEach fails the test on a
 * page error, a console error, any dialog, or "NaN", "Infinity" or
 * "undefined" in the page text.
 */
import { readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchBrowser } from './browser.ts';
import { calculatorPath, calculatorSlugs, type CalculatorSlug } from '../../src/data/calculator-registry.ts';

const baseUrl = inject('baseUrl');
const distDir = inject('distDir');

/** The calculators come from the registry; on its own page, a calculator's slug is the id prefix of every field of its island. */
type CalculatorName = CalculatorSlug;

const RIJK_VAN_NIJMEGEN = 'rijk-van-nijmegen-wmo-ambulant-2025';
const KAMPEN = 'kampen-wmo-segmenten-2024';
const NO_RESULT = 'Er is nog geen uitkomst. Dit ontbreekt of klopt nog niet:';
const NO_JS_TEXT = 'Deze rekenhulp werkt met JavaScript';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

interface Session {
  readonly context: BrowserContext;
  readonly pages: Page[];
  readonly problems: string[];
}
let session: Session | undefined;

interface OpenOptions {
  /** Grant clipboard access to the context. */
  readonly clipboard?: boolean;
  /** Runs in the page before its own scripts. */
  readonly init?: () => void;
  /** Fixes the browser's clock, e.g. '2026-03-15T12:00:00+01:00'. */
  readonly fixedNow?: string;
}

function watch(page: Page, problems: string[]): void {
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console.error: ${message.text()}`);
  });
  page.on('dialog', (dialog) => {
    problems.push(`dialog (${dialog.type()}): ${dialog.message()}`);
    void dialog.dismiss();
  });
}

/** Opens a calculator page in a fresh context and waits until its island has hydrated and read the URL. */
async function open(path: string, options: OpenOptions = {}): Promise<Page> {
  if (!session) {
    const context = await browser.newContext(options.clipboard ? { permissions: ['clipboard-read', 'clipboard-write'] } : {});
    session = { context, pages: [], problems: [] };
  }
  const page = await session.context.newPage();
  session.pages.push(page);
  watch(page, session.problems);
  if (options.init) await page.addInitScript(options.init);
  if (options.fixedNow) await page.clock.setFixedTime(new Date(options.fixedNow));
  const response = await page.goto(path.startsWith('http') ? path : `${baseUrl}${path}`);
  expect(response?.status(), path).toBe(200);
  await ready(page);
  return page;
}

/** The island replaces the no-JavaScript sentence once it runs in the browser. */
async function ready(page: Page): Promise<void> {
  await page.waitForFunction((text) => {
    const live = document.querySelector('.calc-result__live');
    return live !== null && !(live.textContent ?? '').includes(text);
  }, NO_JS_TEXT);
}

afterEach(async () => {
  const current = session;
  session = undefined;
  if (!current) return;
  try {
    for (const page of current.pages) {
      if (page.isClosed()) continue;
      const text = await page.locator('body').innerText();
      expect(text, page.url()).not.toMatch(/\bNaN\b|Infinity|undefined/);
    }
    expect(current.problems, 'page errors, console errors or dialogs').toEqual([]);
  } finally {
    await current.context.close();
  }
});

// ---------------------------------------------------------------- helpers

/**
 * expect.poll with room for a busy machine: the islands re-render after an
 * input event, and several browser suites may run at once.
 */
function poll<T>(read: () => Promise<T>, message?: string) {
  return expect.poll(read, { timeout: 15_000, interval: 50, ...(message === undefined ? {} : { message }) });
}

/** The highlighted result: each <dt> with its <dd>. */
function highlights(page: Page, id: string): Promise<Record<string, string>> {
  return page.locator(`#${id} .calc-highlight dl`).evaluate((dl) => {
    const out: Record<string, string> = {};
    for (const dt of dl.querySelectorAll('dt')) {
      const dd = dt.nextElementSibling;
      out[(dt.textContent ?? '').trim()] = (dd?.textContent ?? '').trim();
    }
    return out;
  });
}

/** Everything a result shows as figures: the highlight and the breakdown table. */
async function snapshot(page: Page, id: string): Promise<{ highlights: Record<string, string>; steps: Record<string, string> }> {
  const hasHighlight = (await page.locator(`#${id} .calc-highlight dl`).count()) > 0;
  return { highlights: hasHighlight ? await highlights(page, id) : {}, steps: await steps(page, id) };
}

function liveText(page: Page, id: string): Promise<string> {
  return page.locator(`#${id} .calc-result__live`).evaluate((el) => (el.textContent ?? '').trim());
}

/** Display value per step of the breakdown table ("Zo is het berekend"). */
function steps(page: Page, id: string): Promise<Record<string, string>> {
  return page.locator(`#${id} .calc-breakdown tbody tr[data-step]`).evaluateAll((rows) =>
    Object.fromEntries(rows.map((row) => [row.getAttribute('data-step') ?? '', (row.querySelector('td.num')?.textContent ?? '').trim()])),
  );
}

/** Rows of the result table with the given caption, as text cells. */
function tableRows(page: Page, id: string, caption: string): Promise<string[][]> {
  return page.locator(`#${id} .calc-result table`).evaluateAll(
    (tables, wanted) => {
      const table = tables.find((t) => t.querySelector('caption')?.textContent?.trim() === wanted);
      if (!table) return [];
      return [...table.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((cell) => (cell.textContent ?? '').trim()));
    },
    caption,
  );
}

function query(page: Page): URLSearchParams {
  return new URL(page.url()).searchParams;
}

function activeId(page: Page): Promise<string> {
  return page.evaluate(() => document.activeElement?.id ?? '');
}

/** Waits until focus is on the element with this id (focus moves in an effect after the render). */
async function expectFocus(page: Page, id: string): Promise<void> {
  await page.waitForFunction((wanted) => document.activeElement?.id === wanted, id, { timeout: 15_000 }).catch(() => undefined);
  expect(await activeId(page)).toBe(id);
}

async function fill(page: Page, values: Record<string, string>): Promise<void> {
  for (const [selector, value] of Object.entries(values)) await page.fill(selector, value);
}

/** A result is on screen: highlight, breakdown table and "Kopieer link"; no error summary. */
async function expectResult(page: Page, id: string): Promise<void> {
  await poll(() => page.locator(`#${id} .calc-breakdown table`).count(), 'breakdown table').toBe(1);
  // The segment check shows cards instead of a highlighted figure.
  if (id !== 'segment') await expect(page.locator(`#${id} .calc-highlight`).count(), 'highlighted result').resolves.toBe(1);
  await expect(page.locator(`#${id} .calc-breakdown caption`).first().textContent()).resolves.toMatch(/^Zo is het (berekend|bepaald)$/);
  await expect(page.locator(`#${id} .calc-error-summary`).isVisible()).resolves.toBe(false);
  await expect(page.locator(`#${id} .calc-missing`).count()).resolves.toBe(0);
  await expect(page.getByRole('button', { name: 'Kopieer link' }).count()).resolves.toBe(1);
}

/**
 * The error state: no result at all (not a stale one), the result area says
 * what is missing, every error is inline at its field and, when `summary`,
 * in a focused error summary that links to the field.
 */
/**
 * How the error summary (and the list under "Uitkomst") names each field: its label, as on the form
 * (the real price's labels up to the first comma; the budget's for its default unit and period).
 */
const SUMMARY_LABELS: Record<CalculatorName, Record<string, string>> = {
  'reele-prijs': {
    uren: 'Uren per week', jaaruren: 'Uren per jaar', salaris: 'Brutosalaris per maand', uurloon: 'Bruto uurloon',
    'niet-productief': 'Niet-productieve uren', tarief: 'Tarief van de gemeente per uur',
  },
  indexatie: {
    'ova-vorig-voorlopig': 'OVA vorig jaar, voorlopig', 'ova-vorig-definitief': 'OVA vorig jaar, definitief',
    'pcc-vorig-voorlopig': 'Prijsindex particuliere consumptie (PCC) vorig jaar, voorlopig',
    'pcc-vorig-definitief': 'Prijsindex particuliere consumptie (PCC) vorig jaar, definitief',
    'ova-voorlopig': 'OVA nieuw jaar, voorlopig', 'pcc-voorlopig': 'Prijsindex particuliere consumptie (PCC) nieuw jaar, voorlopig',
    'gewicht-ova': 'Gewicht van de OVA (personeelskosten)', tarief: 'Tarief om te indexeren',
  },
  budget: { prijs: 'Prijs per eenheid', aantal: 'Aantal uur per week, per cliënt', duur: 'Duur in weken', clienten: 'Aantal cliënten' },
  looptijd: { start: 'Startdatum van het contract', looptijd: 'Eerste looptijd', verlengingen: 'Verlengingen' },
  sroi: { waarde: 'Opdrachtwaarde', percentage: 'SROI-percentage', jaren: 'Looptijd', mvo: 'Deel via het MVO-bouwblok' },
  'eigen-bijdrage': { jaar: 'Over welk jaar gaat het?', maanden: 'Aantal maanden met ondersteuning in dat jaar' },
  segment: { geboortedatum: 'Geboortedatum', peildatum: 'Peildatum' },
};

/** "Brutosalaris per maand: vul een bedrag in …": the label, a colon, the message with a small first letter. */
function listed(id: string, field: string, message: string, labels: Record<string, string> = {}): string {
  const label = labels[field] ?? SUMMARY_LABELS[id as CalculatorName]?.[field];
  expect(label, `label of ${field} in ${id}`).toBeDefined();
  return `${label}: ${message.charAt(0).toLowerCase()}${message.slice(1)}`;
}

async function expectErrors(page: Page, id: string, errors: Record<string, string>, options: { summary: boolean; labels?: Record<string, string> }): Promise<void> {
  const messages = Object.entries(errors).map(([field, message]) => listed(id, field, message, options.labels));
  // Errors show while typing once "Bereken" has been used; wait for the render.
  await poll(() => page.locator(`#${id} .calc-missing li`).allTextContents(), 'what is missing').toEqual(messages);
  await expect(page.locator(`#${id} .calc-highlight`).count(), 'no stale result').resolves.toBe(0);
  await expect(page.locator(`#${id} .calc-result table`).count(), 'no stale tables').resolves.toBe(0);
  await expect(page.getByRole('button', { name: 'Kopieer link' }).count()).resolves.toBe(0);
  expect(await liveText(page, id)).toBe(NO_RESULT);
  for (const [field, message] of Object.entries(errors)) {
    const inline = page.locator(`#${id}-${field}-error`);
    await expect(inline.textContent(), `inline error at ${field}`).resolves.toBe(`Fout: ${message}`);
    const control = page.locator(`#${id}-${field}`);
    const tag = await control.evaluate((el) => el.tagName);
    if (tag === 'INPUT') {
      await expect(control.getAttribute('aria-invalid')).resolves.toBe('true');
    }
    await expect(control.getAttribute('aria-describedby')).resolves.toContain(`${id}-${field}-error`);
  }
  const summary = page.locator(`#${id} .calc-error-summary`);
  if (!options.summary) return;
  await expect(summary.isVisible()).resolves.toBe(true);
  await expect(summary.getAttribute('role')).resolves.toBe('alert');
  await expect(summary.locator('h2').textContent()).resolves.toBe('Er is een probleem');
  const links = await summary.locator('a').evaluateAll((as) => as.map((a) => ({ href: a.getAttribute('href'), text: (a.textContent ?? '').trim() })));
  expect(links).toEqual(Object.entries(errors).map(([field, message]) => ({ href: `#${id}-${field}`, text: listed(id, field, message, options.labels) })));
  await page.waitForFunction(() => document.activeElement?.classList.contains('calc-error-summary') === true, undefined, { timeout: 15_000 }).catch(() => undefined);
  await expect(page.evaluate(() => document.activeElement?.className)).resolves.toBe('calc-error-summary');
}

/** Follows the first link of the error summary by keyboard and checks focus lands on its field. */
async function followFirstErrorLink(page: Page, id: string, field: string, focusId = `${id}-${field}`): Promise<void> {
  await page.locator(`#${id} .calc-error-summary a`).first().press('Enter');
  await expectFocus(page, focusId);
}

/** Reloads and expects exactly the same highlighted result. */
async function expectSameAfterReload(page: Page, id: string): Promise<void> {
  const before = await snapshot(page, id);
  const url = page.url();
  await page.reload();
  await ready(page);
  expect(page.url()).toBe(url);
  await expectResult(page, id);
  expect(await snapshot(page, id)).toEqual(before);
}

// ------------------------------------------------------------------ tests

describe('/rekenhulpen/', () => {
  test('the index links to every calculator page, and this suite covers every calculator page that is built', async () => {
    const built = readdirSync(join(distDir, 'rekenhulpen'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && existsSync(join(distDir, 'rekenhulpen', entry.name, 'index.html')))
      .map((entry) => entry.name)
      .sort();
    expect(built).toEqual([...calculatorSlugs].sort());
    const page = await browser.newPage();
    try {
      await page.goto(`${baseUrl}/rekenhulpen/`);
      const hrefs = await page.locator('main a[href^="/rekenhulpen/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      for (const name of calculatorSlugs) expect(hrefs, name).toContain(calculatorPath(name));
    } finally {
      await page.close();
    }
  });
});

describe('reële prijs', () => {
  const id: CalculatorSlug = 'reele-prijs';
  const path = '/rekenhulpen/reele-prijs/';

  test('by hand with Dutch input: € 45,29 cost price, € 47,58 real price, covered by € 65', async () => {
    const page = await open(path);
    expect(await liveText(page, id)).toBe('Vul de gegevens in en kies ‘Bereken’. Dan ziet u hier de uitkomst en hoe die is berekend.');
    await page.getByLabel('Brutosalaris per maand, voor 1 fte').fill('3.250');
    await fill(page, {
      [`#${id}-uren`]: '36',
      [`#${id}-vakantiegeld`]: '8%',
      [`#${id}-eindejaars`]: '8,33',
      [`#${id}-sociale-lasten`]: '30',
      [`#${id}-niet-productief`]: '15',
      [`#${id}-reiskosten`]: '1.200',
      [`#${id}-opleidingskosten`]: '€ 600',
      [`#${id}-overhead`]: '15',
      [`#${id}-verplichtingen`]: '1,50',
      [`#${id}-risico`]: '2',
      [`#${id}-indexatie`]: '3',
      [`#${id}-tarief`]: '€ 65',
    });
    // Typing alone does not show a result; "Bereken" (Enter) does.
    await expect(page.locator(`#${id} .calc-highlight`).count()).resolves.toBe(0);
    await page.press(`#${id}-tarief`, 'Enter');
    await expectFocus(page, `${id}-uitkomst`);
    await expectResult(page, id);
    // 12 × 3.250 = 39.000; + 8% + 8,33% = 45.368,70; + 30% = 58.979,31 a year.
    // 36 h → 1.878 h, 15% non-productive → 1.596,3 productive hours.
    // (58.979,31 + 1.800) ÷ 1.596,3 = 38,0751; + 15% overhead + 1,50 = 45,2864 → € 45,29;
    // × 1,02 × 1,03 = 47,5779 → € 47,58. € 65 − € 47,58 = € 17,42 = 36,6%.
    expect(await highlights(page, id)).toEqual({
      'Kostprijs per productief uur': '€ 45,29',
      'Reële prijs per uur (met opslag en indexatie)': '€ 47,58',
    });
    const verdict = page.locator(`#${id} .calc-verdict`);
    await expect(verdict.textContent()).resolves.toBe('Dit tarief (€ 65,00) dekt de reële prijs (€ 47,58). Daarmee dekt het ook de kostprijs per productief uur (€ 45,29).');
    await expect(verdict.getAttribute('class')).resolves.toContain('calc-verdict--dekt');
    await expect(page.locator(`#${id} .calc-result p`).allTextContents()).resolves.toContain(
      'Het tarief van de gemeente is € 17,42 per uur (36,6%) hoger dan de reële prijs van € 47,58 per uur.',
    );
    expect(await liveText(page, id)).toBe(
      'Kostprijs per productief uur € 45,29. Reële prijs per uur € 47,58. Dit tarief (€ 65,00) dekt de reële prijs (€ 47,58). Daarmee dekt het ook de kostprijs per productief uur (€ 45,29).',
    );
    expect(await steps(page, id)).toMatchObject({
      jaarsalaris: '€ 39.000,00 per jaar',
      'salaris-met-toeslagen': '€ 45.368,70 per jaar',
      personeelskosten: '€ 58.979,31 per jaar',
      jaaruren: '1.878 uur per jaar',
      'productieve-uren': '1.596,3 uur per jaar',
      kostprijs: '€ 45,29 per uur',
      'reele-prijs': '€ 47,58 per uur',
    });
    // The AMvB shares are rounded so that they add up to the tariff exactly. Overhead (b) is overhead only:
    // risk and profit (2% of € 45,2864 = € 0,91) is a row of its own, named as none of the elements a–f.
    const shares = await tableRows(page, id, 'Opbouw van de reële prijs per element van de AMvB reële prijs (artikel 5.4 lid 3 Uitvoeringsbesluit Wmo 2015), en de opslag voor risico en winst');
    expect(shares.map((row) => row[0])).toEqual([
      'a. Kosten van de beroepskracht', 'b. Redelijke overheadkosten', 'c. Niet-productieve uren (verlof, ziekte, scholing, werkoverleg)',
      'd. Reis- en opleidingskosten', 'e. Indexatie', 'f. Kosten van gemeentelijke verplichtingen', 'Opslag voor risico en winst (geen van de elementen a tot en met f)',
    ]);
    expect(shares.map((row) => row[1])).toEqual(['€ 31,40', '€ 5,71', '€ 5,54', '€ 1,13', '€ 1,39', '€ 1,50', '€ 0,91']);
    await expect(page.locator(`#${id} .calc-bar span`).count()).resolves.toBe(7);
    // The wage's label names the hours it is for.
    await expect(page.locator(`label[for="${id}-salaris"]`).textContent()).resolves.toBe('Brutosalaris per maand, voor 1 fte bij 36 uur per week');
    await expect(page.locator(`#${id}-risico`).evaluate((input) => input.closest('fieldset')?.querySelector('legend')?.textContent)).resolves.toBe(
      'Risico en winst (geen van de elementen a tot en met f)',
    );
    await expect(page.locator(`#${id}-overhead`).evaluate((input) => input.closest('fieldset')?.querySelector('legend')?.textContent)).resolves.toBe('b. Redelijke overheadkosten');
    // State in the URL, as typed.
    const params = query(page);
    expect(Object.fromEntries(params)).toEqual({
      salaris: '3.250', uren: '36', vakantiegeld: '8%', eindejaars: '8,33', 'sociale-lasten': '30', 'niet-productief': '15',
      reiskosten: '1.200', opleidingskosten: '€ 600', overhead: '15', verplichtingen: '1,50', risico: '2', indexatie: '3', tarief: '€ 65',
    });
    await expectSameAfterReload(page, id);
    await expect(page.locator(`#${id}-eindejaars`).inputValue()).resolves.toBe('8,33');
    await expect(page.locator(`#${id}-tarief`).inputValue()).resolves.toBe('€ 65');
  });

  test('from the URL: a tariff of € 25 does not cover € 27,68 (32 hours a week → 1.669,33 hours a year)', async () => {
    const page = await open(`${path}?salaris=2.800&uren=32&niet-productief=20&overhead=10&tarief=25`);
    await expectResult(page, id);
    // 33.600 ÷ (32 × 1.878 ÷ 36 × 0,8 = 1.335,47) = 25,1597; + 10% = 27,6757 → € 27,68; € 25 is € 2,68 (9,7%) lower.
    expect(await highlights(page, id)).toEqual({
      'Kostprijs per productief uur': '€ 27,68',
      'Reële prijs per uur (met opslag en indexatie)': '€ 27,68',
    });
    await expect(page.locator(`#${id} .calc-verdict`).textContent()).resolves.toBe(
      'Dit tarief (€ 25,00) dekt de reële prijs (€ 27,68) niet. Het dekt ook de kostprijs per productief uur (€ 27,68) niet: het is € 2,68 lager.',
    );
    await expect(page.locator(`#${id} .calc-verdict`).getAttribute('class')).resolves.toContain('calc-verdict--dekt-niet');
    await expect(page.locator(`#${id} .calc-result p`).allTextContents()).resolves.toContain(
      'Het tarief van de gemeente is € 2,68 per uur (9,7%) lager dan de reële prijs van € 27,68 per uur.',
    );
    expect(await steps(page, id)).toMatchObject({ jaaruren: '1.669,33 uur per jaar', 'productieve-uren': '1.335,47 uur per jaar' });
    await expect(page.locator(`#${id}-salaris`).inputValue()).resolves.toBe('2.800');
    await expect(page.locator(`#${id} .calc-notice`).count()).resolves.toBe(0);
    await expectSameAfterReload(page, id);
  });

  test('the example link on the page opens a worked example (€ 47,58)', async () => {
    const page = await open(path);
    await page.getByRole('link', { name: 'Bekijk een rekenvoorbeeld' }).click();
    await page.waitForURL(/salaris=/);
    await ready(page);
    expect((await highlights(page, id))['Reële prijs per uur (met opslag en indexatie)']).toBe('€ 47,58');
  });

  test('errors: empty form, text instead of an amount, and no stale result after a valid one', async () => {
    const page = await open(path);
    await page.getByRole('button', { name: 'Bereken' }).click();
    await expectErrors(page, id, {
      uren: 'Vul het aantal uren per week in (of het aantal uren per jaar)',
      salaris: 'Vul het brutosalaris per maand in (of het bruto uurloon), bijvoorbeeld 3.000',
    }, { summary: true });
    // Every message in the summary starts with the name of its field.
    await expect(page.locator(`#${id} .calc-error-summary a`).allTextContents()).resolves.toEqual([
      'Uren per week: vul het aantal uren per week in (of het aantal uren per jaar)',
      'Brutosalaris per maand: vul het brutosalaris per maand in (of het bruto uurloon), bijvoorbeeld 3.000',
    ]);
    await followFirstErrorLink(page, id, 'uren');

    await fill(page, { [`#${id}-salaris`]: '3.000', [`#${id}-uren`]: '36' });
    await page.press(`#${id}-uren`, 'Enter');
    await expectResult(page, id);
    // Now make it invalid: the result goes at once, the error shows inline.
    await fill(page, { [`#${id}-salaris`]: 'drie', [`#${id}-niet-productief`]: '-5' });
    await expectErrors(page, id, {
      salaris: 'Vul een bedrag in met alleen cijfers, bijvoorbeeld 3.000',
      'niet-productief': 'Het percentage niet-productieve uren mag niet negatief zijn',
    }, { summary: false });
    await page.press(`#${id}-niet-productief`, 'Enter');
    await expectErrors(page, id, {
      salaris: 'Vul een bedrag in met alleen cijfers, bijvoorbeeld 3.000',
      'niet-productief': 'Het percentage niet-productieve uren mag niet negatief zijn',
    }, { summary: true });
    await expect(page.locator(`#${id} .calc-error-summary a`).first().textContent()).resolves.toBe(
      'Brutosalaris per maand: vul een bedrag in met alleen cijfers, bijvoorbeeld 3.000',
    );
  });

  test('issue 15: € 55,00 against cost price € 54,99 and real price € 56,64 does not cover the real price, and covers the cost price by € 0,01', async () => {
    const page = await open(`${path}?salaris=5.115&uren=36&sociale-lasten=30&niet-productief=15&overhead=10&indexatie=3&tarief=55`);
    await expectResult(page, id);
    // 12 × 5.115 × 1,3 = 79.794 ÷ 1.596,3 productive hours = 49,9868; + 10% = 54,9855 → € 54,99; × 1,03 = 56,6351 → € 56,64.
    expect(await highlights(page, id)).toEqual({
      'Kostprijs per productief uur': '€ 54,99',
      'Reële prijs per uur (met opslag en indexatie)': '€ 56,64',
    });
    const verdict = page.locator(`#${id} .calc-verdict`);
    await expect(verdict.textContent()).resolves.toBe(
      'Dit tarief (€ 55,00) dekt de reële prijs (€ 56,64) niet. Het dekt wel de kostprijs per productief uur (€ 54,99): het is € 0,01 hoger.',
    );
    await expect(verdict.getAttribute('class')).resolves.toContain('calc-verdict--dekt-niet');
    expect(await liveText(page, id)).toContain('Dit tarief (€ 55,00) dekt de reële prijs (€ 56,64) niet.');
  });

  test('the wage per hour, as providers know it: € 21,50 at 32 hours a week, with the hours basis in the label and the breakdown', async () => {
    const page = await open(path);
    await fill(page, { [`#${id}-uren`]: '32', [`#${id}-uurloon`]: '21,50', [`#${id}-niet-productief`]: '15', [`#${id}-overhead`]: '10', [`#${id}-tarief`]: '30' });
    await expect(page.locator(`label[for="${id}-uurloon"]`).textContent()).resolves.toBe('Bruto uurloon bij 32 uur per week (optioneel)');
    await page.press(`#${id}-tarief`, 'Enter');
    await expectResult(page, id);
    // € 21,50 × (32 × 1.878 ÷ 36 = 1.669,33 h) = € 35.890,67 a year; ÷ 1.418,93 productive hours = 25,2937; + 10% = € 27,82.
    expect(await steps(page, id)).toMatchObject({
      uurloon: '€ 21,50 per uur',
      jaarsalaris: '€ 35.890,67 per jaar',
      salaris: '€ 2.990,89 per maand',
      kostprijs: '€ 27,82 per uur',
    });
    await expect(page.locator(`#${id} .calc-breakdown tr[data-step="jaarsalaris"] th`).textContent()).resolves.toContain('Brutosalaris per jaar (1 fte, bij 32 uur per week)');
    expect(Object.fromEntries(query(page))).toEqual({ uren: '32', uurloon: '21,50', 'niet-productief': '15', overhead: '10', tarief: '30' });
    await expectSameAfterReload(page, id);
    // Both wages at once is a mistake the summary names.
    await page.fill(`#${id}-salaris`, '3.000');
    await page.press(`#${id}-salaris`, 'Enter');
    await expectErrors(page, id, { uurloon: 'Vul het loon per maand of per uur in, niet allebei' }, { summary: true });
  });

  test('printing a result: the site, the date of printing, the page address with the answers, and full link addresses', async () => {
    const page = await open(`${path}?salaris=5.115&uren=36&tarief=55`, { fixedNow: '2026-11-29T12:00:00+01:00' });
    await expectResult(page, id);
    // The browser fires beforeprint when printing starts (emulateMedia does not): the header then takes the address
    // as it is now, after the calculator wrote its answers into it.
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await page.emulateMedia({ media: 'print' });
    const header = page.locator('.print-header');
    await expect(header.isVisible()).resolves.toBe(true);
    const text = await header.innerText();
    expect(text).toContain('Inkoopwijzer');
    expect(text).toContain('Afgedrukt op 29 november 2026');
    expect(text).toContain(`Adres van deze pagina: ${page.url()}`);
    // Every link in the content prints its full address, from the site's address.
    const site = new URL((await page.locator('link[rel="canonical"]').getAttribute('href'))!).origin;
    const example = page.getByRole('link', { name: 'Bekijk een rekenvoorbeeld' });
    const href = (await example.getAttribute('href'))!;
    expect(href).toMatch(/^\/rekenhulpen\/reele-prijs\/\?salaris=/);
    await expect(example.evaluate((a) => getComputedStyle(a, '::after').content)).resolves.toBe(`" (${site}${href})"`);
    // The form and its buttons do not print; the result does.
    await expect(page.locator(`#${id} .calc-form`).isVisible()).resolves.toBe(false);
    await expect(page.locator(`#${id} .calc-verdict`).isVisible()).resolves.toBe(true);
    const pdf = await page.pdf();
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await page.emulateMedia({ media: 'screen' });
    await expect(header.isVisible()).resolves.toBe(false);
  });

  test.each([
    ['99% non-productive hours', '?salaris=3.000&uren=36&niet-productief=99'],
    ['10 hours a year', '?salaris=3.000&jaaruren=10'],
  ])('errors: fewer than 52 productive hours a year (%s) is an input error, not a crash', async (_, search) => {
    const page = await open(`${path}${search}`);
    await expect(page.locator(`#${id}-niet-productief-error`).textContent()).resolves.toContain('minder dan 52 productieve uren per jaar');
    await expect(page.locator(`#${id} .calc-highlight`).count()).resolves.toBe(0);
    expect(await liveText(page, id)).toBe(NO_RESULT);
  });
});

describe('indexatie', () => {
  const id: CalculatorSlug = 'indexatie';
  const path = '/rekenhulpen/indexatie/';

  test('by hand: index 4,49% and € 67,92; switching to the multiplicative correction by keyboard updates the result', async () => {
    const page = await open(path);
    await expect(page.locator(`#${id}-gewicht-ova`).inputValue()).resolves.toBe('90');
    await fill(page, {
      [`#${id}-ova-vorig-voorlopig`]: '3,1',
      [`#${id}-ova-vorig-definitief`]: '3,6',
      [`#${id}-pcc-vorig-voorlopig`]: '2',
      [`#${id}-pcc-vorig-definitief`]: '-0,4',
      [`#${id}-ova-voorlopig`]: '4,48',
      [`#${id}-pcc-voorlopig`]: '2,5 %',
      [`#${id}-tarief`]: '€ 65,00',
    });
    await page.press(`#${id}-tarief`, 'Enter');
    await expectFocus(page, `${id}-uitkomst`);
    await expectResult(page, id);
    // Last year: provisional 0,9 × 3,1 + 0,1 × 2 = 2,99; definitive 0,9 × 3,6 + 0,1 × −0,4 = 3,2; correction 0,21.
    // New year: 0,9 × 4,48 + 0,1 × 2,5 = 4,282; index 4,492% → 4,49%; € 65 × 1,04492 = € 67,9198 → € 67,92.
    expect(await highlights(page, id)).toEqual({
      'Index voor het nieuwe jaar': '4,49%',
      'Waarvan correctie voor vorig jaar': '0,21%',
      'Geïndexeerd tarief': '€ 67,92',
    });
    expect(await steps(page, id)).toEqual({
      'vorig-voorlopig': '2,99%', 'vorig-definitief': '3,2%', correctie: '0,21%', 'nieuw-voorlopig': '4,282%', index: '4,492%', tarief: '€ 67,92',
    });
    expect(await liveText(page, id)).toBe('De index voor het nieuwe jaar is 4,49%. Het geïndexeerde tarief is € 67,92.');
    expect(Object.fromEntries(query(page))).toEqual({
      'ova-vorig-voorlopig': '3,1', 'ova-vorig-definitief': '3,6', 'pcc-vorig-voorlopig': '2', 'pcc-vorig-definitief': '-0,4',
      'ova-voorlopig': '4,48', 'pcc-voorlopig': '2,5 %', 'gewicht-ova': '90', tarief: '€ 65,00', correctie: 'optellen',
    });

    // Arrow keys move within the radio group: "Vermenigvuldigen".
    await page.focus(`#${id}-correctie-0`);
    await page.keyboard.press('ArrowDown');
    await expect(page.locator(`#${id}-correctie-1`).isChecked()).resolves.toBe(true);
    // 1,032 ÷ 1,0299 = 1,0020390 → correction 0,2039%; 1,04282 × 1,0020390 − 1 = 4,4946%.
    await page.waitForFunction(() => document.querySelector('.calc-breakdown tr[data-step="index"] td.num')?.textContent === '4,4946%');
    expect(await steps(page, id)).toMatchObject({ correctie: '0,2039%', index: '4,4946%', tarief: '€ 67,92' });
    expect(await highlights(page, id)).toEqual({
      'Index voor het nieuwe jaar': '4,49%',
      'Waarvan correctie voor vorig jaar': '0,2%',
      'Geïndexeerd tarief': '€ 67,92',
    });
    expect(query(page).get('correctie')).toBe('vermenigvuldigen');
    await expectSameAfterReload(page, id);
    await expect(page.locator(`#${id}-correctie-1`).isChecked()).resolves.toBe(true);
  });

  test('from the URL: the worked example (4,34%, € 67,82), additive and multiplicative', async () => {
    const example = '?ova-vorig-voorlopig=3&ova-vorig-definitief=3,5&pcc-vorig-voorlopig=2&pcc-vorig-definitief=2,4&ova-voorlopig=4&pcc-voorlopig=2,5&gewicht-ova=90&tarief=65';
    const page = await open(`${path}${example}`);
    await expectResult(page, id);
    // 2,9 → 3,39: correction 0,49; new 3,85; index 4,34%; € 65 × 1,0434 = € 67,821 → € 67,82.
    expect(await highlights(page, id)).toEqual({
      'Index voor het nieuwe jaar': '4,34%',
      'Waarvan correctie voor vorig jaar': '0,49%',
      'Geïndexeerd tarief': '€ 67,82',
    });
    await expectSameAfterReload(page, id);

    const multiplied = await open(`${path}${example}&correctie=vermenigvuldigen`);
    // 1,0339 ÷ 1,029 − 1 = 0,4762%; 1,0385 × 1,0339 ÷ 1,029 − 1 = 4,3445%.
    expect(await highlights(multiplied, id)).toEqual({
      'Index voor het nieuwe jaar': '4,34%',
      'Waarvan correctie voor vorig jaar': '0,48%',
      'Geïndexeerd tarief': '€ 67,82',
    });
    expect(await steps(multiplied, id)).toMatchObject({ correctie: '0,4762%', index: '4,3445%' });
    await expect(multiplied.locator(`#${id}-correctie-1`).isChecked()).resolves.toBe(true);
    await expectSameAfterReload(multiplied, id);
  });

  test('errors: the six figures are required; text and a weight above 100% are refused', async () => {
    const page = await open(path);
    await page.press(`#${id}-gewicht-ova`, 'Enter');
    await expectErrors(page, id, {
      'ova-vorig-voorlopig': 'Vul de voorlopige OVA van vorig jaar in, bijvoorbeeld 3,5',
      'ova-vorig-definitief': 'Vul de definitieve OVA van vorig jaar in, bijvoorbeeld 3,5',
      'pcc-vorig-voorlopig': 'Vul de voorlopige PCC van vorig jaar in, bijvoorbeeld 3,5',
      'pcc-vorig-definitief': 'Vul de definitieve PCC van vorig jaar in, bijvoorbeeld 3,5',
      'ova-voorlopig': 'Vul de voorlopige OVA voor het nieuwe jaar in, bijvoorbeeld 3,5',
      'pcc-voorlopig': 'Vul de voorlopige PCC voor het nieuwe jaar in, bijvoorbeeld 3,5',
    }, { summary: true });
    await followFirstErrorLink(page, id, 'ova-vorig-voorlopig');

    const valid = await open(`${path}?ova-vorig-voorlopig=3&ova-vorig-definitief=3,5&pcc-vorig-voorlopig=2&pcc-vorig-definitief=2,4&ova-voorlopig=4&pcc-voorlopig=2,5`);
    await expectResult(valid, id);
    await fill(valid, { [`#${id}-ova-voorlopig`]: 'abc', [`#${id}-gewicht-ova`]: '150' });
    const errors = {
      'ova-voorlopig': 'Vul alleen cijfers in, met een komma voor decimalen, bijvoorbeeld 8,5',
      'gewicht-ova': 'Het gewicht van de OVA mag niet groter zijn dan 100%',
    };
    await expectErrors(valid, id, errors, { summary: false });
    await valid.getByRole('button', { name: 'Bereken' }).press('Enter');
    await expectErrors(valid, id, errors, { summary: true });
  });
});

describe('budget', () => {
  const id: CalculatorSlug = 'budget';
  const path = '/rekenhulpen/budget/';

  test('by hand: 2,5 dagdelen a month for 18 months, 4 clients, 2,5% index → € 8.802,60', async () => {
    const page = await open(path);
    await page.fill(`#${id}-prijs`, '€ 48,50');
    // Unit and period by keyboard: Uur → Dagdeel, Per week → Per maand.
    await page.focus(`#${id}-eenheid-0`);
    await page.keyboard.press('ArrowRight');
    await expect(page.getByLabel('Dagdeel', { exact: true }).isChecked()).resolves.toBe(true);
    await page.focus(`#${id}-per-0`);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(page.getByLabel('Per maand', { exact: true }).isChecked()).resolves.toBe(true);
    await page.getByLabel('Aantal dagdelen per maand, per cliënt').fill('2,5');
    await fill(page, { [`#${id}-duur`]: '18', [`#${id}-clienten`]: '4', [`#${id}-index`]: '2,5%' });
    await page.press(`#${id}-index`, 'Enter');
    await expectFocus(page, `${id}-uitkomst`);
    await expectResult(page, id);
    // Year 1: 48,50 × 2,5 × 12 × 4 = 5.820. Year 2: 48,50 × 1,025 = 49,7125 → € 49,71; × 2,5 × 6 × 4 = 2.982,60.
    expect(await highlights(page, id)).toEqual({
      'Totaal over de hele duur': '€ 8.802,60',
      'Aantal eenheden (dagdelen), alle cliënten samen': '180',
    });
    expect(await tableRows(page, id, 'Per jaar')).toEqual([
      ['Jaar 1', '€ 48,50', '12', '€ 5.820,00'],
      ['Jaar 2', '€ 49,71', '6', '€ 2.982,60'],
    ]);
    expect(await steps(page, id)).toMatchObject({ 'per-periode': '€ 485,00', 'jaar-1': '€ 5.820,00', 'jaar-2': '€ 2.982,60', totaal: '€ 8.802,60' });
    expect(await liveText(page, id)).toBe('Totaal over de hele duur: € 8.802,60.');
    expect(Object.fromEntries(query(page))).toEqual({ prijs: '€ 48,50', eenheid: 'dagdeel', aantal: '2,5', per: 'maand', duur: '18', clienten: '4', index: '2,5%' });
    await expectSameAfterReload(page, id);
    await expect(page.locator(`#${id}-eenheid-1`).isChecked()).resolves.toBe(true);
  });

  test('from the URL: the worked example exceeds a ceiling of € 150.000 in week 25 of year 2', async () => {
    const page = await open(`${path}?prijs=65&eenheid=uur&aantal=3&per=week&duur=78&clienten=10&index=3&plafond=150.000`);
    await expectResult(page, id);
    // Year 1: 65 × 3 × 52 × 10 = 101.400. Year 2: € 66,95 × 3 × 26 × 10 = 52.221. Total 153.621 = 102,4% of 150.000.
    // In year 2 a week costs 2.008,50; (150.000 − 101.400) ÷ 2.008,50 = 24,2 → week 25 of year 2, week 77 overall.
    expect(await highlights(page, id)).toEqual({
      'Totaal over de hele duur': '€ 153.621,00',
      'Aantal eenheden (uur), alle cliënten samen': '2.340',
      'Plafond gebruikt': '102,4%',
    });
    const verdict = page.locator(`#${id} .calc-verdict`);
    await expect(verdict.textContent()).resolves.toBe(
      'Het plafond van € 150.000,00 wordt bereikt in week 25 van jaar 2 (week 77 vanaf de start). Over de hele duur komt u € 3.621,00 boven het plafond.',
    );
    await expect(verdict.getAttribute('class')).resolves.toContain('calc-verdict--dekt-niet');
    expect(await tableRows(page, id, 'Per jaar')).toEqual([
      ['Jaar 1', '€ 65,00', '52', '€ 101.400,00'],
      ['Jaar 2', '€ 66,95', '26', '€ 52.221,00'],
    ]);
    expect(await liveText(page, id)).toBe(
      'Totaal over de hele duur: € 153.621,00. Het plafond van € 150.000,00 wordt bereikt in week 25 van jaar 2 (week 77 vanaf de start). Over de hele duur komt u € 3.621,00 boven het plafond.',
    );
    await expectSameAfterReload(page, id);
  });

  test('errors: required fields, an impossible quantity and an absurd total', async () => {
    const page = await open(path);
    await page.press(`#${id}-prijs`, 'Enter');
    await expectErrors(page, id, {
      prijs: 'Vul de prijs per eenheid in, bijvoorbeeld 65,00',
      aantal: 'Vul het aantal uur per week in, bijvoorbeeld 3',
      duur: 'Vul de duur in weken in, bijvoorbeeld 52',
    }, { summary: true });
    await followFirstErrorLink(page, id, 'prijs');

    const valid = await open(`${path}?prijs=65&aantal=3&duur=52`);
    await expectResult(valid, id);
    await valid.fill(`#${id}-aantal`, '200');
    await expectErrors(valid, id, { aantal: 'Het aantal uur per week mag niet groter zijn dan 168' }, { summary: false });
    await fill(valid, { [`#${id}-aantal`]: '168', [`#${id}-duur`]: '520', [`#${id}-clienten`]: '100.000' });
    await valid.press(`#${id}-clienten`, 'Enter');
    await expectErrors(valid, id, {
      clienten: 'De uitkomst wordt onwerkelijk groot (meer dan € 100.000.000.000). Controleer de prijs, het aantal, de duur en het aantal cliënten',
    }, { summary: true });
  });
});

describe('looptijd', () => {
  const id: CalculatorSlug = 'looptijd';
  const path = '/rekenhulpen/looptijd/';

  test('by hand: 4 years from 1 januari 2025 plus 3 × 3 years ends on 31 december 2037', async () => {
    const page = await open(path);
    await fill(page, { [`#${id}-start`]: '1 januari 2025', [`#${id}-looptijd`]: '4', [`#${id}-verlengingen`]: '3, 3, 3' });
    await page.press(`#${id}-verlengingen`, 'Enter');
    await expectFocus(page, `${id}-uitkomst`);
    await expectResult(page, id);
    expect(await highlights(page, id)).toEqual({
      'Einde van de eerste looptijd': '31 december 2028',
      'Uiterste einddatum, met alle verlengingen': '31 december 2037',
      'Totale looptijd': '13 jaar',
    });
    expect(await steps(page, id)).toEqual({
      initieel: '1 januari 2025 tot en met 31 december 2028',
      'verlenging-1': '1 januari 2029 tot en met 31 december 2031',
      'verlenging-2': '1 januari 2032 tot en met 31 december 2034',
      'verlenging-3': '1 januari 2035 tot en met 31 december 2037',
      'uiterste-einddatum': '31 december 2037',
      totaal: '13 jaar',
    });
    expect(await liveText(page, id)).toBe(
      'De eerste looptijd eindigt op 31 december 2028. Met alle verlengingen loopt het contract uiterlijk tot en met 31 december 2037: 13 jaar.',
    );
    await expect(page.locator(`#${id} .calc-timeline > li`).count()).resolves.toBe(4);
    await expect(page.locator(`#${id} .callout--let-op`).textContent()).resolves.toContain('artikel 2.140 van de Aanbestedingswet 2012');
    // The typed date goes into the URL as YYYY-MM-DD.
    expect(Object.fromEntries(query(page))).toEqual({ start: '2025-01-01', looptijd: '4', verlengingen: '3, 3, 3' });
    await expectSameAfterReload(page, id);
  });

  test(`from the URL: ?kader=${RIJK_VAN_NIJMEGEN} prefills the document → 31 december 2037`, async () => {
    const page = await open(`${path}?kader=${RIJK_VAN_NIJMEGEN}`);
    await expectResult(page, id);
    expect(await highlights(page, id)).toEqual({
      'Einde van de eerste looptijd': '31 december 2028',
      'Uiterste einddatum, met alle verlengingen': '31 december 2037',
      'Totale looptijd': '13 jaar',
    });
    await expect(page.locator(`#${id}-kader`).inputValue()).resolves.toBe(RIJK_VAN_NIJMEGEN);
    await expect(page.locator(`#${id}-start`).inputValue()).resolves.toBe('2025-01-01');
    await expect(page.locator(`#${id}-looptijd`).inputValue()).resolves.toBe('4');
    await expect(page.locator(`#${id}-verlengingen`).inputValue()).resolves.toBe('3, 3, 3');
    await expect(page.locator(`#${id} .calc-result p`).allTextContents()).resolves.toContainEqual(expect.stringMatching(/^Gegevens uit: Rijk van Nijmegen/));
    expect(query(page).get('kader')).toBe(RIJK_VAN_NIJMEGEN);
    await expectSameAfterReload(page, id);

    // Changing a prefilled value says so.
    await page.fill(`#${id}-verlengingen`, '3, 3');
    await poll(async () => (await highlights(page, id))['Uiterste einddatum, met alle verlengingen']).toBe('31 december 2034');
    await expect(page.locator(`#${id} .calc-result p`).allTextContents()).resolves.toContainEqual(expect.stringMatching(/^Eerst overgenomen uit, daarna aangepast: Rijk van Nijmegen/));
  });

  test('from the URL: start, 2,5 years and extensions "1;1" → 31 december 2030, 4 jaar en 6 maanden', async () => {
    const page = await open(`${path}?start=2026-07-01&looptijd=2,5&verlengingen=1;1`);
    expect(await highlights(page, id)).toEqual({
      'Einde van de eerste looptijd': '31 december 2028',
      'Uiterste einddatum, met alle verlengingen': '31 december 2030',
      'Totale looptijd': '4 jaar en 6 maanden',
    });
    await expectSameAfterReload(page, id);
  });

  test('choosing a document from the list fills the fields', async () => {
    const page = await open(path);
    await page.focus(`#${id}-kader`);
    await page.selectOption(`#${id}-kader`, RIJK_VAN_NIJMEGEN);
    await poll(() => page.locator(`#${id}-start`).inputValue()).toBe('2025-01-01');
    await poll(async () => query(page).get('kader')).toBe(RIJK_VAN_NIJMEGEN);
    await page.press(`#${id}-looptijd`, 'Enter');
    expect((await highlights(page, id))['Uiterste einddatum, met alle verlengingen']).toBe('31 december 2037');
  });

  test('errors: empty, a date that does not exist and an empty extension; an unknown document gives a notice', async () => {
    const page = await open(path);
    await page.press(`#${id}-start`, 'Enter');
    await expectErrors(page, id, {
      start: 'Vul de startdatum in, bijvoorbeeld 1-1-2025',
      looptijd: 'Vul de eerste looptijd in, bijvoorbeeld 4 (jaar)',
    }, { summary: true });
    await followFirstErrorLink(page, id, 'start');
    await fill(page, { [`#${id}-start`]: '31-2-2025', [`#${id}-looptijd`]: '4', [`#${id}-verlengingen`]: '3,,3' });
    await page.press(`#${id}-verlengingen`, 'Enter');
    await expectErrors(page, id, {
      start: 'De startdatum bestaat niet: die maand heeft geen dag 31',
      verlengingen: 'Zet tussen twee komma’s steeds een looptijd, bijvoorbeeld 3, 3, 3',
    }, { summary: true });

    const unknown = await open(`${path}?kader=bestaat-niet`);
    await expect(unknown.locator(`#${id} .calc-notice`).innerText()).resolves.toContain('Het kader uit de link is niet gevonden; het is genegeerd.');
  });
});

describe('sroi', () => {
  const id: CalculatorSlug = 'sroi';
  const path = '/rekenhulpen/sroi/';

  test('by hand: 5% of € 1.000.000 over 2,5 years → € 50.000, the last half year counts for half', async () => {
    const page = await open(path);
    await expect(page.getByLabel('De opdrachtwaarde').isChecked()).resolves.toBe(true);
    await expect(page.getByLabel('Voor de hele looptijd').isChecked()).resolves.toBe(true);
    await fill(page, { [`#${id}-waarde`]: '€ 1.000.000', [`#${id}-jaren`]: '2,5', [`#${id}-percentage`]: '5%' });
    await page.press(`#${id}-percentage`, 'Enter');
    await expectFocus(page, `${id}-uitkomst`);
    await expectResult(page, id);
    // 1.000.000 ÷ 2,5 = 400.000 a year; 5% = 20.000 a year; the half year 200.000 → 10.000.
    expect(await highlights(page, id)).toEqual({
      'SROI-verplichting over de hele looptijd': '€ 50.000,00',
      'Opdrachtwaarde over de looptijd': '€ 1.000.000,00',
    });
    expect(await tableRows(page, id, 'Per jaar')).toEqual([
      ['Jaar 1', '€ 400.000,00', '€ 20.000,00'],
      ['Jaar 2', '€ 400.000,00', '€ 20.000,00'],
      ['Jaar 3 (0,5 jaar)', '€ 200.000,00', '€ 10.000,00'],
    ]);
    expect(await steps(page, id)).toEqual({
      'grondslag-per-jaar': '€ 400.000,00', 'verplichting-per-jaar': '€ 20.000,00', 'grondslag-totaal': '€ 1.000.000,00', 'verplichting-totaal': '€ 50.000,00',
    });
    expect(await liveText(page, id)).toBe('SROI-verplichting over de looptijd: € 50.000,00.');
    expect(Object.fromEntries(query(page))).toEqual({ waarde: '€ 1.000.000', percentage: '5%', grondslag: 'opdrachtwaarde', 'waarde-per': 'looptijd', jaren: '2,5' });
    await expectSameAfterReload(page, id);
  });

  test(`from the URL: ?kader=${KAMPEN} prefills the Kampen variant (2% of revenue, 0,5% via MVO)`, async () => {
    // Kampen fixes no term ("maximaal 48 maanden, mogelijk langer"), so the years are the user's own: 4 here.
    const page = await open(`${path}?kader=${KAMPEN}&waarde=400.000&jaren=4`);
    await expectResult(page, id);
    // € 400.000 revenue a year for 4 years: 2% = 8.000 a year, of which 0,5% = 2.000 via MVO and 6.000 otherwise.
    expect(await highlights(page, id)).toEqual({
      'SROI-verplichting over de hele looptijd': '€ 32.000,00',
      'Waarvan minstens via het MVO-bouwblok': '€ 8.000,00',
      'Omzet over de looptijd': '€ 1.600.000,00',
    });
    const year = ['€ 400.000,00', '€ 8.000,00', '€ 2.000,00', '€ 6.000,00'];
    expect(await tableRows(page, id, 'Per jaar')).toEqual([1, 2, 3, 4].map((n) => [`Jaar ${n}`, ...year]));
    await expect(page.locator(`#${id}-kader`).inputValue()).resolves.toBe(`${KAMPEN}:1`);
    await expect(page.getByLabel('De gefactureerde omzet').isChecked()).resolves.toBe(true);
    await expect(page.getByLabel('Per jaar', { exact: true }).isChecked()).resolves.toBe(true);
    await expect(page.locator(`#${id}-percentage`).inputValue()).resolves.toBe('2');
    await expect(page.locator(`#${id}-mvo`).inputValue()).resolves.toBe('0,5');
    await expect(page.locator(`#${id}-jaren`).inputValue()).resolves.toBe('4');
    await expect(page.locator(`#${id} .calc-result p`).allTextContents()).resolves.toContainEqual(expect.stringMatching(/^Regel uit: Kampen/));
    expect(await liveText(page, id)).toBe('SROI-verplichting over de looptijd: € 32.000,00.');
    await expectSameAfterReload(page, id);
  });

  test('from the URL: 5% of a contract value of € 250.000 for one year is € 12.500', async () => {
    const page = await open(`${path}?waarde=250.000&percentage=5&grondslag=opdrachtwaarde`);
    expect((await highlights(page, id))['SROI-verplichting over de hele looptijd']).toBe('€ 12.500,00');
    await expectSameAfterReload(page, id);
  });

  test('errors: a document alone still needs the value; MVO above the percentage; negative and too long', async () => {
    const page = await open(`${path}?kader=${KAMPEN}`);
    // Kampen's rule is over revenue: the value field is called "Omzet".
    await expectErrors(page, id, { waarde: 'Vul de waarde in euro in, bijvoorbeeld 500.000' }, { summary: false, labels: { waarde: 'Omzet' } });
    await page.fill(`#${id}-waarde`, '400.000');
    await expectResult(page, id);
    await page.fill(`#${id}-mvo`, '3');
    await expectErrors(page, id, { mvo: 'Het MVO-deel mag niet groter zijn dan het SROI-percentage (2%)' }, { summary: false });
    await page.press(`#${id}-mvo`, 'Enter');
    await expectErrors(page, id, { mvo: 'Het MVO-deel mag niet groter zijn dan het SROI-percentage (2%)' }, { summary: true });
    await followFirstErrorLink(page, id, 'mvo');

    const empty = await open(path);
    await empty.getByRole('button', { name: 'Bereken' }).click();
    await expectErrors(empty, id, {
      waarde: 'Vul de waarde in euro in, bijvoorbeeld 500.000',
      percentage: 'Vul het SROI-percentage in, bijvoorbeeld 2',
    }, { summary: true });
    await fill(empty, { [`#${id}-waarde`]: '-5', [`#${id}-percentage`]: '0', [`#${id}-jaren`]: '25' });
    await empty.press(`#${id}-jaren`, 'Enter');
    await expectErrors(empty, id, {
      waarde: 'De waarde mag niet negatief zijn',
      percentage: 'Het SROI-percentage moet groter zijn dan 0%',
      jaren: 'De looptijd in jaren mag niet groter zijn dan 20 jaar',
    }, { summary: true });
  });
});

describe('eigen bijdrage', () => {
  const id: CalculatorSlug = 'eigen-bijdrage';
  const path = '/rekenhulpen/eigen-bijdrage/';

  test('the reference data says how old its source is, and that the site does not know whether the announced change happened', async () => {
    const page = await open(path);
    const main = await page.locator('main').innerText();
    // The page is built after 1 januari 2026 (the expected start the source gave), so it must say that date has passed.
    const made = /deze pagina is gemaakt op (\d{1,2} [a-z]+ \d{4})/.exec(main)?.[1];
    expect(made, 'the page names the day it was made').toBeDefined();
    expect(main).toContain('De bron is van 21 juni 2024. Toen deze pagina werd gemaakt, op');
    expect(main).toMatch(/was die \d+ jaar( en \d+ maand(en)?)? oud\./);
    await expect(page.locator('[data-announcement-timing]').textContent()).resolves.toBe(
      `Volgens de bron zou dit ingaan op 1 januari 2026. Die datum is voorbij (deze pagina is gemaakt op ${made}). Of de wijziging echt is ingegaan, weet deze site niet: geen bron op deze site zegt het. Vraag het na bij uw gemeente of het CAK.`,
    );
    await expect(page.locator('#aankondiging-inkomensafhankelijke-eigen-bijdrage + p .badge').textContent()).resolves.toBe('Aangekondigd volgens de bron (21 juni 2024)');
    // Never a claim the sources do not make.
    expect(main).not.toContain('nog niet ingevoerd');
    // ("Tot die wijziging echt is ingevoerd, geldt …" is the source's condition, not a claim.)
    expect(main).not.toMatch(/(?<!echt )is (inmiddels )?ingevoerd|is ingegaan\./);
  });

  test('by hand: € 20,60 a month in 2024, 6 months → € 123,60; empty is a whole year', async () => {
    const page = await open(path);
    await page.getByLabel('Aantal maanden met ondersteuning in dat jaar').fill('6');
    await page.press(`#${id}-maanden`, 'Enter');
    await expectFocus(page, `${id}-uitkomst`);
    await expectResult(page, id);
    expect(await highlights(page, id)).toEqual({ 'Abonnementstarief per maand in 2024': '€ 20,60', 'Samen voor 6 maanden': '€ 123,60' });
    expect(await steps(page, id)).toEqual({ 'per-maand': '€ 20,60 per maand', maanden: '6', totaal: '€ 123,60' });
    expect(await liveText(page, id)).toBe('In 2024 is het abonnementstarief € 20,60 per maand. Voor 6 maanden is dat € 123,60.');
    expect(Object.fromEntries(query(page))).toEqual({ jaar: '2024', maanden: '6' });
    await expectSameAfterReload(page, id);

    await page.fill(`#${id}-maanden`, '');
    // 12 × € 20,60 = € 247,20.
    await poll(() => highlights(page, id)).toEqual({ 'Abonnementstarief per maand in 2024': '€ 20,60', 'Samen voor 12 maanden': '€ 247,20' });
  });

  test('from the URL: 3 months in 2024 → € 61,80', async () => {
    const page = await open(`${path}?jaar=2024&maanden=3`);
    await expectResult(page, id);
    expect(await highlights(page, id)).toEqual({ 'Abonnementstarief per maand in 2024': '€ 20,60', 'Samen voor 3 maanden': '€ 61,80' });
    await expectSameAfterReload(page, id);
  });

  test('errors: a year without a sourced amount, 13 months and text', async () => {
    const page = await open(`${path}?jaar=2023`);
    await expectErrors(page, id, { jaar: 'Voor 2023 hebben we nog geen bedrag met een bron. Wel voor: 2024' }, { summary: false });
    // The year can be corrected by hand: the known years are offered as radio buttons.
    // (Once the year is known the radio buttons give way to a sentence, so click rather than check.)
    await page.getByLabel('2024', { exact: true }).click();
    await expectResult(page, id);
    expect((await highlights(page, id))['Samen voor 12 maanden']).toBe('€ 247,20');
    await page.fill(`#${id}-maanden`, '13');
    await page.press(`#${id}-maanden`, 'Enter');
    await expectErrors(page, id, { maanden: 'Het aantal maanden mag niet groter zijn dan 12' }, { summary: true });
    await followFirstErrorLink(page, id, 'maanden');
    await page.fill(`#${id}-maanden`, 'twee');
    await page.press(`#${id}-maanden`, 'Enter');
    await expectErrors(page, id, { maanden: 'Vul alleen cijfers in, met een komma voor decimalen, bijvoorbeeld 12' }, { summary: true });
  });
});

describe('segment (Kampen)', () => {
  const id: CalculatorSlug = 'segment';
  const path = '/rekenhulpen/segment/';
  const cards = (page: Page) => page.locator(`#${id} .card-list h3`).allTextContents();

  test('by hand: born 15-5-1960, on 1 januari 2026 → tijdelijk or structureel; the birth date stays out of the address bar', async () => {
    const page = await open(path);
    await page.getByLabel('Geboortedatum').fill('15-5-1960');
    await page.fill(`#${id}-peildatum`, '1 januari 2026');
    await page.press(`#${id}-peildatum`, 'Enter');
    await expectFocus(page, `${id}-uitkomst`);
    await expectResult(page, id);
    await expect(cards(page)).resolves.toEqual(['Segment tijdelijk', 'Segment structureel']);
    // Born in 1960: AOW age 67, so on 15 mei 2027.
    expect(await steps(page, id)).toEqual({ leeftijd: '65 jaar en 7 maanden', 'aow-leeftijd': '67 jaar, op 15 mei 2027', 'aow-bereikt': 'Nee' });
    expect(await liveText(page, id)).toBe(
      'Op 1 januari 2026 passen naar leeftijd de segmenten tijdelijk en structureel. Welk segment het wordt, hangt af van het doel van de ondersteuning; dat bepaalt de gemeente.',
    );
    expect(Object.fromEntries(query(page))).toEqual({ kader: KAMPEN, peildatum: '1 januari 2026' });
  });

  test('from the URL: born 1950 → ouderen; the shared link works again, the address bar drops the birth date', async () => {
    const shared = `${path}?geboortedatum=1950-01-01&peildatum=2026-01-01`;
    const page = await open(shared);
    await expectResult(page, id);
    await expect(cards(page)).resolves.toEqual(['Segment ouderen']);
    expect(await steps(page, id)).toEqual({ leeftijd: '76 jaar', 'aow-leeftijd': '65 jaar en 3 maanden, op 1 april 2015', 'aow-bereikt': 'Ja' });
    expect(query(page).has('geboortedatum')).toBe(false);
    const again = await open(shared);
    await expect(cards(again)).resolves.toEqual(['Segment ouderen']);
    expect(await steps(again, id)).toEqual(await steps(page, id));
  });

  test('the reference date defaults to today (clock fixed at 15 maart 2026); under 18 fits no segment', async () => {
    const page = await open(`${path}?geboortedatum=1-1-1990`, { fixedNow: '2026-03-15T12:00:00+01:00' });
    expect((await steps(page, id)).leeftijd).toBe('36 jaar en 2 maanden');
    await expect(cards(page)).resolves.toEqual(['Segment tijdelijk', 'Segment structureel']);
    await page.fill(`#${id}-geboortedatum`, '1-6-2010');
    await poll(() => cards(page)).toEqual([]);
    expect(await liveText(page, id)).toContain('jonger dan 18');
  });

  test('errors: empty, born after the reference date, a day that does not exist', async () => {
    const page = await open(path);
    await page.getByRole('button', { name: 'Bekijk het segment' }).click();
    await expectErrors(page, id, { geboortedatum: 'Vul de geboortedatum in, bijvoorbeeld 1-1-2025' }, { summary: true });
    await followFirstErrorLink(page, id, 'geboortedatum');
    await fill(page, { [`#${id}-geboortedatum`]: '1-1-1990', [`#${id}-peildatum`]: '32-1-2026' });
    await page.press(`#${id}-peildatum`, 'Enter');
    await expectErrors(page, id, { peildatum: 'De peildatum bestaat niet: die maand heeft geen dag 32' }, { summary: true });
    await fill(page, { [`#${id}-geboortedatum`]: '1-1-2020', [`#${id}-peildatum`]: '1 januari 2019' });
    await page.press(`#${id}-peildatum`, 'Enter');
    await expectErrors(page, id, { geboortedatum: 'De geboortedatum ligt na de peildatum (1 januari 2019)' }, { summary: true });
  });
});

// ------------------------------------------------------ hostile links

interface HostileCase {
  /** A field whose value is checked for its shape: the script is ignored with a notice. */
  readonly checked: string;
  /** A field without a shape check (free text): the script must appear as text in the field. */
  readonly freeText?: string;
  readonly repeated: string;
  readonly long: string;
}

const HOSTILE: Record<CalculatorName, HostileCase> = {
  'reele-prijs': { checked: 'salaris', repeated: 'uren', long: 'tarief' },
  indexatie: { checked: 'ova-voorlopig', repeated: 'gewicht-ova', long: 'tarief' },
  budget: { checked: 'eenheid', repeated: 'prijs', long: 'plafond' },
  looptijd: { checked: 'start', freeText: 'start', repeated: 'looptijd', long: 'verlengingen' },
  sroi: { checked: 'grondslag', repeated: 'waarde', long: 'percentage' },
  'eigen-bijdrage': { checked: 'jaar', repeated: 'maanden', long: 'maanden' },
  segment: { checked: 'geboortedatum', repeated: 'peildatum', long: 'peildatum' },
};

const SCRIPT = '<script>alert(1)</script>';
const IMG = '<img src=x onerror=alert(1)>';

describe('hostile links', () => {
  test.each(calculatorSlugs)('/rekenhulpen/%s/: script tags, long and repeated values are text or ignored with a notice', async (name) => {
    const id = name;
    const c = HOSTILE[name];
    const params = new URLSearchParams();
    params.append(c.checked, c.freeText === c.checked ? SCRIPT : `1${SCRIPT}`);
    params.append(c.repeated, '1');
    params.append(c.repeated, '2');
    if (c.long !== c.repeated) params.append(c.long, '9'.repeat(500));
    params.append(IMG, '1');
    params.append('kader', SCRIPT);
    // An injected script or onerror handler would open an alert: afterEach fails on any dialog.
    const page = await open(`/rekenhulpen/${name}/?${params.toString()}`);
    const notice = page.locator(`#${id} .calc-notice`);
    await expect(notice.isVisible()).resolves.toBe(true);
    await expect(notice.getAttribute('role')).resolves.toBe('status');
    const lines = await notice.locator('li').allTextContents();
    expect(lines).toContain(`‘${c.repeated}’ uit de link is dubbel: die kwam vaker voor; alleen de eerste keer telt.`);
    expect(lines).toContain(`‘${IMG}’ uit de link is genegeerd: deze rekenhulp kent die niet.`);
    expect(lines).toContain('Het kader uit de link is niet gevonden; het is genegeerd.');
    if (c.long !== c.repeated) expect(lines).toContain(`‘${c.long}’ uit de link is genegeerd: de waarde is te lang.`);
    if (c.freeText === c.checked) {
      // Accepted as text: shown in the field as typed, and refused by the calculator.
      await expect(page.locator(`#${id}-${c.checked}`).inputValue()).resolves.toBe(SCRIPT);
      await expect(page.locator(`#${id}-${c.checked}-error`).count()).resolves.toBe(1);
    } else {
      expect(lines).toContain(`‘${c.checked}’ uit de link is genegeerd: de waarde heeft niet de goede vorm.`);
    }
    // Nothing from the link became markup or ran.
    await expect(page.locator('main img[src="x"], .calc script').count()).resolves.toBe(0);
    // Only accepted values are written back to the address bar.
    if (c.freeText === undefined) expect(page.url()).not.toMatch(/script|onerror|%3C/i);
    expect(page.url()).not.toMatch(/onerror|img/i);
    expect(query(page).get(c.repeated) ?? '1').toBe('1');
  });

  test('a link with very many parameters: the rest is skipped with a notice', async () => {
    const params = new URLSearchParams({ prijs: '65', aantal: '3', duur: '52' });
    for (let i = 0; i < 80; i += 1) params.append(`x${i}`, String(i));
    const page = await open(`/rekenhulpen/budget/?${params.toString()}`);
    const lines = await page.locator('#budget .calc-notice li').allTextContents();
    expect(lines.at(-1)).toBe('Niet alles uit de link is gebruikt: de link bevat te veel gegevens; de rest is overgeslagen.');
    expect((await highlights(page, 'budget'))['Totaal over de hele duur']).toBe('€ 10.140,00');
    expect([...query(page).keys()].some((key) => key.startsWith('x'))).toBe(false);
  });
});

// -------------------------------------------------------- Kopieer link

const SHARED: Record<CalculatorName, string> = {
  'reele-prijs': '?salaris=2.800&uren=32&niet-productief=20&overhead=10&tarief=25',
  indexatie: '?ova-vorig-voorlopig=3&ova-vorig-definitief=3,5&pcc-vorig-voorlopig=2&pcc-vorig-definitief=2,4&ova-voorlopig=4&pcc-voorlopig=2,5&tarief=65',
  budget: '?prijs=65&aantal=3&duur=78&clienten=10&index=3&plafond=150.000',
  looptijd: `?kader=${RIJK_VAN_NIJMEGEN}`,
  sroi: `?kader=${KAMPEN}&waarde=400.000`,
  'eigen-bijdrage': '?jaar=2024&maanden=3',
  segment: '?geboortedatum=1950-01-01&peildatum=2026-01-01',
};

describe('Kopieer link', () => {
  test.each(calculatorSlugs)('/rekenhulpen/%s/: copies a link that opens the same result', async (name) => {
    const id = name;
    const page = await open(`/rekenhulpen/${name}/${SHARED[name]}`, { clipboard: true });
    await expectResult(page, id);
    const before = await snapshot(page, id);
    await page.getByRole('button', { name: 'Kopieer link' }).press('Enter');
    await poll(() => page.locator(`#${id} .calc-copy__status`).textContent()).toBe('Link gekopieerd');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied.startsWith(`${baseUrl}/rekenhulpen/${name}/?`)).toBe(true);
    if (name === 'segment') {
      // The birth date only travels in a link copied on purpose.
      expect(new URL(copied).searchParams.get('geboortedatum')).toBe('1950-01-01');
      expect(query(page).has('geboortedatum')).toBe(false);
    } else {
      expect(copied).toBe(page.url());
    }
    const opened = await open(copied);
    await expectResult(opened, id);
    expect(await snapshot(opened, id)).toEqual(before);
  });

  test('without clipboard access the link is shown in a field, selected, to copy by hand', async () => {
    const page = await open(`/rekenhulpen/sroi/${SHARED.sroi}`, {
      init: () => {
        Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) } });
      },
    });
    await page.getByRole('button', { name: 'Kopieer link' }).click();
    await poll(() => page.locator('#sroi .calc-copy__status').textContent()).toBe('Kopiëren lukte niet. Selecteer de link hieronder en kopieer hem zelf.');
    const field = page.getByLabel('Link naar deze berekening');
    await expect(field.inputValue()).resolves.toBe(page.url());
    await page.waitForFunction(() => {
      const input = document.getElementById('sroi-link') as HTMLInputElement | null;
      return input !== null && input.selectionStart === 0 && input.selectionEnd === input.value.length;
    });
  });
});
