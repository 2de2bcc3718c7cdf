/**
 * Builds the site once with the real Astro CLI into a temporary folder and
 * serves it on 127.0.0.1 for all browser tests. Set INKOOPWIJZER_DIST
 * to an existing build to skip the build (CI passes dist/).
 */
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { builtSite } from '../build/helpers.ts';
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
  const site = builtSite('browser');
  const distDir = site.outDir;
  // The deployable header file is the source of truth, also for an older build.
  const server = await serveStatic(distDir, resolve('public/_headers'));
  project.provide('baseUrl', server.url);
  project.provide('distDir', distDir);
  return async () => {
    await server.close();
    site.cleanup();
  };
}
