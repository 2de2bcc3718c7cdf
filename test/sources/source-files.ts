/**
 * Which source text each document was written from: `source.file` in the
 * frontmatter of content/kaders/<slug>/index.mdx, a file name in the map of
 * source texts that `npm run test:sources` is given.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

export function sourceFiles(documentsDir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const slug of readdirSync(documentsDir).sort()) {
    const text = readFileSync(join(documentsDir, slug, 'index.mdx'), 'utf8');
    const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1];
    const file = frontmatter ? (parse(frontmatter) as { source?: { file?: unknown } })?.source?.file : undefined;
    if (typeof file !== 'string') throw new Error(`${join(documentsDir, slug, 'index.mdx')}: source.file ontbreekt; noem het bronbestand`);
    files[slug] = file;
  }
  return files;
}
