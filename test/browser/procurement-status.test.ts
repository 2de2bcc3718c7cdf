/**
 * "Stand van zaken" first (issue 14): document pages, place pages and
 * self-checks open with where the procurement stands on the visitor's date,
 * computed in the browser. The clock is fixed per test (Playwright page.clock).
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchBrowser } from './browser.ts';

const baseUrl = inject('baseUrl');

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const KAMPEN = '/kaders/kampen-wmo-segmenten-2024/';
const BLOK_B = '/kaders/regio-nijmegen-blok-b-2018/';
const NIJMEGEN = '/kaders/rijk-van-nijmegen-wmo-ambulant-2025/';
const ZORGREGIO = '/kaders/zorgregio-midden-ijssel-oost-veluwe-2026/';

/** Opens a page with the clock fixed at noon in Amsterdam on `date`. */
async function openOn(path: string, date: string): Promise<Page> {
  const page = await browser.newPage();
  await page.clock.setFixedTime(new Date(`${date}T12:00:00+01:00`));
  const response = await page.goto(`${baseUrl}${path}`);
  expect(response?.status(), path).toBe(200);
  await page.waitForFunction(() => [...document.querySelectorAll('[data-procurement-status]')].every((b) => (b as HTMLElement).dataset.phase));
  return page;
}

/** The status text of the first status block, and the phase the script computed. */
async function firstStatus(page: Page): Promise<{ text: string; phase: string; date: string }> {
  return page.locator('[data-procurement-status]').first().evaluate((block) => ({
    text: block.querySelector('[data-status-text]')!.textContent!.trim(),
    phase: (block as HTMLElement).dataset.phase!,
    date: block.querySelector('[data-status-date]')!.textContent!.trim(),
  }));
}

describe('on 29 November 2026 the closed procurements say so first', () => {
  const today = '2026-11-29';

  test('Kampen: the page opens with the status: closed since the planned award, the planned contract runs with no determinable end', async () => {
    const page = await openOn(KAMPEN, today);
    // The status is the first section after the title, before the summary.
    const order = await page.locator('article h1 ~ section').evaluateAll((sections) => sections.map((s) => s.className));
    expect(order[0]).toContain('procurement-status');
    const status = await firstStatus(page);
    expect(status.phase).toBe('contract');
    expect(status.date).toBe('Stand op 29 november 2026');
    expect(status.text).toBe(
      'Het contract loopt sinds 1 januari 2026 (gepland); einde niet te bepalen (de looptijd ligt niet vast, langer is mogelijk). Meedoen kan niet meer: deze inkoop is gesloten sinds uiterlijk de gunning, verwacht in Q4 2024.',
    );
    await page.close();
  });

  test('Kampen self-check starts by saying the procurement is closed and what the check shows', async () => {
    const page = await openOn(`${KAMPEN}toets/`, today);
    const first = await page.locator('.self-check > section').first().getAttribute('class');
    expect(first).toContain('procurement-status');
    const status = await firstStatus(page);
    expect(status.text).toContain('Deze inkoop is gesloten sinds uiterlijk de gunning, verwacht in Q4 2024; de check laat zien wat er toen gevraagd werd.');
    // The status comes before the check itself.
    const before = await page.evaluate(() => {
      const block = document.querySelector('[data-procurement-status]')!;
      const check = document.querySelector('.sc, .sc-checklist')!;
      return Boolean(block.compareDocumentPosition(check) & Node.DOCUMENT_POSITION_FOLLOWING);
    });
    expect(before).toBe(true);
    await page.close();
  });

  test('Blok B page and self-check: afgelopen, closed since the planned start in 2018, and a link to what follows it', async () => {
    for (const path of [BLOK_B, `${BLOK_B}toets/`]) {
      const page = await openOn(path, today);
      const status = await firstStatus(page);
      expect(status.phase, path).toBe('afgelopen');
      expect(status.text, path).toContain('Afgelopen: het contract liep uiterlijk tot en met 2024 (gepland).');
      expect(status.text, path).toContain(path.endsWith('toets/')
        ? 'Deze inkoop is gesloten sinds uiterlijk de start van het contract in 2018 (gepland); de check laat zien wat er toen gevraagd werd.'
        : 'Meedoen kan niet meer: deze inkoop is gesloten sinds uiterlijk de start van het contract in 2018 (gepland).');
      const next = page.locator('[data-procurement-status] .procurement-status__next').first();
      await expect(next.textContent()).resolves.toContain('volgt deze inkoop op voor Wmo-begeleiding en dagbesteding');
      await expect(next.locator('a').first().getAttribute('href')).resolves.toBe(NIJMEGEN);
      await page.close();
    }
  });

  test('the later Nijmegen framework says what it follows, and its contract runs with its ends', async () => {
    const page = await openOn(NIJMEGEN, today);
    const status = await firstStatus(page);
    expect(status.text).toBe('Het contract loopt sinds 1 januari 2025 (tot en met 31 december 2028, verlengbaar tot en met 31 december 2037). Meedoen kan niet meer: deze inkoop is gesloten sinds juni 2024 (gepland).');
    await expect(page.locator('[data-procurement-status] .procurement-status__next').textContent()).resolves.toContain('Volgt op: Regio Nijmegen: inkoopkader Wmo en jeugdhulp blok B 2018, voor Wmo-begeleiding en dagbesteding');
    await page.close();
  });
});

describe('each status, with the clock fixed', () => {
  test.each([
    [NIJMEGEN, '2024-01-15', 'voorbereiding', 'In voorbereiding; volgende stap: Marktconsultatie met zorgaanbieders (februari 2024, gepland); daarna inschrijving vanaf 23 april 2024 tot en met juni 2024 (gepland).'],
    [NIJMEGEN, '2024-02-10', 'consultatie', 'Consultatie open tot en met februari 2024 (gepland).'],
    [NIJMEGEN, '2024-05-01', 'inschrijving', 'Inschrijving open tot en met juni 2024 (gepland); het contract start op 1 januari 2025.'],
    [ZORGREGIO, '2025-03-01', 'inschrijving', 'Aanmelding open tot en met juli 2025 (gepland); het contract start op 1 januari 2026 (gepland).'],
    [KAMPEN, '2024-11-15', 'gesloten', 'Gesloten, gunning verwacht in Q4 2024; het contract start op 1 januari 2026 (gepland). Meedoen kan niet meer: deze inkoop is gesloten sinds uiterlijk de gunning, verwacht in Q4 2024.'],
    [BLOK_B, '2021-06-01', 'contract', 'Het contract loopt sinds 2018 (gepland); de eerste looptijd liep tot en met 2020, met verlengingen loopt het uiterlijk tot en met 2024. Meedoen kan niet meer: deze inkoop is gesloten sinds uiterlijk de start van het contract in 2018 (gepland).'],
    [BLOK_B, '2025-01-01', 'afgelopen', 'Afgelopen: het contract liep uiterlijk tot en met 2024 (gepland). Meedoen kan niet meer: deze inkoop is gesloten sinds uiterlijk de start van het contract in 2018 (gepland).'],
  ])('%s on %s: %s', async (path, date, phase, text) => {
    const page = await openOn(path, date);
    const status = await firstStatus(page);
    expect(status.phase).toBe(phase);
    expect(status.text).toBe(text);
    await page.close();
  });
});

describe('place pages open with the status of each document', () => {
  test.each([
    ['/gemeenten/kampen/', [KAMPEN]],
    ['/regios/rijk-van-nijmegen/', [NIJMEGEN, BLOK_B]],
  ])('%s', async (path, documents) => {
    const page = await openOn(path, '2026-11-29');
    // The status section comes right after the introduction, before the list of documents.
    const headings = await page.locator('main h2').allTextContents();
    expect(headings.indexOf('Stand van zaken')).toBeLessThan(headings.indexOf('Documenten'));
    const blocks = await page.locator('[data-procurement-status]').evaluateAll((els) =>
      els.map((b) => ({ href: b.querySelector('h3 a')?.getAttribute('href'), phase: (b as HTMLElement).dataset.phase, text: b.querySelector('[data-status-text]')!.textContent })),
    );
    for (const slug of documents) {
      const block = blocks.find((b) => b.href === slug);
      expect(block, slug).toBeDefined();
      expect(block!.text).toContain('Meedoen kan niet meer');
    }
    await page.close();
  });
});

describe('without JavaScript', () => {
  test('the dated list is readable and no stale status is shown', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${baseUrl}${KAMPEN}`);
    const block = page.locator('[data-procurement-status]').first();
    await expect(block.locator('[data-status-text]').textContent()).resolves.toBe('Waar deze inkoop vandaag staat, leest u af aan de datums hieronder.');
    const dates = await block.locator('.procurement-status__dates li').allTextContents();
    expect(dates.join('\n')).toContain('Q4 2024 (gepland): Definitieve gunning segment ouderen');
    expect(dates.join('\n')).toContain('Contract: start op 1 januari 2026 (gepland); einde niet te bepalen');
    // The reserved texts are invisible, not read out.
    const visibleSizers = await block.locator('.procurement-status__sizer').evaluateAll((els) => els.filter((e) => getComputedStyle(e).visibility !== 'hidden').length);
    expect(visibleSizers).toBe(0);
    await context.close();
  });
});
