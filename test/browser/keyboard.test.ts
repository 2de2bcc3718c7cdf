/**
 * Keyboard use on every page: the skip link is the first Tab stop and moves
 * focus to the main content; every Tab stop shows a visible focus indicator;
 * Tab reaches the end of the page (no keyboard trap).
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchBrowser } from './browser.ts';
import { sitePaths } from './site-pages.ts';

const baseUrl = inject('baseUrl');
const paths = sitePaths(inject('distDir'));
// A safety net only: a trap shows up as focus coming back to an element already visited.
const maxStops = 3000;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

interface Stop {
  name: string;
  seen: boolean;
  visible: boolean;
  indicator: boolean;
}

/** The focused element, whether it is on screen and whether it shows an outline or ring. */
function describeFocus(page: Page): Promise<Stop | null> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return null;
    const seen = el.hasAttribute('data-keyboard-test-seen');
    el.setAttribute('data-keyboard-test-seen', '');
    const style = getComputedStyle(el);
    const box = el.getBoundingClientRect();
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
    return {
      seen,
      name: `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} "${(el.textContent ?? '').trim().slice(0, 40)}"`,
      visible: box.width > 0 && box.height > 0,
      indicator: outline || style.boxShadow !== 'none',
    };
  });
}

describe.each(paths)('%s', (path) => {
  test('skip link first, then visible focus on every Tab stop and no keyboard trap', async () => {
    const page = await browser.newPage();
    try {
      await page.goto(`${baseUrl}${path}`);
      await page.keyboard.press('Tab');
      const first = await page.evaluate(() => ({ href: document.activeElement?.getAttribute('href'), text: document.activeElement?.textContent?.trim() }));
      expect(first).toEqual({ href: '#inhoud', text: 'Direct naar de inhoud' });
      const skip = await describeFocus(page);
      expect(skip?.indicator, 'skip link shows focus').toBe(true);
      const skipBox = await page.evaluate(() => document.activeElement!.getBoundingClientRect().top);
      expect(skipBox, 'skip link is on screen when focused').toBeGreaterThanOrEqual(0);

      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('inhoud');

      // From the top again: walk every Tab stop until focus leaves the page.
      await page.goto(`${baseUrl}${path}`);
      const problems: string[] = [];
      let stops = 0;
      for (; stops < maxStops; stops++) {
        await page.keyboard.press('Tab');
        const stop = await describeFocus(page);
        if (!stop) break;
        expect(stop.seen, `keyboard trap on ${path}: Tab came back to ${stop.name} before reaching the end`).toBe(false);
        if (stop.visible && !stop.indicator) problems.push(stop.name);
      }
      expect(stops, `Tab never left ${path} after ${maxStops} stops`).toBeLessThan(maxStops);
      expect(problems, `${path}: focus not visible on`).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
