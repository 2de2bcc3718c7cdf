/** Builds the site (or a fixture content tree) into a temporary folder with the real Astro CLI. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export interface BuildResult {
  outDir: string;
  status: number | null;
  output: string;
}

const astroBin = resolve('node_modules/.bin/astro');

export function buildSite(options: { content?: string; label: string }): BuildResult {
  const outDir = mkdtempSync(join(tmpdir(), `iw-${options.label}-`));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ASTRO_TELEMETRY_DISABLED: '1',
    INKOOPWIJZER_CACHE_DIR: join(outDir, '.cache'),
    // Prefer the project's pinned Node (node_modules/.bin/node) for the Astro CLI.
    PATH: `${resolve('node_modules/.bin')}:${process.env.PATH ?? ''}`,
  };
  if (options.content) env.INKOOPWIJZER_CONTENT = options.content;
  const result = spawnSync(astroBin, ['build', '--outDir', join(outDir, 'dist'), '--force'], { env, encoding: 'utf8', timeout: 300_000 });
  return { outDir: join(outDir, 'dist'), status: result.status, output: `${result.stdout}\n${result.stderr}` };
}
