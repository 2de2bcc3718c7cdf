/**
 * `npm run new -- <slug>` (scripts/new-kader.ts): the scaffolded framework
 * passes the content check once its placeholders are filled in, and until
 * then the check names every placeholder that is left.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isPair, isScalar, parseDocument, visit } from 'yaml';
import { checkContent, formatProblem } from '../../src/content-check/check.ts';
import { PLACEHOLDER } from '../../src/content-check/placeholders.ts';
import { kaderTemplate, scaffoldKader } from '../../src/content-check/scaffold.ts';

const temp = mkdtempSync(join(tmpdir(), 'iw-new-kader-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

function contentCopy(name: string): string {
  const root = join(temp, name);
  cpSync('test/fixtures/content-minimal', root, { recursive: true });
  return root;
}

/** What an author would type for each placeholder, by field name (ids from the minimal fixture). */
const FILL: Record<string, string> = {
  published: '2026-03',
  date: '2026-03',
  when: '2026-05',
  start: '2027-01-01',
  region: 'voorbeeldregio',
  municipalities: 'aagemeente',
  product: 'begeleiding',
  id: 'kwaliteitseisen',
};

/** Replaces every placeholder in the frontmatter (by field) and in the text, keeping the comments. */
function fillPlaceholders(source: string): string {
  const [, yamlText, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(source)!;
  const doc = parseDocument(yamlText!);
  visit(doc, {
    Scalar(_key, node, ancestors) {
      if (node.value !== PLACEHOLDER) return;
      const pair = [...ancestors].reverse().find(isPair);
      const field = pair && isScalar(pair.key) ? String(pair.key.value) : '';
      node.value = FILL[field] ?? 'Voorbeeldtekst van de auteur.';
    },
  });
  return `---\n${doc.toString()}---\n${body!.replaceAll(PLACEHOLDER, 'Een alinea in eigen woorden.')}`;
}

const script = resolve('scripts/new-kader.ts');
const node = resolve('node_modules/.bin/node');
const run = (...args: string[]) => spawnSync(existsSync(node) ? node : process.execPath, [script, ...args], { encoding: 'utf8' });

describe('npm run new', () => {
  it('scaffolds a framework that passes the check once the placeholders are filled in', () => {
    const root = contentCopy('gevuld');
    const result = run('regio-x-wmo-2027', '--content', root);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('Nieuw kader gemaakt');
    const path = join(root, 'kaders/regio-x-wmo-2027/index.mdx');
    const template = readFileSync(path, 'utf8');
    expect(template).toContain('# Volledige titel, precies zoals op het brondocument.');
    expect(template).toContain('<Planning kader="regio-x-wmo-2027" />');
    writeFileSync(path, fillPlaceholders(template));
    expect(checkContent(root).problems.map(formatProblem)).toEqual([]);
  });

  it('the unfilled template fails and names each placeholder to fill in', () => {
    const root = contentCopy('leeg');
    expect(scaffoldKader(root, 'regio-y-wmo-2027').ok).toBe(true);
    const problems = checkContent(root).problems.map(formatProblem);
    for (const field of ['title', 'published', 'region', 'municipalities[0]', 'procurement.contract.start', 'milestones[0].when', 'requirements[0].id']) {
      const line = problems.find((p) => p.startsWith(`\`${field}\` in `));
      expect(line, `${field}:\n${problems.join('\n')}`).toMatch(/regio-y-wmo-2027\/index\.mdx:\d+: vul dit veld in: er staat nog 'VUL-IN' uit het sjabloon/);
    }
    expect(problems.some((p) => p.startsWith('`(tekst)` in ') && p.includes("vervang 'VUL-IN' in de tekst"))).toBe(true);
    // Only placeholder messages: no confusing schema errors about the placeholder values.
    expect(problems.every((p) => p.includes(PLACEHOLDER))).toBe(true);
  });

  it('every frontmatter placeholder has a comment above it that explains the field', () => {
    const lines = kaderTemplate('x').split('\n');
    lines.forEach((line, i) => {
      if (/^\s*[a-zA-Z]+: .*VUL-IN/.test(line) && !/^\s*(title|publisher|date|file|id|description|label|when|product):/.test(line)) {
        expect(lines[i - 1], `regel ${i + 1}: ${line}`).toMatch(/^\s*#/);
      }
    });
  });

  it('refuses an invalid slug, a missing slug and an existing folder, in Dutch', () => {
    const root = contentCopy('weigeren');
    const invalid = run('Regio X', '--content', root);
    expect(invalid.status).toBe(1);
    expect(invalid.stderr).toContain("'Regio X' is geen geldige slug");
    expect(run('--content', root).stderr).toContain('Geef de slug van het nieuwe kader');
    const existing = run('voorbeeld-kader', '--content', root);
    expect(existing.status).toBe(1);
    expect(existing.stderr).toContain('bestaat al');
    // Nothing was overwritten.
    expect(readFileSync(join(root, 'kaders/voorbeeld-kader/index.mdx'), 'utf8')).toBe(readFileSync('test/fixtures/content-minimal/kaders/voorbeeld-kader/index.mdx', 'utf8'));
  });
});
