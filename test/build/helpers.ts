/** Builds the site (or a fixture content tree) into a temporary folder with the real Astro CLI. */
import { spawnSync } from 'node:child_process';
import { stripVTControlCharacters } from 'node:util';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

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
  // Astro colours its log when it thinks it may (CI=true does); tests read the text, so the colour codes go.
  return { outDir: join(outDir, 'dist'), status: result.status, output: stripVTControlCharacters(`${result.stdout}\n${result.stderr}`) };
}

export interface BuiltSite {
  outDir: string;
  /** Removes the build when it was made here; leaves a given one alone. */
  cleanup: () => void;
}

/**
 * The built site for suites that only read it (browser, served, sources): the
 * build named by INKOOPWIJZER_DIST (CI passes dist/ after `npm run build`), or
 * a fresh build in a temporary folder.
 */
export function builtSite(label: string): BuiltSite {
  const given = process.env.INKOOPWIJZER_DIST;
  if (given) {
    if (!existsSync(join(given, 'index.html'))) throw new Error(`INKOOPWIJZER_DIST=${given}: daar staat geen gebouwde site (draai eerst npm run build)`);
    return { outDir: resolve(given), cleanup: () => {} };
  }
  const build = buildSite({ label });
  if (build.status !== 0) throw new Error(`De site kon niet gebouwd worden:\n${build.output}`);
  return { outDir: build.outDir, cleanup: () => rmSync(dirname(build.outDir), { recursive: true, force: true }) };
}
