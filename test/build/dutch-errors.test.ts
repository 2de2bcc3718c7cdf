/**
 * Authors get Dutch help from the real `astro build`, not only from
 * `npm run check`: Astro parses every entry with its own (English) error map,
 * which would outrank a global zod setting (see src/schemas/dutch-errors.ts).
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSite } from './helpers.ts';
import { ENGLISH_SCHEMA_TEXT } from './log-text.ts';

const temp = mkdtempSync(join(tmpdir(), 'iw-dutch-errors-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** The minimal content tree with one file replaced or added. */
function brokenTree(name: string, file: string, text: string): string {
  const root = join(temp, name);
  cpSync('test/fixtures/content-minimal', root, { recursive: true });
  writeFileSync(join(root, file), text);
  return root;
}

describe('astro build reports schema problems in Dutch', () => {
  it('a document with a wrong type (domains: Wmo) and an unknown field', () => {
    const fixture = 'verkeerd-type-en-onbekend-veld';
    const root = brokenTree(fixture, 'kaders/voorbeeld-kader/index.mdx', readFileSync(`test/fixtures/broken/${fixture}/index.mdx`, 'utf8'));
    const result = buildSite({ content: root, label: fixture });
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('voorbeeld-kader');
    expect(result.output).toMatch(/domains\**: verwacht een lijst \(regels die beginnen met "- " of \[a, b\]\), kreeg 'Wmo'/);
    expect(result.output).toContain("onbekend veld 'samenvating'; controleer de spelling");
    expect(result.output).not.toMatch(ENGLISH_SCHEMA_TEXT);
  }, 300_000);

  it('a YAML entry (content/gemeenten/) with text where a list belongs', () => {
    const root = brokenTree('gemeente', 'gemeenten/aagemeente.yaml', 'name: Aagemeente\nprovince: Gelderland\naliases: AG\n');
    const result = buildSite({ content: root, label: 'gemeente-verkeerd-type' });
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('aagemeente');
    expect(result.output).toMatch(/aliases\**: verwacht een lijst .*kreeg 'AG'/);
    expect(result.output).not.toMatch(ENGLISH_SCHEMA_TEXT);
  }, 300_000);
});
