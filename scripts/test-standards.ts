/**
 * npm run test:standards -- <ocds-1.1.5 map> [--dist <map>]
 *
 * Validates the site's open data in standards against the official schemas,
 * which are not part of the project (on this team's machines and in CI in
 * ../shared/standards/ocds-1.1.5): every OCDS release package the site
 * publishes (/api/ocds/<slug>.json and /api/ocds.json), with the lots,
 * requirements and techniques extensions and our local extension merged
 * onto the release schema, and every code against its codelist. With --dist
 * it reads an existing build (CI passes dist/ after `npm run build`); without
 * it it builds the site into a temporary folder first.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

function fail(message: string): never {
  console.error(`test:standards: ${message}`);
  process.exit(2);
}

const args = process.argv.slice(2);
const distFlag = args.indexOf('--dist');
const dist = distFlag >= 0 ? args.splice(distFlag, 2)[1] : undefined;
const [folder, ...rest] = args;
if (!folder || rest.length > 0 || (distFlag >= 0 && !dist)) fail('gebruik: npm run test:standards -- <map ocds-1.1.5> [--dist <gebouwde site>]');
const standard = resolve(folder);
if (!existsSync(standard) || !statSync(standard).isDirectory()) fail(`de map ${standard} bestaat niet`);
const needed = ['release-schema.json', 'release-package-schema.json', 'codelists', ...['lots', 'requirements', 'techniques'].map((e) => join('extensions', e, 'release-schema.json'))];
const missing = needed.filter((p) => !existsSync(join(standard, p)));
if (missing.length > 0) fail(`in ${standard} ontbreken: ${missing.join(', ')}`);

const result = spawnSync('vitest', ['run', '-c', 'vitest.standards.config.ts'], {
  stdio: 'inherit',
  env: { ...process.env, INKOOPWIJZER_STANDARDS: standard, ...(dist ? { INKOOPWIJZER_DIST: resolve(dist) } : {}) },
});
process.exit(result.status ?? 1);
