/**
 * The overview filters of issue 5 that pages.test.ts does not cover yet:
 * /percelen/ by product and domain (also by keyboard, and from a shared URL),
 * /vergelijk/ differences and a shared or broken URL, and all three
 * overviews as full tables without JavaScript. The overviews are split into
 * parts per region (issue 14); the filters work within a part, and the
 * index of each overview links every part, also without JavaScript.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchBrowser } from './browser.ts';

const baseUrl = inject('baseUrl');
/** Parts with several documents, so that filters have something to choose between. */
const PERCELEN = '/percelen/rijk-van-nijmegen/';
const VERGELIJK = '/vergelijk/rijk-van-nijmegen/';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function open(path: string): Promise<Page> {
  const page = await browser.newPage();
  const response = await page.goto(`${baseUrl}${path}`);
  expect(response?.status(), path).toBe(200);
  return page;
}

interface Row {
  municipalities: string[];
  products: string[];
  domains: string[];
}

const visibleRows = (page: Page): Promise<Row[]> =>
  page.locator('tr[data-municipalities]:visible').evaluateAll((trs) =>
    trs.map((tr) => ({
      municipalities: tr.getAttribute('data-municipalities')!.split(' '),
      products: tr.getAttribute('data-products')!.split(' '),
      domains: tr.getAttribute('data-domains')!.split(' '),
    })),
  );

describe('/percelen/', () => {
  test('filtering by product shows only rows with that product, with the count and the URL', async () => {
    const page = await open(PERCELEN);
    try {
      const all = await page.locator('tr[data-municipalities]').count();
      await expect(page.locator('[data-filter-count]').textContent()).resolves.toBe(`${all} van de ${all} rijen getoond`);
      await page.getByLabel('Product', { exact: true }).selectOption('dagbesteding');
      expect(new URL(page.url()).searchParams.get('product')).toBe('dagbesteding');
      const rows = await visibleRows(page);
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.length).toBeLessThan(all);
      for (const row of rows) expect(row.products).toContain('dagbesteding');
      await expect(page.locator('[data-filter-count]').textContent()).resolves.toBe(`${rows.length} van de ${all} rijen getoond`);
    } finally {
      await page.close();
    }
  });

  test('by keyboard: domain Jeugdhulp with a municipality combines both filters; the shared URL restores the view', async () => {
    const page = await open(PERCELEN);
    try {
      const all = await page.locator('tr[data-municipalities]').count();
      await page.locator('#filter-domein').focus();
      // Options: "Wmo en jeugdhulp", "Wmo", "Jeugdhulp".
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowDown');
      await expect(page.locator('#filter-domein').inputValue()).resolves.toBe('Jeugdhulp');
      const jeugd = await visibleRows(page);
      expect(jeugd.length).toBeGreaterThan(0);
      expect(jeugd.length).toBeLessThan(all);
      for (const row of jeugd) expect(row.domains).toContain('Jeugdhulp');

      // A municipality that has Jeugdhulp rows and other rows.
      const municipality = jeugd[0]!.municipalities[0]!;
      await page.getByLabel('Gemeente', { exact: true }).selectOption(municipality);
      const both = await visibleRows(page);
      expect(both.length).toBeGreaterThan(0);
      for (const row of both) {
        expect(row.domains).toContain('Jeugdhulp');
        expect(row.municipalities).toContain(municipality);
      }
      const params = new URL(page.url()).searchParams;
      expect(params.get('domein')).toBe('Jeugdhulp');
      expect(params.get('gemeente')).toBe(municipality);

      const shared = new URL(page.url());
      await page.goto(`${baseUrl}${shared.pathname}${shared.search}`);
      await expect(page.locator('#filter-domein').inputValue()).resolves.toBe('Jeugdhulp');
      await expect(page.locator('#filter-gemeente').inputValue()).resolves.toBe(municipality);
      expect(await visibleRows(page)).toEqual(both);
      await expect(page.locator('.calc-notice').count(), 'a shared link holds nothing to ignore').resolves.toBe(0);
    } finally {
      await page.close();
    }
  });

  test('an unknown value in the URL is ignored: the full table', async () => {
    const page = await open(`${PERCELEN}?gemeente=bestaat-niet&product=%3Cb%3E`);
    try {
      const all = await page.locator('tr[data-municipalities]').count();
      await expect(page.locator('#filter-gemeente').inputValue()).resolves.toBe('');
      await expect(page.locator('tr[data-municipalities]:visible').count()).resolves.toBe(all);
      expect(new URL(page.url()).search).toBe('');
      // Both values are named in the notice, as text.
      const notice = page.locator('.calc-notice[role="status"]');
      await expect(notice.locator('li').allTextContents()).resolves.toEqual([
        '‘gemeente’ uit de link is genegeerd: ‘bestaat-niet’ is geen keuze in dit overzicht.',
        '‘product’ uit de link is genegeerd: ‘<b>’ is geen keuze in dit overzicht.',
      ]);
      await expect(notice.locator('b').count()).resolves.toBe(0);
    } finally {
      await page.close();
    }
  });
});

describe('/vergelijk/', () => {
  /** For each row: whether the "verschilt" chip shows, and whether the visible cells really differ. */
  const differences = (page: Page) =>
    page.locator('tr[data-compare-row]').evaluateAll((rows) =>
      rows.map((row) => {
        const texts = [...row.querySelectorAll<HTMLElement>('td[data-column]')].filter((td) => !td.hidden).map((td) => td.textContent!.trim());
        return {
          row: row.querySelector('th')!.textContent!.replace('verschilt', '').trim(),
          marked: !row.querySelector<HTMLElement>('[data-differs]')!.hidden,
          differs: new Set(texts).size > 1,
        };
      }),
    );

  test('"verschilt" marks exactly the rows whose chosen documents differ; fewer than two gives a hint', async () => {
    const page = await open(VERGELIJK);
    try {
      const boxes = page.locator('input[name="kader"]');
      const count = await boxes.count();
      await expect(page.locator('[data-compare-status]').textContent()).resolves.toBe(`${count} kaders naast elkaar.`);
      for (const d of await differences(page)) expect(d.marked, d.row).toBe(d.differs);
      expect((await differences(page)).some((d) => d.marked)).toBe(true);

      // Keep two, then check the marks follow the two columns.
      for (let i = 2; i < count; i++) await boxes.nth(i).setChecked(false);
      await expect(page.locator('[data-compare-status]').textContent()).resolves.toBe('2 kaders naast elkaar.');
      for (const d of await differences(page)) expect(d.marked, d.row).toBe(d.differs);

      // By keyboard: Space on a focused checkbox unticks it.
      await boxes.nth(1).focus();
      await page.keyboard.press('Space');
      await expect(page.locator('[data-compare-status]').textContent()).resolves.toBe('Kies minstens twee kaders om ze te vergelijken.');
    } finally {
      await page.close();
    }
  });

  test('a shared URL restores the choice; an unknown document in the URL falls back to all', async () => {
    let page = await open(VERGELIJK);
    const values = await page.locator('input[name="kader"]').evaluateAll((els) => els.map((el) => (el as HTMLInputElement).value));
    await page.close();
    const chosen = [values[1]!, values[2]!];

    page = await open(`${VERGELIJK}?kaders=${chosen.join(',')}`);
    try {
      const checked = await page.locator('input[name="kader"]:checked').evaluateAll((els) => els.map((el) => (el as HTMLInputElement).value));
      expect(checked).toEqual(chosen);
      await expect(page.locator('table.compare thead th[data-column]:visible').count()).resolves.toBe(2);
    } finally {
      await page.close();
    }

    page = await open(`${VERGELIJK}?kaders=${values[0]},bestaat-niet`);
    try {
      await expect(page.locator('input[name="kader"]:checked').count()).resolves.toBe(values.length);
      await expect(page.locator('table.compare thead th[data-column]:visible').count()).resolves.toBe(values.length);
      await expect(page.locator('.calc-notice li').allTextContents()).resolves.toEqual([
        'Bij ‘kaders’ is een keuze uit de link genegeerd (‘bestaat-niet’): die bestaat niet.',
      ]);
    } finally {
      await page.close();
    }
  });
});

describe('without JavaScript every overview is the full table or list', () => {
  const cases = [
    { path: PERCELEN, form: 'form[data-offer-filters]', items: 'tr[data-municipalities]' },
    { path: VERGELIJK, form: 'form[data-compare-form]', items: 'table.compare [data-column]' },
    { path: '/planning/rijk-van-nijmegen/', form: 'form[data-planning-filters]', items: 'li[data-region]' },
  ];

  test.each(cases)('$path', async ({ path, form, items }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      const response = await page.goto(`${baseUrl}${path}?gemeente=heumen&regio=x&kaders=a,b`);
      expect(response?.status()).toBe(200);
      await expect(page.locator(form).isVisible(), 'filters need JavaScript, so they stay hidden').resolves.toBe(false);
      const total = await page.locator(items).count();
      expect(total).toBeGreaterThan(3);
      await expect(page.locator(`${items}:visible`).count()).resolves.toBe(total);
    } finally {
      await context.close();
    }
  });

  test.each([
    { index: '/planning/', downloads: ['/planning.csv', '/api/planning.json', '/planning.ics'] },
    { index: '/percelen/', downloads: ['/percelen.csv', '/api/percelen.json'] },
    { index: '/vergelijk/', downloads: ['/api/kaders.json'] },
  ])('$index links every region part and the full list as open data', async ({ index, downloads }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      expect((await page.goto(`${baseUrl}${index}`))?.status()).toBe(200);
      const parts = await page.locator('nav[aria-label="Delen van dit overzicht"] a:visible').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
      expect(parts).toEqual(expect.arrayContaining([`${index}kampen/`, `${index}rijk-van-nijmegen/`, `${index}zorgregio-midden-ijssel-oost-veluwe/`]));
      const hrefs = await page.locator('main a:visible').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
      expect(hrefs).toEqual(expect.arrayContaining(downloads));
      for (const href of [...parts, ...downloads]) expect((await page.request.get(`${baseUrl}${href}`)).status(), href).toBe(200);
      // Each part links back to the index and to the other regions.
      await page.goto(`${baseUrl}${index}kampen/`);
      const back = await page.locator('nav[aria-label="Delen van dit overzicht"] a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
      expect(back).toEqual(expect.arrayContaining([index, `${index}rijk-van-nijmegen/`]));
    } finally {
      await context.close();
    }
  });
});

describe('links shared before the split per region', () => {
  test('/planning/?regio=…&jaar=… goes on to that region part with the year kept; Back returns to where the reader came from', async () => {
    const page = await open('/');
    try {
      await page.goto(`${baseUrl}/planning/?regio=${encodeURIComponent('Rijk van Nijmegen')}&jaar=2025`);
      await page.waitForURL(/\/planning\/rijk-van-nijmegen\//);
      const url = new URL(page.url());
      expect(url.pathname).toBe('/planning/rijk-van-nijmegen/');
      expect(url.searchParams.get('jaar')).toBe('2025');
      expect(url.searchParams.has('regio')).toBe(false);
      await page.goBack();
      expect(new URL(page.url()).pathname).toBe('/');
    } finally {
      await page.close();
    }
  });

  test('/vergelijk/?kaders=a,b goes on to the part with both documents, still comparing them', async () => {
    const chosen = ['rijk-van-nijmegen-wmo-ambulant-2025', 'rijk-van-nijmegen-raadsinformatiebrief-2024'];
    const page = await browser.newPage();
    try {
      await page.goto(`${baseUrl}/vergelijk/?kaders=${chosen.join(',')}`);
      await page.waitForURL(/\/vergelijk\/rijk-van-nijmegen\//);
      expect(new URL(page.url()).searchParams.get('kaders')?.split(',').sort()).toEqual([...chosen].sort());
      const checked = await page.locator('input[type=checkbox]:checked').evaluateAll((boxes) => boxes.map((b) => (b as HTMLInputElement).value));
      expect(checked.sort()).toEqual([...chosen].sort());
    } finally {
      await page.close();
    }
  });

  test('an unknown region stays on the index, which still lists every part', async () => {
    const page = await open('/percelen/?regio=Atlantis');
    try {
      await page.waitForLoadState('load');
      expect(new URL(page.url()).pathname).toBe('/percelen/');
      await expect(page.locator('h1').textContent()).resolves.toBe('Percelen en producten');
    } finally {
      await page.close();
    }
  });
});
