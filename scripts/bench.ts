/**
 * Scale benchmark: builds the site with N synthetic documents (N = 10, 100,
 * 1000 by default, or the numbers given) and prints build time, time per
 * page, dist size, search index size and the bytes one search loads, and the
 * heaviest page per page type (gzip, as scripts/lib/page-weight.ts measures a first visit).
 *   npm run bench            npm run bench -- 10 100
 * The synthetic content lives in a temporary folder and never ships.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { measure } from './lib/page-weight.ts';
import { syntheticChapters, syntheticDocument } from './bench/synthetic.ts';

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

const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;

/** Page types whose growth with N matters: single overview pages and the per-item pages. */
const PAGE_TYPES: [label: string, match: (path: string) => boolean][] = [
  ['home', (p) => p === '/'],
  ['/kaders/', (p) => p === '/kaders/'],
  ['/planning/', (p) => p === '/planning/'],
  ['/percelen/', (p) => p === '/percelen/'],
  ['/vergelijk/', (p) => p === '/vergelijk/'],
  ['kader', (p) => /^\/kaders\/[^/]+\/$/.test(p)],
  ['gemeente', (p) => /^\/gemeenten\/[^/]+\/$/.test(p)],
  ['regio', (p) => /^\/regios\/[^/]+\/$/.test(p)],
];

/** Heaviest page of each type: HTML + CSS + JS of a first visit, gzip (scripts/lib/page-weight.ts). */
function heaviestPerType(dist: string): string[] {
  const { pages } = measure(dist);
  return PAGE_TYPES.map(([, match]) => {
    const totals = pages.filter((p) => match(p.path)).map((p) => p.html + p.css + p.js);
    return totals.length ? `${(Math.max(...totals) / 1024).toFixed(1)} KB` : '–';
  });
}
const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
const runs = sizes.length ? sizes : [10, 100, 1000];
const rows: string[] = [];
const weightRows: string[] = [];

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
  rows.push(`| ${n} | ${pages} | ${seconds.toFixed(1)} s | ${((seconds * 1000) / pages).toFixed(1)} ms | ${kb(total.bytes)} | ${kb(index.bytes)} (${index.files} bestanden) | ${kb(search.bytes)} (${search.results} treffers) |`);
  console.log(rows.at(-1));
  weightRows.push(`| ${n} | ${heaviestPerType(dist).join(' | ')} |`);
  console.log(weightRows.at(-1));
  rmSync(root, { recursive: true, force: true });
}

console.log('\n| N kaders | pagina\'s | bouwtijd | per pagina | dist/ | zoekindex | zoeken "begeleiding" laadt |');
console.log('|---|---|---|---|---|---|---|');
for (const row of rows) console.log(row);

console.log(`\nZwaarste pagina per paginatype (HTML + CSS + JS, gzip; budget 25 KB):\n`);
console.log(`| N kaders | ${PAGE_TYPES.map(([label]) => label).join(' | ')} |`);
console.log(`|---|${PAGE_TYPES.map(() => '---').join('|')}|`);
for (const row of weightRows) console.log(row);
