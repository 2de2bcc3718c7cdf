/**
 * Issue 15 (phones), the page frame: on a 320 or 390 px screen the header is one line with the site name and a
 * search link plus a folding menu (details/summary, so it works without JavaScript), the breadcrumbs shrink to
 * the parent link, and the page title starts on the first screen. Long pages show "Op deze pagina" folded near
 * the top of the content. On a wide screen the header, breadcrumbs and side column stay as they were. Each part
 * exists twice in the HTML, one per screen width, so the accessibility tree must hold exactly one of each.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchBrowser } from './browser.ts';

const baseUrl = inject('baseUrl');

/** One page per page type; the title must start within this many pixels from the top on a phone. */
const PAGES = {
  home: '/',
  document: '/kaders/rijk-van-nijmegen-wmo-ambulant-2025/',
  'concept document': '/kaders/regio-nijmegen-blok-b-2018/',
  chapter: '/kaders/regio-nijmegen-blok-b-2018/eisen-aan-aanbieders/',
  place: '/gemeenten/wijchen/',
  search: '/zoeken/?q=dagbesteding',
  'self-check': '/kaders/kampen-wmo-segmenten-2024/toets/',
  glossary: '/begrippen/',
  calculator: '/rekenhulpen/reele-prijs/',
} as const;
const H1_TOP_LIMIT = 250;
const PHONES = [
  { width: 320, height: 568 },
  { width: 390, height: 844 },
] as const;
const LONG_PAGE = '/kaders/rijk-van-nijmegen-wmo-ambulant-2025/';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function withPage(options: { width: number; height: number; javaScript?: boolean }, run: (page: Page) => Promise<void>): Promise<void> {
  const context: BrowserContext = await browser.newContext({
    viewport: { width: options.width, height: options.height },
    javaScriptEnabled: options.javaScript ?? true,
  });
  try {
    await run(await context.newPage());
  } finally {
    await context.close();
  }
}

const box = (page: Page, selector: string) => page.locator(selector).first().boundingBox();
/** How often the accessibility tree of the page holds a node with this role and name. */
async function countInTree(page: Page, role: string, name: string): Promise<number> {
  const tree = await page.locator('body').ariaSnapshot();
  return tree.split('\n').filter((line) => line.trim().replace(/^- /, '').startsWith(`${role} "${name}"`)).length;
}

describe.each(PHONES)('phone $width × $height', (viewport) => {
  test.each(Object.entries(PAGES))('%s: the h1 starts on the first screen, below a one-line header', async (_, path) => {
    await withPage(viewport, async (page) => {
      await page.goto(`${baseUrl}${path}`);
      const h1 = await box(page, 'main h1');
      expect(h1, 'the page has an h1').not.toBeNull();
      expect(h1!.y, `h1 top on ${path}`).toBeLessThan(H1_TOP_LIMIT);
      expect(h1!.x).toBeGreaterThanOrEqual(0);
      expect(h1!.x + h1!.width).toBeLessThanOrEqual(viewport.width);
      // The header and the menu button together are at most two short lines.
      const header = await box(page, '.site-header');
      const menu = await box(page, '.site-menu summary');
      expect(header!.height).toBeLessThanOrEqual(64);
      expect(menu!.height).toBeGreaterThanOrEqual(44);
      expect(menu!.y + menu!.height).toBeLessThanOrEqual(110);
      // Nothing on the page is wider than the screen.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
    });
  });

  test('without JavaScript the menu opens by tap and shows the main navigation with the current section', async () => {
    await withPage({ ...viewport, javaScript: false }, async (page) => {
      await page.goto(`${baseUrl}/kaders/kampen-wmo-segmenten-2024/`);
      await expect(page.locator('.site-nav').isVisible(), 'the wide bar is hidden').resolves.toBe(false);
      await expect(page.locator('.site-search').isVisible(), 'the search form is replaced by a link').resolves.toBe(false);
      const menuLinks = page.locator('.site-menu nav[aria-label="Hoofdmenu"] a');
      await expect(menuLinks.first().isVisible()).resolves.toBe(false);
      const titleBefore = (await box(page, 'main h1'))!.y;
      await page.locator('.site-menu summary').click();
      await expect(page.locator('.site-menu').getAttribute('open')).resolves.toBe('');
      const labels = await menuLinks.allTextContents();
      expect(labels).toEqual(['Home', 'Kaders', 'Planning', 'Percelen', 'Vergelijken', 'Rekenhulpen', 'Begrippen', 'Zoeken']);
      for (const link of await menuLinks.all()) {
        await expect(link.isVisible()).resolves.toBe(true);
        const b = (await link.boundingBox())!;
        expect(b.x + b.width).toBeLessThanOrEqual(viewport.width);
        expect(b.height, 'a comfortable target').toBeGreaterThanOrEqual(24);
      }
      await expect(page.locator('.site-menu a[aria-current="page"]').textContent()).resolves.toBe('Kaders');
      // The open menu pushes the page down instead of covering it (nothing focusable is hidden under it).
      expect((await box(page, 'main h1'))!.y).toBeGreaterThan(titleBefore);
      const lastLink = (await menuLinks.last().boundingBox())!;
      expect((await box(page, 'main'))!.y).toBeGreaterThanOrEqual(lastLink.y + lastLink.height);
      // Search is one tap away.
      const search = page.locator('.site-header a.site-header__search-link');
      await expect(search.isVisible()).resolves.toBe(true);
      await Promise.all([page.waitForURL(`${baseUrl}/zoeken/`), search.click()]);
    });
  });

  test('by keyboard: skip link, name, search link, then the menu button; Enter opens it and Tab reaches its links', async () => {
    await withPage(viewport, async (page) => {
      await page.goto(`${baseUrl}/gemeenten/wijchen/`);
      const stops: string[] = [];
      for (let i = 0; i < 4; i++) {
        await page.keyboard.press('Tab');
        stops.push(await page.evaluate(() => (document.activeElement?.textContent ?? '').trim().split('\n')[0]!.trim()));
      }
      expect(stops).toEqual(['Direct naar de inhoud', 'Inkoopwijzer Wmo-inkoop van gemeenten, helder uitgelegd', 'Zoeken', 'Menu']);
      await page.keyboard.press('Enter');
      await page.keyboard.press('Tab');
      await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Home');
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Enter');
      await expect(page.locator('.site-menu').getAttribute('open')).resolves.toBeNull();
    });
  });

  test('one main navigation, one breadcrumb trail and one table of contents in the accessibility tree', async () => {
    await withPage(viewport, async (page) => {
      await page.goto(`${baseUrl}${LONG_PAGE}`);
      // The folded menu is a button until it opens; the wide bar is never in the tree here.
      expect(await countInTree(page, 'navigation', 'Hoofdmenu')).toBe(0);
      await page.locator('.site-menu summary').click();
      expect(await countInTree(page, 'navigation', 'Hoofdmenu')).toBe(1);
      expect(await countInTree(page, 'navigation', 'Op deze pagina')).toBe(1);
      expect(await countInTree(page, 'navigation', 'Kruimelpad')).toBe(1);
      // The breadcrumbs: only the link one level up.
      const crumbs = page.locator('nav.breadcrumbs');
      await expect(crumbs.locator('ol').isVisible()).resolves.toBe(false);
      const up = crumbs.locator('.breadcrumbs__up a');
      await expect(up.textContent()).resolves.toBe('Terug naar Kaders');
      await expect(up.getAttribute('href')).resolves.toBe('/kaders/');
    });
  });

  test('"Op deze pagina" is folded above the text, opens without JavaScript and its links lead to headings', async () => {
    await withPage({ ...viewport, javaScript: false }, async (page) => {
      await page.goto(`${baseUrl}${LONG_PAGE}`);
      await expect(page.locator('main > nav.toc').isVisible(), 'the side column copy is hidden').resolves.toBe(false);
      const toc = page.locator('nav.toc-top');
      const summary = toc.locator('summary');
      const top = (await summary.boundingBox())!;
      // Near the top: on the first screen at 390 px, on the second at 320 × 568, and above the first section of the text.
      expect(top.y).toBeLessThan(viewport.height * (viewport.width < 390 ? 2 : 1));
      const firstSection = (await box(page, 'main .prose h2#in-het-kort'))!;
      expect(top.y).toBeLessThan(firstSection.y);
      await expect(toc.locator('ol a').first().isVisible()).resolves.toBe(false);
      await summary.click();
      const links = toc.locator('ol a');
      expect(await links.count()).toBeGreaterThan(5);
      await expect(links.first().isVisible()).resolves.toBe(true);
      const targets = await links.evaluateAll((as) =>
        as.map((a) => document.getElementById(decodeURIComponent(a.getAttribute('href')!.slice(1)))?.tagName ?? `missing ${a.getAttribute('href')}`),
      );
      for (const tag of targets) expect(tag).toMatch(/^H[2-4]$/);
    });
  });
});

describe('wide screen 1280 × 900: the frame stays as it was', () => {
  test('navigation bar, header search form, full breadcrumbs and the side column table of contents', async () => {
    await withPage({ width: 1280, height: 900 }, async (page) => {
      await page.goto(`${baseUrl}${LONG_PAGE}`);
      await expect(page.locator('.site-nav').isVisible()).resolves.toBe(true);
      await expect(page.locator('.site-search input').isVisible()).resolves.toBe(true);
      await expect(page.locator('.site-menu').isVisible()).resolves.toBe(false);
      await expect(page.locator('.site-header__search-link').isVisible()).resolves.toBe(false);
      await expect(page.locator('nav.breadcrumbs ol').isVisible()).resolves.toBe(true);
      await expect(page.locator('.breadcrumbs__up').isVisible()).resolves.toBe(false);
      await expect(page.locator('nav.toc-top').isVisible()).resolves.toBe(false);
      const aside = (await box(page, 'main > nav.toc'))!;
      const text = (await box(page, 'main .prose'))!;
      expect(aside.x, 'the table of contents is the right-hand column').toBeGreaterThan(text.x + text.width - 1);
      expect(await countInTree(page, 'navigation', 'Hoofdmenu')).toBe(1);
      expect(await countInTree(page, 'navigation', 'Op deze pagina')).toBe(1);
      expect(await countInTree(page, 'navigation', 'Kruimelpad')).toBe(1);
    });
  });

  test('ids stay unique with both copies in the HTML', async () => {
    await withPage({ width: 1280, height: 900 }, async (page) => {
      for (const path of [LONG_PAGE, '/kaders/regio-nijmegen-blok-b-2018/eisen-aan-aanbieders/']) {
        await page.goto(`${baseUrl}${path}`);
        const duplicates = await page.evaluate(() => {
          const seen = new Map<string, number>();
          for (const el of document.querySelectorAll('[id]')) seen.set(el.id, (seen.get(el.id) ?? 0) + 1);
          return [...seen].filter(([, n]) => n > 1).map(([id]) => id);
        });
        expect(duplicates, path).toEqual([]);
      }
    });
  });
});
