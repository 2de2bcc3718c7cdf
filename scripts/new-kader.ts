/**
 * npm run new -- <slug> [--hoofdstukken "Terugblik, Doelen"] [--content <folder>]:
 * scaffold content/kaders/<slug>/index.mdx from the template, and a chapter file per name.
 */
import { parseNewDocumentArgs, scaffoldDocument } from '../src/content-check/scaffold.ts';

const parsed = parseNewDocumentArgs(process.argv.slice(2));
const result = parsed.ok
  ? scaffoldDocument(parsed.args.contentRoot, parsed.args.slug, 'hoofdstukken' in parsed.args ? { hoofdstukken: parsed.args.hoofdstukken } : {})
  : parsed;
if (result.ok) {
  console.log(`Nieuw kader gemaakt: ${result.path}`);
  for (const chapter of result.chapterPaths) console.log(`Hoofdstuk gemaakt: ${chapter}`);
  console.log('Vul elke VUL-IN in (de uitleg staat in het bestand en in docs/authoring.md) en draai daarna: npm run check');
} else {
  console.error(result.error);
  process.exitCode = 1;
}
