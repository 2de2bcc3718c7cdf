/**
 * zod stays on the build side. Walks the static and dynamic imports of
 * everything that runs in the browser (src/client/, the Preact components
 * under src/components/, the <script> blocks of .astro files) and fails if
 * the graph reaches the zod package. Type-only imports are erased, so they
 * do not count. (test/build/site.test.ts checks the built bundles as well.)
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const src = join(root, 'src');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

/** Module specifiers a piece of code loads at run time (not `import type`). */
export function runtimeImports(code: string): string[] {
  const found: string[] = [];
  for (const m of code.matchAll(/(?:^|[\s;}])(import|export)\s+(type\s+)?(?:[^'"`;]*?\bfrom\s*)?['"]([^'"]+)['"]/g)) {
    if (m[2] === undefined) found.push(m[3]!);
  }
  for (const m of code.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)) found.push(m[1]!);
  return found;
}

/** The code of the (non-inline) <script> blocks of an .astro file. */
function astroScripts(text: string): string {
  return [...text.matchAll(/<script(?![^>]*\bis:inline)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('\n');
}

function resolveLocal(from: string, specifier: string): string | undefined {
  const base = resolve(dirname(from), specifier);
  return [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find((path) => existsSync(path) && statSync(path).isFile());
}

/** Every local file reached from the entries, and every package specifier with the file that imports it. */
function walk(entries: { file: string; code: string }[]): { visited: Set<string>; packages: { specifier: string; from: string }[] } {
  const visited = new Set<string>();
  const packages: { specifier: string; from: string }[] = [];
  const queue = [...entries];
  while (queue.length > 0) {
    const { file, code } = queue.shift()!;
    for (const specifier of runtimeImports(code)) {
      if (!specifier.startsWith('.') && !specifier.startsWith('/')) {
        packages.push({ specifier, from: relative(root, file) });
        continue;
      }
      const target = resolveLocal(file, specifier);
      if (target === undefined || !/\.tsx?$/.test(target) || visited.has(target)) continue;
      visited.add(target);
      queue.push({ file: target, code: readFileSync(target, 'utf8') });
    }
  }
  return { visited, packages };
}

// zod itself, or Astro's re-export of it (src/schemas import zod from 'astro/zod').
const isZod = (specifier: string) => specifier === 'zod' || specifier.startsWith('zod/') || specifier === 'astro/zod';

const all = files(src);
const entries = [
  ...all.filter((f) => f.startsWith(join(src, 'client')) && f.endsWith('.ts')),
  ...all.filter((f) => f.startsWith(join(src, 'components')) && f.endsWith('.tsx')),
].map((file) => ({ file, code: readFileSync(file, 'utf8') }));
const scripts = all
  .filter((f) => f.endsWith('.astro'))
  .map((file) => ({ file, code: astroScripts(readFileSync(file, 'utf8')) }))
  .filter((entry) => entry.code.trim() !== '');
const browser = walk([...entries, ...scripts]);
for (const entry of entries) browser.visited.add(entry.file);

describe('no zod in browser code', () => {
  it('the walk reaches the islands, the browser scripts and the modules they share', () => {
    const reached = [...browser.visited].map((f) => relative(root, f));
    for (const file of [
      'src/components/eligibility/SelfCheck.tsx',
      'src/lib/eligibility/codec.ts',
      'src/components/calculators/use-calculator.ts',
      'src/components/search/SearchPage.tsx',
      'src/lib/search/query-state.ts',
      'src/client/list-filters.ts',
      'src/client/compare-columns.ts',
      'src/client/timeline-status.ts',
      'src/lib/filter-rows.ts',
      'src/lib/url-state.ts',
    ]) expect(reached, file).toContain(file);
    expect(browser.packages.some((p) => p.specifier === 'preact/hooks'), 'packages are seen').toBe(true);
  });

  it('no island or browser script imports zod, directly or through another module', () => {
    expect(browser.packages.filter((p) => isZod(p.specifier))).toEqual([]);
  });

  it('the check does see zod where it is used (build-time code)', () => {
    const file = join(src, 'lib/document/json-schema.ts');
    const build = walk([{ file, code: readFileSync(file, 'utf8') }]);
    expect(runtimeImports(readFileSync(file, 'utf8')).some(isZod)).toBe(true);
    expect(build.packages.some((p) => isZod(p.specifier))).toBe(true);
    expect(runtimeImports("import type { z } from 'zod';\nimport * as m from 'zod/mini';\nconst x = await import('zod');")).toEqual(['zod/mini', 'zod']);
  });
});
