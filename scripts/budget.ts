/**
 * Page-weight budget over a built site: for every HTML page, the gzip-compressed
 * HTML, CSS and JavaScript a first visit loads, grouped by page type (the
 * measuring is scripts/lib/page-weight.ts). Exits 1 when a page is over
 * budget or when any HTML, CSS or JS file refers to another origin.
 *
 *   node scripts/budget.ts [dist]
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { type PageWeight, kb, measure, pageTypes, statusModule } from './lib/page-weight.ts';

function main() {
  const dist = process.argv[2] ?? 'dist';
  if (!existsSync(join(dist, 'index.html'))) {
    console.error(`Geen gebouwde site in ${dist}/ (eerst npm run build).`);
    process.exit(2);
  }
  const { pages, foreign } = measure(dist);
  const rows = pageTypes
    .map((type) => ({ type, pages: pages.filter((p) => p.type === type.name) }))
    .filter((group) => group.pages.length);
  const line = (cells: string[]) => `${cells[0]!.padEnd(24)}${cells.slice(1, -1).map((c) => c.padStart(10)).join('')}  ${cells.at(-1)}`;
  console.log(`Paginagewicht bij een eerste bezoek (gzip), per paginatype: ${dist}/\n`);
  console.log(line(['paginatype', "pagina's", 'HTML', 'CSS', 'JS', 'totaal', 'zwaarste pagina']));
  for (const { type, pages: group } of rows) {
    const heaviest = group.reduce((a, b) => (a.html + a.css + a.js >= b.html + b.css + b.js ? a : b));
    const max = (f: (p: PageWeight) => number) => kb(Math.max(...group.map(f)));
    console.log(line([type.name, String(group.length), max((p) => p.html), max((p) => p.css), max((p) => p.js), max((p) => p.html + p.css + p.js), heaviest.path]));
  }
  console.log('\n(maximum per paginatype; budgetten:)');
  for (const { type } of rows) console.log(`  ${type.name}: ${type.why}`);


  const status = pages.filter((p) => p.entries.some((e) => statusModule.test(e)));
  if (status.length) console.log(`\nStatusmodule van de planning (enige JS op inhoudspagina's): ${kb(Math.max(...status.map((p) => p.js)))} gzip, op ${status.length} pagina's.`);

  const failures = pages.flatMap((p) => p.problems.map((problem) => `${p.path} (${p.type}): ${problem}`));
  failures.push(...foreign.map((f) => `verwijzing naar een ander domein: ${f}`));
  if (failures.length) {
    console.error(`\nBoven budget of niet toegestaan (${failures.length}):`);
    for (const f of failures) console.error(`  ✗ ${f}`);
    process.exit(1);
  }
  console.log(`\nAlles binnen budget: ${pages.length} pagina's, geen verwijzingen naar andere domeinen.`);
}

main();
