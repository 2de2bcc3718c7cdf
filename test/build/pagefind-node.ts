/**
 * Runs the built Pagefind index in Node, as the browser would: Pagefind
 * fetches its index chunks relative to pagefind.js, so file: URLs are
 * served from disk through a small fetch shim.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { join } from 'node:path';

export interface NodePagefind {
  search(term: string | null, options?: Record<string, unknown>): Promise<{ results: { id: string; score: number; data(): Promise<{ url: string; excerpt: string; meta: Record<string, string>; sub_results?: { url: string; title: string; excerpt: string; locations?: number[] }[] }> }[] }>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

let shimmed = false;
function shimFileFetch() {
  if (shimmed) return;
  shimmed = true;
  const realFetch = globalThis.fetch;
  globalThis.fetch = (async (input: string | URL | Request, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (url.startsWith('file:')) return new Response(await readFile(fileURLToPath(url)));
    return realFetch(input, init);
  }) as typeof fetch;
}

export async function loadBuiltPagefind(distDir: string): Promise<NodePagefind> {
  shimFileFetch();
  const api = await import(pathToFileURL(join(distDir, 'pagefind/pagefind.js')).href);
  await api.options({ basePath: pathToFileURL(join(distDir, 'pagefind/')).href });
  return api as NodePagefind;
}

/** Site-relative URL of a result, e.g. "/kaders/x/#bibob". */
export function sitePath(url: string, distDir: string): string {
  const marker = pathToFileURL(distDir).href.replace(/^file:\/\//, '');
  const i = url.indexOf(marker);
  return i >= 0 ? url.slice(i + marker.length) : url;
}
