/** Every page type loads in a real browser and its main interaction works. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchBrowser } from './browser.ts';

const baseUrl = inject('baseUrl');
const distDir = inject('distDir');
const api = JSON.parse(readFileSync(join(distDir, 'api/kaders.json'), 'utf8')) as { kaders: { slug: string; title: string; municipalities: string[] }[] };

let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function open(path: string, fixedNow?: string): Promise<Page> {
  page = await browser.newPage();
  if (fixedNow) await page.clock.setFixedTime(new Date(fixedNow));
  const response = await page.goto(`${baseUrl}${path}`);
  expect(response?.status(), path).toBe(200);
  return page;
}

describe('page types', () => {
  test('home links to every document', async () => {
    await open('/');
    await expect(page.locator('h1').textContent()).resolves.toContain('Wmo-inkoop van gemeenten');
    await expect(page.title()).resolves.toContain('Inkoopwijzer');
    await page.close();
  });

  test('/kaders/ lists every document', async () => {
    await open('/kaders/');
    const hrefs = await page.locator('main a[href^="/kaders/"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    for (const kader of api.kaders) expect(hrefs, kader.slug).toContain(`/kaders/${kader.slug}/`);
    await page.close();
  });

  test.each(api.kaders.map((k) => [k.slug, k.title] as const))('document page /kaders/%s/ shows its title', async (slug, title) => {
    await open(`/kaders/${slug}/`);
    await expect(page.locator('h1').first().textContent()).resolves.toContain(title.slice(0, 30));
    await page.close();
  });

  test('an unknown address gets the 404 page with status 404', async () => {
    page = await browser.newPage();
    const response = await page.goto(`${baseUrl}/bestaat-niet/`);
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1').textContent()).resolves.toBe('Pagina niet gevonden');
    await page.close();
  });
});

describe('/planning/', () => {
  const today = '2025-03-15';
  // The overview is split into parts per region (src/data/overviews.ts); this region has several documents and years.
  const part = '/planning/rijk-van-nijmegen/';

  test('shows Afgerond, Loopt nu and Gepland relative to today (clock fixed at 15 March 2025)', async () => {
    await open(part, `${today}T12:00:00+01:00`);
    const items = await page.locator('li[data-start][data-end]').evaluateAll((els) =>
      els.map((el) => ({ start: el.getAttribute('data-start')!, end: el.getAttribute('data-end')!, label: el.querySelector('[data-status-label]')?.textContent ?? '' })),
    );
    expect(items.length).toBeGreaterThan(10);
    for (const item of items) {
      const expected = item.end < today ? 'Afgerond' : item.start <= today ? 'Loopt nu' : 'Gepland';
      expect(item.label, `${item.start}/${item.end}`).toBe(expected);
    }
    expect(new Set(items.map((i) => i.label))).toEqual(new Set(['Afgerond', 'Loopt nu', 'Gepland']));
    await expect(page.locator('[data-today]').textContent()).resolves.toBe('Vandaag: 15 maart 2025');
    // "Today" also has its place in the list: right before the first item that is not finished.
    const marker = page.locator('li.today-marker');
    await expect(marker.count()).resolves.toBe(1);
    await expect(marker.textContent()).resolves.toBe('Vandaag: 15 maart 2025');
    const next = await marker.evaluate((li) => (li.nextElementSibling as HTMLElement | null)?.dataset.status);
    expect(next).not.toBe('afgerond');
    await page.close();
  });

  test('what runs now or comes next is listed first, what passed after it, the latest first (clock fixed at 15 March 2025)', async () => {
    await open('/planning/rijk-van-nijmegen/', `${today}T12:00:00+01:00`);
    await expect(page.locator('[data-upcoming]').isVisible()).resolves.toBe(true);
    const order = await page.locator('[data-upcoming-first] li[data-start][data-end]').evaluateAll((els) =>
      els.filter((el) => !el.closest('[hidden]')).map((el) => ({ start: el.getAttribute('data-start')!, end: el.getAttribute('data-end')!, upcoming: !!el.closest('[data-upcoming]') })),
    );
    const upcoming = order.filter((i) => i.upcoming);
    const past = order.filter((i) => !i.upcoming);
    expect(upcoming.length).toBeGreaterThan(0);
    expect(past.length).toBeGreaterThan(0);
    // Upcoming first in the page, then the past.
    expect(order.slice(0, upcoming.length).every((i) => i.upcoming)).toBe(true);
    for (const i of upcoming) expect(i.end >= today, `${i.start}/${i.end}`).toBe(true);
    for (const i of past) expect(i.end < today, `${i.start}/${i.end}`).toBe(true);
    expect(upcoming.map((i) => i.start)).toEqual([...upcoming.map((i) => i.start)].sort());
    // The past: the latest year first.
    const pastYears = past.map((i) => Number(i.start.slice(0, 4)));
    expect(pastYears).toEqual([...pastYears].sort((a, b) => b - a));
    await page.close();
  });

  test('the index links to a part per region; together the parts hold every item of /api/planning.json, each under its own region', async () => {
    const all = (JSON.parse(readFileSync(join(distDir, 'api/planning.json'), 'utf8')) as { items: { id: string; regionId: string }[] }).items;
    await open('/planning/');
    const parts = await page.locator('nav[aria-label="Delen van dit overzicht"] a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
    await expect(page.locator('li[data-region]').count(), 'the index itself is small: no list').resolves.toBe(0);
    expect(parts.length).toBeGreaterThan(1);
    await page.close();
    const seen: string[] = [];
    for (const href of parts) {
      await open(href);
      const region = href.split('/')[2]!;
      const items = await page.locator('li[data-region]').evaluateAll((els) => els.map((el) => ({ id: el.id, region: el.getAttribute('data-region') })));
      for (const item of items) expect(item.region, `${href} ${item.id}`).toBe(region);
      seen.push(...items.map((i) => i.id));
      await page.close();
    }
    expect(seen.sort()).toEqual(all.map((i) => i.id).sort());
  });

  test('filtering a region by year hides other items and updates the URL; the other regions are links', async () => {
    await open(part);
    const form = page.locator('form[data-planning-filters]');
    await expect(form.isVisible()).resolves.toBe(true);
    const all = await page.locator('li[data-region]').count();
    // The region filter became links to the other parts.
    const others = await page.locator('nav[aria-label="Delen van dit overzicht"] a[href^="/planning/"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(others).toEqual(expect.arrayContaining(['/planning/', '/planning/kampen/']));
    // A year in which the region has something, but not its only year.
    const years = await page.locator('li[data-region]').evaluateAll((els) => [...new Set(els.flatMap((el) => el.getAttribute('data-years')!.split(' ')))].sort());
    const year = years[Math.floor(years.length / 2)];
    await page.selectOption('#filter-jaar', year!);
    expect(new URL(page.url()).searchParams.get('jaar')).toBe(year);
    const visible = await page.locator('li[data-region]:visible').evaluateAll((els) => els.map((el) => el.getAttribute('data-years')!.split(' ')));
    expect(visible.length).toBeGreaterThan(0);
    expect(visible.length).toBeLessThan(all);
    for (const itemYears of visible) expect(itemYears).toContain(year);
    await expect(page.locator('[data-filter-count]').textContent()).resolves.toBe(`${visible.length} van de ${all} onderdelen getoond`);

    // The shared URL restores the same view.
    const shared = page.url();
    await page.close();
    await open(new URL(shared).pathname + new URL(shared).search);
    await expect(page.locator('#filter-jaar').inputValue()).resolves.toBe(year);
    await expect(page.locator('li[data-region]:visible').count()).resolves.toBe(visible.length);
    await page.close();
  });
});

describe('/percelen/', () => {
  test('which lots could I offer in Heumen? Choosing Heumen shows only lots that include Heumen', async () => {
    // The overview is split per region; Heumen is in Rijk van Nijmegen, and its municipality page links there.
    await open('/gemeenten/heumen/');
    const link = await page.locator('main a[href^="/percelen/"]').getAttribute('href');
    expect(link).toBe('/percelen/rijk-van-nijmegen/?gemeente=heumen');
    await page.close();
    await open('/percelen/rijk-van-nijmegen/');
    const all = await page.locator('tr[data-municipalities]').count();
    await page.getByLabel('Gemeente').selectOption({ label: 'Heumen' });
    expect(new URL(page.url()).searchParams.get('gemeente')).toBe('heumen');
    const rows = page.locator('tr[data-municipalities]:visible');
    const count = await rows.count();
    expect(count).toBeGreaterThan(0);
    expect(count).toBeLessThan(all);
    for (const text of await rows.locator('td:nth-of-type(2)').allTextContents()) expect(text).toContain('Heumen');
    await page.close();
  });
});

describe('/vergelijk/', () => {
  test('choosing two documents shows only their columns and puts them in the URL', async () => {
    // Compared per region (the overview is split); Rijk van Nijmegen has three documents.
    await open('/vergelijk/rijk-van-nijmegen/');
    const boxes = page.locator('input[name="kader"]');
    const values = await boxes.evaluateAll((els) => els.map((el) => (el as HTMLInputElement).value));
    expect(values.length).toBeGreaterThanOrEqual(3);
    const chosen = [values[0]!, values[1]!];
    for (const value of values) await page.locator(`input[name="kader"][value="${value}"]`).setChecked(chosen.includes(value));
    expect(new URL(page.url()).searchParams.get('kaders')).toBe(chosen.join(','));
    const columns = await boxes.evaluateAll((els) => els.filter((el) => (el as HTMLInputElement).checked).map((el) => (el as HTMLElement).dataset.column));
    expect(columns).toHaveLength(2);
    const headers = await page.locator('table.compare thead [data-column]:visible').evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.column));
    expect(headers.sort()).toEqual(columns.sort());
    await expect(page.locator('[data-compare-status]').textContent()).resolves.toBe('2 kaders naast elkaar.');
    await page.close();
  });
});

describe('municipality pages', () => {
  test('/gemeenten/ links to a page per municipality; Heumen shows its documents and a status per milestone', async () => {
    await open('/gemeenten/');
    const hrefs = await page.locator('main a[href^="/gemeenten/"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs).toContain('/gemeenten/heumen/');
    await page.close();

    await open('/gemeenten/heumen/', '2024-10-15T12:00:00+02:00');
    await expect(page.locator('h1').textContent()).resolves.toBe('Heumen');
    const labels = await page.locator('li[data-start][data-end] [data-status-label]').allTextContents();
    expect(labels.length).toBeGreaterThan(5);
    expect(new Set(labels)).toEqual(new Set(['Afgerond', 'Loopt nu', 'Gepland']));
    await page.close();
  });
});

test('the search page exists when the site has one', () => {
  // Covered by the axe, keyboard and privacy crawls; its own flow is tested by its authors.
  expect(existsSync(join(distDir, 'index.html'))).toBe(true);
});
