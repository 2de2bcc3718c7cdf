/**
 * Builds the site once with the real Astro CLI into a temporary folder and
 * serves it on 127.0.0.1 for all browser tests. Set INKOOPWIJZER_BROWSER_DIST
 * to an existing build to skip the build while working on the tests.
 */
import { rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSite } from '../build/helpers.ts';
import { findChromium } from '../../scripts/lib/chromium.ts';
import { serveStatic } from '../../scripts/lib/static-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    distDir: string;
  }
}

export default async function setup(project: TestProject) {
  // Fail before the build when there is no browser: in CI that is an error, never a skip.
  findChromium();
  let distDir = process.env.INKOOPWIJZER_BROWSER_DIST;
  let cleanup: string | undefined;
  if (!distDir) {
    const build = buildSite({ label: 'browser' });
    if (build.status !== 0) throw new Error(`De site kon niet gebouwd worden:\n${build.output}`);
    distDir = build.outDir;
    cleanup = dirname(build.outDir);
  }
  // The deployable header file is the source of truth, also for an older build.
  const server = await serveStatic(distDir, resolve('public/_headers'));
  project.provide('baseUrl', server.url);
  project.provide('distDir', distDir);
  return async () => {
    await server.close();
    if (cleanup) rmSync(cleanup, { recursive: true, force: true });
  };
}
