/** npm run new -- <slug> [--content <folder>]: scaffold content/kaders/<slug>/index.mdx from the template. */
import { scaffoldKader } from '../src/content-check/scaffold.ts';

const args = process.argv.slice(2);
const contentIndex = args.indexOf('--content');
const contentRoot = contentIndex >= 0 ? args[contentIndex + 1] : 'content';
const rest = contentIndex >= 0 ? args.filter((_, i) => i !== contentIndex && i !== contentIndex + 1) : args;
const slug = rest[0];

if (!contentRoot) {
  console.error('Geef na --content de map met de inhoud, bijvoorbeeld: --content content');
  process.exitCode = 1;
} else {
  const result = scaffoldKader(contentRoot, slug);
  if (result.ok) {
    console.log(`Nieuw kader gemaakt: ${result.path}`);
    console.log('Vul elke VUL-IN in (de uitleg staat in het bestand en in docs/authoring.md) en draai daarna: npm run check');
  } else {
    console.error(result.error);
    process.exitCode = 1;
  }
}
