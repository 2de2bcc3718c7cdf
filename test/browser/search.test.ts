/**
 * Search (issue 6) in a real browser, by keyboard: the header search field on
 * a document page, the results page /zoeken/ with its announced count, deep
 * links to sections, Escape, filters in the URL, typo correction, a query
 * that looks like HTML, and no search JavaScript or other origins elsewhere.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchBrowser } from './browser.ts';

const baseUrl = inject('baseUrl');
const distDir = inject('distDir');
const origin = new URL(baseUrl).origin;
const api = JSON.parse(readFileSync(join(distDir, 'api/kaders.json'), 'utf8')) as { kaders: { slug: string; region: string }[] };
const DOCUMENT = 'kampen-wmo-segmenten-2024';

let browser: Browser;
let context: BrowserContext;
const requests: string[] = [];
const dialogs: string[] = [];
beforeAll(async () => {
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  context.on('request', (request) => requests.push(request.url()));
  context.on('page', (page) =>
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    }),
  );
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
});

async function focusedDescription(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return 'body';
    return `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} "${(el.textContent ?? '').trim().slice(0, 60)}"`;
  });
}

/** Presses Tab (or Shift+Tab) until the focused element matches; returns the number of presses. */
async function tabTo(page: Page, selector: string, options: { back?: boolean; max?: number } = {}): Promise<number> {
  const max = options.max ?? 60;
  for (let i = 1; i <= max; i++) {
    await page.keyboard.press(options.back ? 'Shift+Tab' : 'Tab');
    if (await page.evaluate((s) => !!document.activeElement?.matches(s), selector)) return i;
  }
  throw new Error(`Tab did not reach ${selector} in ${max} stops (focus on ${await focusedDescription(page)})`);
}

const status = (page: Page) => page.locator('.search__status[role="status"][aria-live="polite"]');

/**
 * Waits until the live region reports a finished search for `query` and
 * returns its text. With `previous`, waits for a text other than that one
 * (the region still shows the old count for a moment after a change).
 */
async function finished(page: Page, query?: string, previous?: string): Promise<string> {
  await page.waitForFunction(
    ([q, before]) => {
      const text = (document.querySelector('.search__status')?.textContent ?? '').trim();
      return text !== '' && !text.startsWith('Bezig') && (!q || text.toLowerCase().includes(`"${q.toLowerCase()}"`)) && text !== before;
    },
    [query ?? '', previous ?? ''] as const,
  );
  return (await status(page).textContent())!.trim();
}

async function resultLinks(page: Page): Promise<string[]> {
  return page.locator('.search__result h2 a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
}

/** dist file of a site path such as /kaders/x/#y. */
function htmlOf(path: string): string {
  const pathname = new URL(path, origin).pathname;
  return readFileSync(join(distDir, pathname.endsWith('/') ? `${pathname}index.html` : pathname), 'utf8');
}

describe('header search by keyboard', () => {
  let page: Page;
  beforeAll(async () => {
    page = await context.newPage();
  });
  afterAll(async () => {
    await page?.close();
  });

  test('the header search field is among the first Tab stops of a document page', async () => {
    const start = requests.length;
    await page.goto(`${baseUrl}/kaders/${DOCUMENT}/`);
    // Skip link, logo, then the search field.
    const stops = await tabTo(page, 'input#site-zoekterm', { max: 10 });
    expect(stops).toBeLessThanOrEqual(3);
    await expect(page.locator('label[for="site-zoekterm"]').textContent()).resolves.toBe('Zoek op Inkoopwijzer');
    // Focusing and typing loads no search code yet.
    await page.keyboard.type('Bibob');
    expect(requests.slice(start).filter((url) => url.includes('/pagefind/'))).toEqual([]);
  });

  test('Enter goes to /zoeken/?q=Bibob, the count is announced and document results link to their section', async () => {
    await Promise.all([page.waitForURL(`${baseUrl}/zoeken/?q=Bibob`), page.keyboard.press('Enter')]);
    const text = await finished(page, 'Bibob');
    // "Bibob" is a glossary term: the page may also have searched its full name, and says so.
    const match = /^(\d+) (resultaat|resultaten) voor "Bibob"(?:\. Ook gezocht op "[^"]+"\.)?$/.exec(text);
    expect(match, text).not.toBeNull();
    const total = Number(match![1]);
    expect(total).toBeGreaterThan(0);
    await expect(page.locator('#zoekterm').inputValue()).resolves.toBe('Bibob');

    const links = await resultLinks(page);
    expect(links.length).toBe(Math.min(total, 10));
    // Document pages are found by their section: a result links to the heading, and that heading exists.
    // A long document is split into chapter pages (/kaders/<slug>/<chapter>/), which link to their sections the same way.
    // Document pages only: the /kaders/ overview lists summaries too and is a fair result of its own.
    const documentLinks = links.filter((href) => /^\/kaders\/[^/#]+\//.test(href));
    expect(links.slice(0, 3).some((href) => /^\/kaders\/[^/]+\/(?:[^/#]+\/)?#.+/.test(href)), `a document section in the top 3: ${links.join(', ')}`).toBe(true);
    for (const href of documentLinks) {
      expect(href).toMatch(/^\/kaders\/[^/]+\/(?:[^/#]+\/)?#.+/);
      const anchor = decodeURIComponent(href.split('#')[1]!);
      expect(htmlOf(href), `${href} points at an element of the page`).toContain(`id="${anchor}"`);
    }
    await expect(page.locator('.search__result').first().locator('mark').count(), 'the match is highlighted').resolves.toBeGreaterThan(0);
  });

  test('Tab reaches the result links; Escape in the field clears the query', async () => {
    await tabTo(page, '#zoekterm');
    await tabTo(page, '.search__result h2 a');
    const focused = await page.evaluate(() => document.activeElement!.getAttribute('href'));
    expect((await resultLinks(page))[0]).toBe(focused);
    expect(await tabTo(page, '.search__result h2 a'), 'the next result is the next Tab stop').toBe(1);

    await tabTo(page, '#zoekterm', { back: true });
    await page.keyboard.press('Escape');
    await expect(page.locator('#zoekterm').inputValue()).resolves.toBe('');
    await page.waitForFunction(() => !new URL(location.href).searchParams.has('q'));
    await page.waitForFunction(() => document.querySelectorAll('.search__result').length === 0);
    await expect(status(page).textContent()).resolves.toBe('');
  });

  test('a filter (Regio) narrows the results and goes into the URL', async () => {
    await page.keyboard.type('Bibob');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('q') === 'Bibob');
    const before = await finished(page, 'Bibob');
    const unfiltered = Number(/^(\d+)/.exec(before)![1]);

    // The filters are folded above the results; the summary is a Tab stop and says none is set yet.
    const summary = page.locator('details.search__filters > summary');
    await tabTo(page, 'details.search__filters > summary');
    await expect(summary.textContent()).resolves.toBe('Filters');
    await expect(page.locator('select#filter-regio').isVisible()).resolves.toBe(false);
    await page.keyboard.press('Enter');
    await tabTo(page, 'select#filter-regio');
    const regions = await page.locator('#filter-regio option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
    expect(regions.length).toBeGreaterThan(1);
    await page.keyboard.press('ArrowDown');
    const region = await page.locator('#filter-regio').inputValue();
    expect(region).toBe(regions[0]);
    await page.waitForFunction((r) => new URL(location.href).searchParams.get('regio') === r, region);
    expect(new URL(page.url()).searchParams.get('q')).toBe('Bibob');
    const text = await finished(page, 'Bibob', before);
    await expect(summary.textContent(), 'the summary counts the filter').resolves.toBe('Filters (1 actief)');
    const filtered = Number(/^(\d+)/.exec(text)?.[1] ?? 0);
    expect(filtered, text).toBeGreaterThan(0);
    // Pages without a region (comparison, glossary) drop out.
    expect(filtered, text).toBeLessThan(unfiltered);
    const inRegion = new Set(api.kaders.filter((k) => k.region === region).map((k) => k.slug));
    for (const href of await resultLinks(page)) {
      const slug = /^\/kaders\/([^/]+)\//.exec(href)?.[1];
      expect(slug && inRegion.has(slug), `${href} is in ${region}`).toBe(true);
    }

    // The URL restores the same search.
    const shared = page.url();
    await page.goto(shared);
    expect(await finished(page, 'Bibob')).toBe(text);
    await expect(page.locator('#filter-regio').inputValue()).resolves.toBe(region);
    // Restored from the link: still folded, and the summary says a filter is set.
    await expect(page.locator('details.search__filters').getAttribute('open')).resolves.toBeNull();
    await expect(summary.textContent()).resolves.toBe('Filters (1 actief)');
  });
});

describe('/zoeken/ on a phone (390 × 844): results first, the filters folded above them with their count', () => {
  test('a filter and the order from the link are in the summary, the first result is on the first screen; the count follows changes', async () => {
    const phone = await browser.newContext({ viewport: { width: 390, height: 844 } });
    try {
      const page = await phone.newPage();
      const region = api.kaders.find((k) => k.slug === 'rijk-van-nijmegen-wmo-ambulant-2025')!.region;
      await page.goto(`${baseUrl}/zoeken/?q=dagbesteding&regio=${encodeURIComponent(region)}&sort=datum`);
      await finished(page, 'dagbesteding');
      const details = page.locator('details.search__filters');
      const summary = details.locator('summary');
      await expect(summary.textContent()).resolves.toBe('Filters (1 actief) · nieuwste eerst');
      await expect(details.getAttribute('open')).resolves.toBeNull();
      const first = (await page.locator('.search__result').first().boundingBox())!;
      expect(first.y, 'the first result starts on the first screen').toBeLessThan(844 - 100);
      expect((await summary.boundingBox())!.y).toBeLessThan(first.y);

      await summary.click();
      const domain = await page.locator('#filter-domein option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value).find(Boolean)!);
      await page.locator('#filter-domein').selectOption(domain);
      await expect.poll(() => summary.textContent()).toBe('Filters (2 actief) · nieuwste eerst');
      await page.locator('#sorteer').selectOption('relevantie');
      await page.locator('#filter-regio').selectOption('');
      await expect.poll(() => summary.textContent()).toBe('Filters (1 actief)');
      await page.locator('#filter-domein').selectOption('');
      await expect.poll(() => summary.textContent()).toBe('Filters');
    } finally {
      await phone.close();
    }
  });
});

describe('/zoeken/ from a URL', () => {
  let page: Page;
  beforeAll(async () => {
    page = await context.newPage();
  });
  afterAll(async () => {
    await page?.close();
  });

  test('a typo ("Bibop") still finds the Bibob results and says what was searched', async () => {
    await page.goto(`${baseUrl}/zoeken/?q=Bibop`);
    const text = await finished(page, 'Bibop');
    // The correction may use the spelling of the site's word list ("BIBOB").
    expect(text).toMatch(/^\d+ (resultaat|resultaten) voor "bibob" \(u typte "Bibop"\)\.(?: Ook gezocht op "[^"]+"\.)?$/i);
    expect((await resultLinks(page)).length).toBeGreaterThan(0);
  });

  test('a resident\'s word ("huishoudelijke hulp") also searches the glossary\'s phrase and says so', async () => {
    await page.goto(`${baseUrl}/zoeken/?q=${encodeURIComponent('huishoudelijke hulp')}`);
    const text = await finished(page, 'huishoudelijke hulp');
    expect(text).toMatch(/^\d+ resultaten voor "huishoudelijke hulp"\. Ook gezocht op "hulp bij het huishouden"\.$/);
    const excerpts = await page.locator('.search__result .search__excerpt').allTextContents();
    expect(excerpts.slice(0, 3).some((e) => /hulp bij het huishouden/i.test(e)), excerpts.slice(0, 3).join(' | ')).toBe(true);
  });

  test('a nonsense query ("qwertyuiop") says nothing was found and suggests what to try', async () => {
    await page.goto(`${baseUrl}/zoeken/?q=qwertyuiop`);
    const text = await finished(page, 'qwertyuiop');
    expect(text).toBe('Niets gevonden voor "qwertyuiop".');
    await expect(page.locator('.search__result').count()).resolves.toBe(0);
    const tips = page.locator('.search__none');
    await expect(tips.locator('p').first().textContent()).resolves.toBe('Probeer dit:');
    await expect(tips.locator('li').count()).resolves.toBeGreaterThanOrEqual(3);
    await expect(tips.locator('a[href="/gemeenten/"]').count()).resolves.toBe(1);
    await expect(tips.locator('a[href="/begrippen/"]').count()).resolves.toBe(1);
  });

  test('a query with HTML is shown as text: no dialog, no injected element', async () => {
    const evil = '<img src=x onerror=alert(1)><script>alert(2)</script>';
    await page.goto(`${baseUrl}/zoeken/?q=${encodeURIComponent(evil)}`);
    const text = await finished(page, evil);
    expect(text).toContain(evil);
    await expect(page.locator('#zoekterm').inputValue()).resolves.toBe(evil);
    const injected = await page.evaluate(() => ({
      handlers: document.querySelectorAll('[onerror]').length,
      images: document.querySelectorAll('img[src="x"]').length,
      scripts: [...document.scripts].filter((s) => s.textContent?.includes('alert(')).length,
      inResults: document.querySelectorAll('.search img, .search script').length,
    }));
    expect(injected).toEqual({ handlers: 0, images: 0, scripts: 0, inResults: 0 });
    expect(dialogs).toEqual([]);
    await expect(page.locator('.search .calc-notice').count(), 'a query of any characters is not ignored').resolves.toBe(0);
  });

  test('unknown, bad and too long parameters are named in a notice; the rest of the link is used and written back', async () => {
    const evil = '<img src=x onerror=alert(1)>';
    const params = new URLSearchParams([['q', 'Bibob'], ['sort', evil], [evil, '1'], ['regio', 'x'.repeat(201)]]);
    await page.goto(`${baseUrl}/zoeken/?${params}`);
    await finished(page, 'Bibob');
    const notice = page.locator('.search .calc-notice[role="status"]');
    await expect(notice.locator('.calc-notice__title').textContent()).resolves.toBe('Niet alles uit de link is gebruikt');
    await expect(notice.locator('li').allTextContents()).resolves.toEqual([
      '‘sort’ uit de link is genegeerd: de waarde heeft niet de goede vorm.',
      `‘${evil}’ uit de link is genegeerd: deze zoekpagina kent die niet.`,
      '‘regio’ uit de link is genegeerd: de waarde is te lang.',
    ]);
    await expect(page.locator('img[src="x"]').count()).resolves.toBe(0);
    expect(new URL(page.url()).search).toBe('?q=Bibob');
    expect(dialogs).toEqual([]);
  });
});

describe('search code loads only on /zoeken/', () => {
  const paths = ['/', `/kaders/${DOCUMENT}/`, `/kaders/${DOCUMENT}/toets/`, '/kaders/', '/planning/', '/percelen/', '/begrippen/', '/rekenhulpen/'];

  test.each(paths.filter((p) => existsSync(join(distDir, p, 'index.html'))))('%s requests nothing from /pagefind/', async (path) => {
    const page = await context.newPage();
    const own: string[] = [];
    page.on('request', (r) => own.push(r.url()));
    try {
      await page.goto(`${baseUrl}${path}`, { waitUntil: 'networkidle' });
      expect(own.length).toBeGreaterThan(0);
      expect(own.filter((url) => url.includes('/pagefind/'))).toEqual([]);
    } finally {
      await page.close();
    }
  });

  test('/zoeken/ does load Pagefind (so the check above can see it)', async () => {
    const page = await context.newPage();
    const own: string[] = [];
    page.on('request', (r) => own.push(r.url()));
    try {
      await page.goto(`${baseUrl}/zoeken/?q=SROI`, { waitUntil: 'networkidle' });
      await finished(page, 'SROI');
      expect(own.some((url) => url.endsWith('/pagefind/pagefind.js'))).toBe(true);
    } finally {
      await page.close();
    }
  });

  test('every search request stayed on the site itself', () => {
    expect(requests.length).toBeGreaterThan(10);
    expect(requests.filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith('data:') && !url.startsWith('blob:'))).toEqual([]);
  });
});
