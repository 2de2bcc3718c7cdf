/** npm run check [-- <content folder>]: validate content and print every problem, sorted by file and line. */
import { checkContent, formatProblem } from '../src/content-check/check.ts';

const root = process.argv[2] ?? 'content';
const { problems, counts } = checkContent(root);
const summary = Object.entries(counts).map(([c, n]) => `${n} ${c}`).join(', ');
if (problems.length === 0) {
  console.log(`Inhoud in orde: ${summary}.`);
} else {
  for (const p of problems) console.error(formatProblem(p));
  const files = new Set(problems.map((p) => p.file)).size;
  console.error(`\n${problems.length} ${problems.length === 1 ? 'probleem' : 'problemen'} in ${files} ${files === 1 ? 'bestand' : 'bestanden'} gevonden in ${root}/ (${summary}).`);
  process.exitCode = 1;
}
