/**
 * Fidelity to the source documents: every number and date of each source text
 * appears on the pages of its document. The source texts are not part of the
 * project, so `npm test` does not run this file; `npm run test:sources -- <map>`
 * does (scripts/test-sources.ts), with the map that holds the five texts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtSite, type BuiltSite } from '../build/helpers.ts';
import { distReader, type DistReader } from '../build/dist.ts';
import { sourceFiles } from './source-files.ts';

const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

const sourceDir = process.env.INKOOPWIJZER_SOURCES;
let built: BuiltSite;
let site: DistReader;

beforeAll(() => {
  if (!sourceDir) throw new Error('Geen map met brondocumenten: start deze tests met `npm run test:sources -- <map>`.');
  built = builtSite('sources');
  site = distReader(built.outDir);
}, 300_000);

afterAll(() => built?.cleanup());

/** The visible text of a document's pages (a long document is split into chapter pages: facts must be on their union). */
function pageText(slug: string): string {
  return site.documentPages(slug).map(site.read).join(' ')
    .replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;|\u00a0/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

describe('fidelity to the sources', () => {
  it.each(Object.entries(sourceFiles('content/kaders')))('every number and date of the source is on /kaders/%s/ and its chapter pages', (slug, file) => {
    const source = readFileSync(join(sourceDir!, file), 'utf8')
      .split('\n')
      // Table-of-contents lines ("1.2 Terugblik ..... 2") and section/list numbering are structure, not facts.
      .filter((line) => !/(\.{3,}|\t)\s*\d+\s*$/.test(line))
      .map((line) => line.replace(/^\s*(#+\s*)?(\*\*)?\d+(\.\d+)*\.?(?=\s)/, ''))
      .join('\n');
    const page = pageText(slug);
    const onPage = new Set(page.match(/\d+(?:[.,]\d+)*/g) ?? []);
    const flat = new Set([...onPage].map((n) => n.replace(/\./g, '')));
    const missing: string[] = [];
    for (const date of source.match(/\b\d{1,2}-\d{1,2}-\d{4}\b/g) ?? []) {
      const [d, m, y] = date.split('-').map(Number);
      if (!page.includes(`${d} ${MONTHS[m! - 1]} ${y}`)) missing.push(date);
    }
    for (const n of new Set(source.replace(/\b\d{1,2}-\d{1,2}-\d{4}\b/g, ' ').match(/\d+(?:[.,]\d+)*/g) ?? [])) {
      const variants = [n, n.replace(/\./g, ''), n.replace(',', '.'), n.replace('.', ',')];
      if (!variants.some((v) => onPage.has(v) || flat.has(v))) missing.push(n);
    }
    expect(missing, `ontbreekt op de pagina: ${missing.join(', ')}`).toEqual([]);
  });
});
