/**
 * Islands and scripts must not move the page when they run: what the server
 * renders is what the first client render shows. Measured with the browser's
 * own layout-shift entries at phone width. The limit is 0.01, a tenth of what
 * Core Web Vitals call "good" (0.1): the planning status labels and the
 * "Vandaag" line depend on the visitor's date, so they can only be added in the
 * browser and may move a line by a few pixels.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchBrowser } from './browser.ts';
import { calculatorPath, calculatorSlugs } from '../../src/data/calculator-registry.ts';

const baseUrl = inject('baseUrl');

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const ISLAND_PAGES = [
  '/zoeken/',
  '/kaders/kampen-wmo-segmenten-2024/toets/',
  // Every calculator of the registry: each is an island that renders on the server first.
  ...calculatorSlugs.map(calculatorPath),
  '/kaders/kampen-wmo-segmenten-2024/',
  // The status of today is filled in by a script (src/client/procurement-status.ts) into reserved space.
  '/kaders/regio-nijmegen-blok-b-2018/toets/',
  '/gemeenten/kampen/',
  '/regios/rijk-van-nijmegen/',
  '/planning/',
  '/wijzigingen/',
  '/vergelijk/',
  '/percelen/',
  // The parts of the split overviews carry the filters (their scripts run on load).
  '/planning/rijk-van-nijmegen/',
  '/wijzigingen/rijk-van-nijmegen/',
  '/vergelijk/rijk-van-nijmegen/',
  '/percelen/rijk-van-nijmegen/',
];

describe('no layout shift when the page hydrates', () => {
  test.each(ISLAND_PAGES)('%s', async (path) => {
    const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
    try {
      const page = await context.newPage();
      // Record every layout shift from the first paint on (buffered), before any script of the page runs.
      await page.addInitScript(() => {
        const shifts: { value: number; nodes: string[] }[] = [];
        (window as unknown as { __shifts: typeof shifts }).__shifts = shifts;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean; sources?: { node?: Node | null }[] }[]) {
            if (entry.hadRecentInput) continue;
            const nodes = (entry.sources ?? []).map((s) => (s.node instanceof Element ? `${s.node.tagName.toLowerCase()}.${s.node.className}` : String(s.node?.nodeName)));
            shifts.push({ value: entry.value, nodes });
          }
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await page.goto(`${baseUrl}${path}`, { waitUntil: 'networkidle' });
      // Give hydration and its first effects time to finish.
      await page.waitForTimeout(500);
      const shifts = await page.evaluate(() => (window as unknown as { __shifts: { value: number; nodes: string[] }[] }).__shifts);
      const total = shifts.reduce((sum, s) => sum + s.value, 0);
      expect(total, JSON.stringify(shifts)).toBeLessThan(0.01);
    } finally {
      await context.close();
    }
  });
});
