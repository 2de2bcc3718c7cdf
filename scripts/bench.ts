/**
 * Scale benchmark: builds the site with N synthetic documents (N = 10, 100,
 * 1000 and 5000 by default, or the numbers given) and prints build time, time
 * per page, dist size, search index size and the bytes one search loads; in the
 * same run a bare Astro + MDX project with N MDX pages (its own folder, the same
 * Astro) for the ratio of build time per page; and the heaviest page per page
 * type (gzip, as scripts/lib/page-weight.ts measures a first visit), checked
 * against the budgets of `npm run budget`. Exits 1 when a page is over budget.
 *   npm run bench            npm run bench -- 10 100
 * The synthetic content lives in a temporary folder and never ships.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { measure, pageTypes } from './lib/page-weight.ts';
import { bareMdxPage, syntheticChapters, syntheticDocument } from './bench/synthetic.ts';

function dirSize(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
    files++;
  }
  return { bytes, files };
}

async function searchBytes(dist: string, term: string): Promise<{ bytes: number; results: number }> {
  let bytes = 0;
  const realFetch = globalThis.fetch;
  globalThis.fetch = (async (input: string | URL | Request) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const body = readFileSync(fileURLToPath(url));
    bytes += body.byteLength;
    return new Response(body);
  }) as typeof fetch;
  try {
    const api = await import(`${pathToFileURL(join(dist, 'pagefind/pagefind.js')).href}?n=${Math.random()}`);
    await api.options({ basePath: pathToFileURL(join(dist, 'pagefind/')).href });
    const search = await api.search(term);
    await Promise.all(search.results.slice(0, 5).map((r: { data(): Promise<unknown> }) => r.data()));
    return { bytes, results: search.results.length };
  } finally {
    globalThis.fetch = realFetch;
  }
}

const kb = (n: number) => `${Math.round(n / 1024).toLocaleString('nl-NL')} KB`;

/** Overviews whose growth with N matters: the heaviest of the index and its parts. */
const OVERVIEWS: [label: string, match: (path: string) => boolean][] = [
  ['home', (p) => p === '/'],
  ['/kaders/', (p) => p === '/kaders/'],
  ...(['planning', 'percelen', 'vergelijk', 'wijzigingen'].map((name) => [`/${name}/…`, (p: string) => p.startsWith(`/${name}/`)]) as [string, (p: string) => boolean][]),
];

/**
 * Heaviest page per overview and per budget page type (HTML + CSS + JS of a first visit, gzip),
 * and every page over its budget (the same check as npm run budget).
 */
function weights(dist: string): { overviews: string[]; types: string[]; problems: string[] } {
  const { pages } = measure(dist);
  const heaviest = (group: typeof pages) => {
    const totals = group.map((p) => p.html + p.css + p.js);
    return totals.length ? `${(Math.max(...totals) / 1024).toFixed(1).replace('.', ',')} KB` : '–';
  };
  return {
    overviews: OVERVIEWS.map(([, match]) => heaviest(pages.filter((p) => match(p.path)))),
    types: pageTypes.map((type) => {
      const group = pages.filter((p) => p.type === type.name);
      const over = group.filter((p) => p.problems.length).length;
      return `${heaviest(group)} (${group.length})${over ? ` ✗ ${over}` : ' ✓'}`;
    }),
    problems: pages.flatMap((p) => p.problems.map((problem) => `${p.path} (${p.type}): ${problem}`)),
  };
}

/** A bare Astro + MDX project with n MDX pages in its own folder, built with the same Astro: build seconds and pages. */
function bareBuild(n: number, root: string): { seconds: number; pages: number } {
  const project = join(root, 'bare');
  mkdirSync(join(project, 'src/pages/p'), { recursive: true });
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'bare-astro-mdx', private: true, type: 'module' }));
  writeFileSync(join(project, 'astro.config.mjs'), "import { defineConfig } from 'astro/config';\nimport mdx from '@astrojs/mdx';\nexport default defineConfig({ integrations: [mdx()] });\n");
  for (let i = 0; i < n; i++) writeFileSync(join(project, 'src/pages/p', `pagina-${i}.mdx`), bareMdxPage(i));
  symlinkSync(resolve('node_modules'), join(project, 'node_modules'));
  const started = performance.now();
  const build = spawnSync(resolve('node_modules/.bin/astro'), ['build'], {
    cwd: project,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', PATH: `${resolve('node_modules/.bin')}:${process.env.PATH}` },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const seconds = (performance.now() - started) / 1000;
  if (build.status !== 0) {
    console.error(build.stdout.slice(-4000), build.stderr.slice(-4000));
    throw new Error(`Kale Astro + MDX-build met N=${n} faalde`);
  }
  const pages = readdirSync(join(project, 'dist'), { recursive: true }).filter((f) => String(f).endsWith('.html')).length;
  return { seconds, pages };
}

const nl = (x: number, digits: number) => x.toLocaleString('nl-NL', { minimumFractionDigits: digits, maximumFractionDigits: digits });

const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
const runs = sizes.length ? sizes : [10, 100, 1000, 5000];
const rows: string[] = [];
const bareRows: string[] = [];
const weightRows: string[] = [];
const typeRows: string[] = [];
const overBudget: string[] = [];

for (const n of runs) {
  const root = mkdtempSync(join(tmpdir(), `iw-bench-${n}-`));
  const content = join(root, 'content');
  // The glossary is left out: its terms link to the real documents, which the synthetic tree does not have.
  for (const folder of ['regios', 'gemeenten', 'producten', 'referentie']) {
    try { cpSync(join('content', folder), join(content, folder), { recursive: true }); } catch { /* optional collection */ }
  }
  for (let i = 0; i < n; i++) {
    mkdirSync(join(content, 'kaders', `synthetisch-kader-${i}`), { recursive: true });
    writeFileSync(join(content, 'kaders', `synthetisch-kader-${i}`, 'index.mdx'), syntheticDocument(i));
    for (const [name, text] of Object.entries(syntheticChapters(i))) writeFileSync(join(content, 'kaders', `synthetisch-kader-${i}`, name), text);
  }
  // A project root of its own (sources copied, node_modules linked) so Astro's .astro/ folder is not
  // shared with other builds; Astro needs real source files, not symlinks, under its root.
  const project = join(root, 'project');
  mkdirSync(project);
  for (const name of ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) cpSync(resolve(name), join(project, name), { recursive: true });
  cpSync(resolve('content/begrippen'), join(project, 'content/begrippen'), { recursive: true });
  symlinkSync(resolve('node_modules'), join(project, 'node_modules'));
  const dist = join(root, 'dist');
  const started = performance.now();
  const build = spawnSync(resolve('node_modules/.bin/astro'), ['build', '--root', project, '--outDir', dist], {
    // Astro puts .astro/.prerender under the working directory; run from the copied project.
    cwd: project,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', INKOOPWIJZER_CONTENT: content, INKOOPWIJZER_CACHE_DIR: join(root, 'cache'), PATH: `${resolve('node_modules/.bin')}:${process.env.PATH}` },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const seconds = (performance.now() - started) / 1000;
  if (build.status !== 0) {
    console.error(build.stdout.slice(-4000), build.stderr.slice(-4000));
    throw new Error(`Build met N=${n} faalde`);
  }
  const pages = readdirSync(dist, { recursive: true }).filter((f) => String(f).endsWith('.html')).length;
  const total = dirSize(dist);
  const index = dirSize(join(dist, 'pagefind'));
  const search = await searchBytes(dist, 'begeleiding');
  rows.push(`| ${nl(n, 0)} | ${nl(pages, 0)} | ${nl(seconds, 1)} s | ${nl((seconds * 1000) / pages, 1)} ms | ${kb(total.bytes)} | ${kb(index.bytes)} (${nl(index.files, 0)} bestanden) | ${kb(search.bytes)} (${nl(search.results, 0)} treffers) |`);
  console.log(rows.at(-1));
  const weight = weights(dist);
  weightRows.push(`| ${nl(n, 0)} | ${weight.overviews.join(' | ')} |`);
  typeRows.push(`| ${nl(n, 0)} | ${weight.types.join(' | ')} |`);
  console.log(weightRows.at(-1));
  console.log(typeRows.at(-1));
  overBudget.push(...weight.problems.map((p) => `N=${n}: ${p}`));
  rmSync(dist, { recursive: true, force: true });
  // The bare Astro + MDX build of the same number of pages, right after, on the same machine.
  const bare = bareBuild(pages, root);
  const ratio = ((seconds * 1000) / pages) / ((bare.seconds * 1000) / bare.pages);
  bareRows.push(`| ${nl(n, 0)} | ${nl(pages, 0)} | ${nl(seconds, 1)} s | ${nl((seconds * 1000) / pages, 1)} ms | ${nl(bare.pages, 0)} | ${nl(bare.seconds, 1)} s | ${nl((bare.seconds * 1000) / bare.pages, 1)} ms | ${nl(ratio, 1)} × |`);
  console.log(bareRows.at(-1));
  rmSync(root, { recursive: true, force: true });
}

console.log('\n| N kaders | pagina\'s | bouwtijd | per pagina | dist/ | zoekindex | zoeken "begeleiding" laadt |');
console.log('|---|---|---|---|---|---|---|');
for (const row of rows) console.log(row);

console.log('\nKale Astro + MDX-build met evenveel pagina\'s, in dezelfde run:\n');
console.log('| N kaders | pagina\'s site | bouwtijd site | per pagina | pagina\'s kaal | bouwtijd kaal | per pagina | verhouding per pagina |');
console.log('|---|---|---|---|---|---|---|---|');
for (const row of bareRows) console.log(row);

console.log('\nZwaarste pagina per overzicht (index en delen; HTML + CSS + JS, gzip; budget 25 KB):\n');
console.log(`| N kaders | ${OVERVIEWS.map(([label]) => label).join(' | ')} |`);
console.log(`|---|${OVERVIEWS.map(() => '---').join('|')}|`);
for (const row of weightRows) console.log(row);

console.log(`\nZwaarste pagina per paginatype van npm run budget (aantal pagina's; ✓ alle binnen budget):\n`);
console.log(`| N kaders | ${pageTypes.map((t) => t.name).join(' | ')} |`);
console.log(`|---|${pageTypes.map(() => '---').join('|')}|`);
for (const row of typeRows) console.log(row);

if (overBudget.length) {
  console.error(`\nBoven budget (${overBudget.length}):`);
  for (const line of overBudget.slice(0, 50)) console.error(`  ✗ ${line}`);
  process.exitCode = 1;
} else console.log('\nAlle pagina\'s van alle runs binnen hun budget.');
