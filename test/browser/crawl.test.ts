/**
 * Every built page (crawled from dist/, not a hand-picked list), each loaded
 * once: axe-core WCAG 2.0/2.1/2.2 A and AA, requests only to the site's own
 * origin, no cookies, no Content-Security-Policy violations, no horizontal
 * scrolling at 320 px, no motion with prefers-reduced-motion.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import axe from 'axe-core';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchBrowser } from './browser.ts';
import { sitePaths } from './site-pages.ts';

const baseUrl = inject('baseUrl');
const distDir = inject('distDir');
const paths = sitePaths(distDir);
const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
// Contrast in the dark scheme is only checked when the site offers one.
const offersDarkScheme = readdirSync(join(distDir, '_astro'))
  .filter((f) => f.endsWith('.css'))
  .some((f) => /prefers-color-scheme:\s*dark/.test(readFileSync(join(distDir, '_astro', f), 'utf8')));

declare global {
  interface Window {
    axe: typeof axe;
    cspViolations: string[];
  }
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

test('the crawl finds every page', () => {
  expect(paths).toContain('/');
  expect(paths).toContain('/404.html');
  expect(paths).toContain('/planning/');
  expect(paths.length).toBeGreaterThan(15);
});

test('the site offers a dark scheme, so axe checks every page in it too', () => {
  expect(offersDarkScheme).toBe(true);
});

async function axeViolations(page: Page): Promise<string> {
  // Evaluated through the DevTools protocol, so the page's CSP does not block it.
  await page.evaluate(axe.source);
  const { violations, passes } = await page.evaluate(async (tags) => {
    const result = await window.axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return {
      passes: result.passes.length,
      violations: result.violations.map(
        (v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `  - ${n.target.join(' ')}: ${n.html.slice(0, 160)}\n    ${(n.failureSummary ?? '').replace(/\n\s*/g, ' ')}`).join('\n')}`,
      ),
    };
  }, axeTags);
  expect(passes, 'axe ran its checks').toBeGreaterThan(10);
  return violations.join('\n');
}

describe.each(paths)('%s', (path) => {
  let context: BrowserContext;
  let page: Page;
  const requests: string[] = [];
  const consoleCsp: string[] = [];

  beforeAll(async () => {
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    context.on('request', (request) => requests.push(request.url()));
    page = await context.newPage();
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) consoleCsp.push(message.text());
    });
    await page.addInitScript(() => {
      window.cspViolations = [];
      document.addEventListener('securitypolicyviolation', (e) => window.cspViolations.push(`${e.violatedDirective}: ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));
    });
    await page.goto(`${baseUrl}${path}`, { waitUntil: 'networkidle' });
  });
  afterAll(async () => {
    await context?.close();
  });

  test('axe: no WCAG A/AA violations', async () => {
    expect(await axeViolations(page), `axe on ${path}`).toBe('');
    if (offersDarkScheme) {
      const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      const lightBackground = await background();
      await page.emulateMedia({ colorScheme: 'dark' });
      expect(await background(), 'the dark scheme is applied').not.toBe(lightBackground);
      expect(await axeViolations(page), `axe on ${path} (dark)`).toBe('');
      await page.emulateMedia({ colorScheme: 'light' });
    }
  });

  test('requests go only to the site itself and no cookies are set', async () => {
    const origin = new URL(baseUrl).origin;
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith('data:'))).toEqual([]);
    expect(await context.cookies()).toEqual([]);
    expect(await page.evaluate(() => document.cookie)).toBe('');
  });

  test('no Content-Security-Policy violations', async () => {
    expect(await page.evaluate(() => window.cspViolations)).toEqual([]);
    expect(consoleCsp).toEqual([]);
  });

  test('no horizontal scrolling at 320 px wide', async () => {
    await page.setViewportSize({ width: 320, height: 800 });
    const widths = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      // The widest elements help to find the cause when this fails.
      widest: [...document.querySelectorAll('body *')]
        // Outside a scroll box, or absolutely positioned (then a scroll box without position does not clip it).
        .filter((el) => el.getBoundingClientRect().right > 321 && (!el.closest('.table-scroll') || getComputedStyle(el).position === 'absolute'))
        .slice(0, 5)
        .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} right=${Math.round(el.getBoundingClientRect().right)}`),
    }));
    expect(widths.scroll, `${path} at 320 px: ${widths.widest.join(', ')}`).toBeLessThanOrEqual(320);
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  test('prefers-reduced-motion: no animations or transitions', async () => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const moving = await page.evaluate(() =>
      [document.documentElement, ...document.querySelectorAll('body, body *')]
        .map((el) => ({ el, style: getComputedStyle(el) }))
        .filter(({ style }) => style.animationName !== 'none' || style.transitionDuration.split(',').some((d) => parseFloat(d) > 0) || style.scrollBehavior === 'smooth')
        .slice(0, 5)
        .map(({ el }) => el.tagName.toLowerCase() + (el.className ? `.${String(el.className).replace(/\s+/g, '.')}` : '')),
    );
    expect(moving).toEqual([]);
    await page.emulateMedia({ reducedMotion: 'no-preference' });
  });
});
