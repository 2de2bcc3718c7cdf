/**
 * Page weight of a built site: for every HTML page, the gzip-compressed HTML,
 * CSS and JavaScript a first visit loads (<link rel=stylesheet>,
 * <script src>, their static imports, and the islands Astro hydrates),
 * grouped by page type with its budget, and every reference to another
 * origin. Used by `npm run budget` (scripts/budget.ts), `npm run bench` and
 * the deploy tests.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, posix, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

export const KB = 1024;

export interface PageType {
  name: string;
  match: (path: string) => boolean;
  /** Budget for HTML + CSS + JS together, gzip bytes. */
  total?: number;
  /** Budget for JavaScript, gzip bytes. */
  js?: number;
  /** Entry scripts a page of this type may load before any interaction. */
  allowedScripts?: RegExp;
  why: string;
}

// First match wins. Content pages load no JavaScript before interaction, except the
// tiny module that marks milestones as finished/running/planned relative to today (loaded by
// the Planning component, and by TimelineStatus on municipality and region pages), and the one that
// fills in where each procurement stands today (ProcurementStatus, src/client/procurement-status.ts).
export const statusModule = /^(?:Planning|TimelineStatus|ProcurementStatus)\.astro_astro_type_script_index_\d+_lang\./;
/** On every page: the print header's tiny module (src/client/print-header.ts), which fills in the date of printing. */
export const printModule = /^PrintHeader\.astro_astro_type_script_index_\d+_lang\./;
/** Scripts a content page may load: the status module and the print module. */
const contentScripts = new RegExp(`${statusModule.source}|${printModule.source}`);
export const pageTypes: PageType[] = [
  // 21 KB since issue 15: the print date (0,3 KB, on every page), the hourly wage and the comparison with both the real price and the cost price.
  { name: 'rekenhulp', match: (p) => /^\/rekenhulpen\/[^/]+\/$/.test(p), js: 21 * KB, why: 'rekenhulp: ≤ 21 KB JS (met de afdrukdatum van 0,3 KB die elke pagina laadt)' },
  { name: 'zelftoets', match: (p) => /^\/kaders\/[^/]+\/toets\/$/.test(p), js: 20 * KB, why: 'zelftoets: ≤ 20 KB JS' },
  { name: 'zoeken', match: (p) => p === '/zoeken/', js: 20 * KB, why: 'zoekpagina: ≤ 20 KB JS (de index laadt per zoekopdracht)' },
  {
    name: 'overzicht met filters',
    // The index of each national overview and its parts per region (/planning/<regio>/, /planning/<regio>/<n>/).
    match: (p) => /^\/(?:planning|percelen|vergelijk|wijzigingen)\/(?:[a-z0-9-]+\/(?:\d+\/)?)?$/.test(p),
    total: 25 * KB,
    js: 5 * KB,
    why: '≤ 25 KB totaal, ≤ 5 KB JS: de filters lezen bij het laden de keuze uit de gedeelde URL',
  },
  // A long document is split into chapter pages (content/kaders/<slug>/<nn>-<chapter>.mdx) so that every page fits.
  {
    name: 'kader',
    match: (p) => /^\/kaders\/[^/]+\/$/.test(p),
    total: 25 * KB,
    allowedScripts: contentScripts,
    why: '≤ 25 KB totaal, met de tekst van het document; alleen de statusmodule van de planning en de afdrukdatum als JS',
  },
  {
    name: 'kader-hoofdstuk',
    match: (p) => /^\/kaders\/[^/]+\/[^/]+\/$/.test(p),
    total: 25 * KB,
    allowedScripts: contentScripts,
    why: '≤ 25 KB totaal, met de tekst van het hoofdstuk; alleen de statusmodule van de planning en de afdrukdatum als JS',
  },
  {
    name: 'gemeente of regio',
    match: (p) => /^\/(?:gemeenten|regios)\/[^/]+\/$/.test(p),
    total: 25 * KB,
    allowedScripts: contentScripts,
    why: '≤ 25 KB totaal, alleen de statusmodule van de planning en de afdrukdatum als JS; het aantal documenten met details is begrensd',
  },
  { name: 'inhoud', match: () => true, total: 25 * KB, allowedScripts: contentScripts, why: '≤ 25 KB totaal, geen JS vóór interactie behalve de afdrukdatum' },
];

export interface PageWeight {
  path: string;
  type: string;
  html: number;
  css: number;
  js: number;
  inlineScripts: number;
  entries: string[];
  problems: string[];
}

const gz = (data: Buffer | string) => gzipSync(data, { level: 9 }).length;

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
}

const attr = (tag: string, name: string) => tag.match(new RegExp(`\\s${name}="([^"]*)"`))?.[1];

/** Static imports of an ES module (not dynamic import(), which loads later). */
function staticImports(code: string): string[] {
  return [...code.matchAll(/(?:^|[;\s}])(?:import|export)\s*(?:[^'"`();]*?from\s*)?["']([^"']+)["']/g)].map((m) => m[1]!);
}

export function measure(dist: string): { pages: PageWeight[]; foreign: string[] } {
  const files = walk(dist);
  const read = (urlPath: string) => {
    const file = join(dist, ...urlPath.split('/').filter(Boolean));
    return existsSync(file) ? readFileSync(file) : undefined;
  };
  const pages: PageWeight[] = [];
  for (const file of files.filter((f) => f.endsWith('.html') && !f.includes(`${sep}pagefind${sep}`))) {
    const path = `/${relative(dist, file).split(sep).join('/')}`.replace(/(^|\/)index\.html$/, '$1');
    const type = pageTypes.find((t) => t.match(path))!;
    const html = readFileSync(file, 'utf8');
    const problems: string[] = [];
    const resolveUrl = (url: string, from: string) => (url.startsWith('/') ? url : posix.join(posix.dirname(from), url));

    const css = new Set<string>();
    for (const [tag] of html.matchAll(/<link\s[^>]*>/g)) if (/\srel="stylesheet"/.test(tag) && attr(tag, 'href')) css.add(resolveUrl(attr(tag, 'href')!, path));
    const entries = new Set<string>();
    for (const [tag] of html.matchAll(/<script\s[^>]*src="[^"]*"[^>]*>/g)) entries.add(resolveUrl(attr(tag, 'src')!, path));
    for (const [tag] of html.matchAll(/<astro-island\s[^>]*>/g)) {
      for (const name of ['component-url', 'renderer-url', 'before-hydration-url']) {
        const url = attr(tag, name);
        if (url) entries.add(resolveUrl(url, path));
      }
    }
    const js = new Set<string>();
    const queue = [...entries];
    while (queue.length) {
      const url = queue.shift()!;
      if (js.has(url)) continue;
      js.add(url);
      const code = read(url);
      if (!code) problems.push(`script ontbreekt: ${url}`);
      else for (const imported of staticImports(code.toString('utf8'))) if (!/^[a-z]+:/i.test(imported)) queue.push(resolveUrl(imported, url));
    }
    const sum = (urls: Set<string>) => [...urls].reduce((total, url) => total + gz(read(url) ?? ''), 0);
    const inlineScripts = [...html.matchAll(/<script(?![^>]*\ssrc=)(?![^>]*type="application\/(?:ld\+)?json")[^>]*>/g)].length;
    const weight: PageWeight = { path, type: type.name, html: gz(html), css: sum(css), js: sum(js), inlineScripts, entries: [...entries].map((e) => posix.basename(e)), problems };

    const total = weight.html + weight.css + weight.js;
    if (type.total !== undefined && total > type.total) problems.push(`totaal ${kb(total)} boven ${kb(type.total)}`);
    if (type.js !== undefined && weight.js > type.js) problems.push(`JS ${kb(weight.js)} boven ${kb(type.js)}`);
    if (type.allowedScripts) {
      const extra = weight.entries.filter((e) => !type.allowedScripts!.test(e));
      if (extra.length || inlineScripts) problems.push(`JavaScript vóór interactie: ${[...extra, ...(inlineScripts ? [`${inlineScripts} inline script(s)`] : [])].join(', ')}`);
    }
    pages.push(weight);
  }

  // Any reference that would make a browser contact another origin.
  const foreign: string[] = [];
  const xmlNamespaces = /^https?:\/\/www\.w3\.org\/(?:2000\/svg|1999\/xhtml|1999\/xlink|1998\/Math\/MathML|XML\/1998\/namespace|2000\/xmlns\/?)$/;
  for (const file of files) {
    const where = relative(dist, file);
    const text = () => readFileSync(file, 'utf8');
    const report = (url: string) => {
      if (!xmlNamespaces.test(url)) foreign.push(`${where}: ${url}`);
    };
    if (file.endsWith('.html')) {
      const html = text();
      // Resource attributes only: an <a href> to a source document is a link, not a request.
      for (const [tag] of html.matchAll(/<(?:script|link|img|source|iframe|video|audio|embed|object|track|input|form|astro-island)\s[^>]*>/g)) {
        const rel = attr(tag, 'rel') ?? '';
        for (const name of ['src', 'srcset', 'href', 'data', 'poster', 'action', 'component-url', 'renderer-url', 'before-hydration-url']) {
          const value = attr(tag, name);
          if (!value) continue;
          if (name === 'href' && tag.startsWith('<link') && /\b(canonical|alternate|sitemap)\b/.test(rel)) continue;
          for (const url of value.split(',').map((v) => v.trim().split(/\s+/)[0]!)) if (/^(?:[a-z]+:)?\/\//i.test(url)) report(url);
        }
      }
      for (const [, url] of html.matchAll(/url\(\s*['"]?((?:[a-z]+:)?\/\/[^'")\s]+)/gi)) report(url!);
    } else if (file.endsWith('.css')) {
      for (const [, url] of text().matchAll(/(?:url\(\s*['"]?|@import\s+['"])((?:[a-z]+:)?\/\/[^'")\s]+)/gi)) report(url!);
    } else if (file.endsWith('.js') || file.endsWith('.mjs')) {
      // Code that loads from an absolute URL. Other URL texts in bundles (JSON Schema ids,
      // translator credits, a base for URL parsing) make no request; the browser privacy
      // test checks the requests themselves.
      const loads = /(?:\bimport\s*\(?|\bfrom|\bfetch\(|\bimportScripts\(|\bsendBeacon\([^,]*,?|\bnew\s+(?:WebSocket|EventSource|Worker|SharedWorker)\(|\.(?:src|href|action)\s*=)\s*["'`]((?:[a-z]+:)?\/\/[^"'`]+)/gi;
      for (const [, url] of text().matchAll(loads)) report(url!);
    }
  }
  return { pages, foreign };
}

export const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;
