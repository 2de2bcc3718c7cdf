/** scripts/lib/page-weight.ts (npm run budget) on a tiny synthetic dist: what a first visit loads, page types, other origins. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { measure } from '../../scripts/lib/page-weight.ts';

const dist = mkdtempSync(join(tmpdir(), 'iw-budget-'));
afterAll(() => rmSync(dist, { recursive: true, force: true }));
const write = (path: string, text: string) => {
  mkdirSync(dirname(join(dist, path)), { recursive: true });
  writeFileSync(join(dist, path), text);
};
const page = (head: string, body = '') => `<!doctype html><html lang="nl"><head>${head}</head><body><main>${body}</main></body></html>`;

write('_astro/site.css', 'body{color:#000}');
write('_astro/shared.js', 'export const a=1;');
write('_astro/Planning.astro_astro_type_script_index_0_lang.abc.js', 'import{a}from"./shared.js";console.log(a);');
write('_astro/Calc.js', 'import{a}from"./shared.js";export default ()=>import("./lazy.js");');
write('_astro/lazy.js', 'x'.repeat(50_000));
write('_astro/client.js', 'export default 1;');
write('index.html', page('<link rel="stylesheet" href="/_astro/site.css"><link rel="canonical" href="https://elders.example/">', '<a href="https://bron.example/doc.pdf">bron</a>'));
write('kaders/x/index.html', page('<script type="module" src="/_astro/Planning.astro_astro_type_script_index_0_lang.abc.js"></script>', '<p>Een korte samenvatting.</p>'));
write('kaders/x/terugblik/index.html', page('', '<p>Een hoofdstuk.</p>'));
// Incompressible text: a long document on one page goes over the budget, whatever the page marks up.
const noise = Array.from({ length: 40_000 }, (_, i) => ((i * 7919) % 65_521).toString(36)).join(' ');
write('kaders/lang/index.html', page('', `<span data-document-text-start hidden></span><p>${noise}</p><span data-document-text-end hidden></span>`));
write('over/index.html', page('<script type="module" src="/_astro/shared.js"></script>'));
write('rekenhulpen/y/index.html', page('', '<astro-island component-url="/_astro/Calc.js" renderer-url="/_astro/client.js" client="load"></astro-island>'));

describe('page budget script', () => {
  const { pages, foreign } = measure(dist);
  const byPath = new Map(pages.map((p) => [p.path, p]));

  test('classifies pages by type', () => {
    expect(byPath.get('/')?.type).toBe('inhoud');
    expect(byPath.get('/kaders/x/')?.type).toBe('kader');
    expect(byPath.get('/kaders/x/terugblik/')?.type).toBe('kader-hoofdstuk');
    expect(byPath.get('/rekenhulpen/y/')?.type).toBe('rekenhulp');
  });

  test('follows stylesheets, scripts, static imports and islands, not dynamic imports', () => {
    expect(byPath.get('/')!.css).toBeGreaterThan(0);
    expect(byPath.get('/')!.js).toBe(0);
    expect(byPath.get('/kaders/x/')!.js).toBeGreaterThan(byPath.get('/over/')!.js);
    const calc = byPath.get('/rekenhulpen/y/')!;
    expect(calc.entries.sort()).toEqual(['Calc.js', 'client.js']);
    expect(calc.js).toBeLessThan(1000); // lazy.js (dynamic import) is not loaded on a first visit
  });

  test('content pages may load only the planning status module', () => {
    expect(byPath.get('/kaders/x/')!.problems).toEqual([]);
    expect(byPath.get('/kaders/x/terugblik/')!.problems).toEqual([]);
    expect(byPath.get('/over/')!.problems.join()).toContain('JavaScript vóór interactie: shared.js');
  });

  test('a document page counts all of its text: a long document must be split into chapter pages', () => {
    const long = byPath.get('/kaders/lang/')!;
    expect(long.html).toBeGreaterThan(25 * 1024);
    expect(long.problems.join()).toMatch(/^totaal \d+\.\d KB boven 25\.0 KB$/);
    expect(long).not.toHaveProperty('documentText');
  });

  test('links and canonical URLs are fine; loading from another origin is not', () => {
    expect(foreign).toEqual([]);
    write('elders/index.html', page('<script src="https://cdn.example/x.js"></script>'));
    write('_astro/track.js', 'fetch("https://tracker.example/p");');
    write('_astro/fonts.css', '@import "https://fonts.example/a.css";');
    expect(measure(dist).foreign.sort()).toEqual([
      '_astro/fonts.css: https://fonts.example/a.css',
      '_astro/track.js: https://tracker.example/p',
      'elders/index.html: https://cdn.example/x.js',
    ]);
  });
});
