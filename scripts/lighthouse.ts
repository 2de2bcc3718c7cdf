/**
 * Lighthouse over the page types that matter most (home, a framework page, a
 * calculator, the self-check, search), with Debian's Chromium, against the
 * built site served on 127.0.0.1 with the deployable security headers.
 * Prints the four category scores per page; the target is 100 for each.
 *   npm run build && npm run lighthouse [-- <dist>]
 * Exits 1 when Lighthouse cannot run or when accessibility, best practices or
 * SEO is below 100 (those are deterministic). Performance is printed but does
 * not fail the run: on a shared 2-core machine its simulated timings swing
 * with the load (75–98 seen for the same build).
 */
import { resolve } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { findChromium, chromiumArgs } from '../test/browser/browser.ts';
import { serveStatic } from '../test/browser/serve.ts';

const PAGES = ['/', '/kaders/kampen-wmo-segmenten-2024/', '/rekenhulpen/reele-prijs/', '/kaders/kampen-wmo-segmenten-2024/toets/', '/zoeken/'];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const GATED = new Set<string>(['accessibility', 'best-practices', 'seo']);

const dist = resolve(process.argv[2] ?? 'dist');
const server = await serveStatic(dist, resolve('public/_headers'));
const chrome = await chromeLauncher.launch({ chromePath: findChromium(), chromeFlags: ['--headless=new', ...chromiumArgs] });
const rows: string[] = [];
let failed = false;
try {
  for (const path of PAGES) {
    const result = await lighthouse(`${server.url}${path}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
    if (!result) throw new Error(`Lighthouse gaf geen resultaat voor ${path}`);
    const scores = CATEGORIES.map((c) => Math.round((result.lhr.categories[c]?.score ?? 0) * 100));
    if (CATEGORIES.some((c, i) => GATED.has(c) && scores[i]! < 100)) failed = true;
    rows.push(`| ${path} | ${scores.join(' | ')} |`);
    console.log(rows.at(-1));
  }
} finally {
  await chrome.kill();
  await server.close();
}
console.log(`\n| pagina | ${CATEGORIES.join(' | ')} |\n|---|---|---|---|---|\n${rows.join('\n')}`);
if (failed) {
  console.error('\nToegankelijkheid, best practices of SEO lager dan 100: bekijk het rapport met npx lighthouse <url> --view.');
  process.exitCode = 1;
}
