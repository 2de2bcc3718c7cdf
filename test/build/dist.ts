/** Reading a built site (dist/) in tests: files, JSON, and a document's pages in reading order. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface DistReader {
  read: (path: string) => string;
  json: (path: string) => any;
  /** A document's pages in reading order: the overview, then its chapter pages (from the open data), as dist paths. */
  documentPages: (slug: string) => string[];
}

export function distReader(outDir: string): DistReader {
  const read = (path: string) => readFileSync(join(outDir, path), 'utf8');
  const json = (path: string) => JSON.parse(read(path));
  const documentPages = (slug: string): string[] => [
    `kaders/${slug}/index.html`,
    ...(json(`api/kaders/${slug}.json`).chapters as { url: string }[]).map((c) => `${new URL(c.url).pathname.slice(1)}index.html`),
  ];
  return { read, json, documentPages };
}
