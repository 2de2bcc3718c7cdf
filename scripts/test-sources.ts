/**
 * npm run test:sources -- <map> [--dist <map>]
 *
 * Checks the site against material that is not part of the project: the
 * source texts of the documents (on this team's machines and in CI in
 * ../shared/seeds). `npm test` must pass on a clone alone, so these checks
 * run here, with the folder named on the command line. With --dist they
 * read an existing build (CI passes dist/ after `npm run build`); without it
 * they build the site into a temporary folder first.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { sourceFiles } from '../test/sources/source-files.ts';

function fail(message: string): never {
  console.error(`test:sources: ${message}`);
  process.exit(2);
}

const args = process.argv.slice(2);
const distFlag = args.indexOf('--dist');
const dist = distFlag >= 0 ? args.splice(distFlag, 2)[1] : undefined;
const [folder, ...rest] = args;
if (!folder || rest.length > 0) fail('gebruik: npm run test:sources -- <map met de brondocumenten> [--dist <gebouwde site>]');
const sources = resolve(folder);
if (!existsSync(sources) || !statSync(sources).isDirectory()) fail(`de map ${sources} bestaat niet`);
const present = new Set(readdirSync(sources));
const missing = Object.entries(sourceFiles('content/kaders')).filter(([, file]) => !present.has(file));
if (missing.length > 0) fail(`in ${sources} ontbreken: ${missing.map(([slug, file]) => `${file} (voor ${slug})`).join(', ')}`);

const result = spawnSync('vitest', ['run', '-c', 'vitest.sources.config.ts'], {
  stdio: 'inherit',
  env: { ...process.env, INKOOPWIJZER_SOURCES: sources, ...(dist ? { INKOOPWIJZER_DIST: resolve(dist) } : {}) },
});
process.exit(result.status ?? 1);
