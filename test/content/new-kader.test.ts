/**
 * `npm run new -- <slug> [--hoofdstukken "…"]` (scripts/new-kader.ts): the
 * scaffolded document (and its chapter files) passes the content check once
 * its placeholders are filled in, and until then the check names every
 * placeholder that is left.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isPair, isScalar, parseDocument, visit } from 'yaml';
import { checkContent, formatProblem } from '../../src/content-check/check.ts';
import { PLACEHOLDER } from '../../src/content-check/placeholders.ts';
import { chapterTemplate, documentTemplate, parseNewDocumentArgs, planChapters, scaffoldDocument } from '../../src/content-check/scaffold.ts';

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
  // The author reads how firmly the source says it; here: a plan ("we willen").
  certainty: 'voornemen',
  // Only a placeholder in the template with chapters: the title of chapter 2 is an anchor of the document.
  section: 'doelen',
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
  it('scaffolds a document that passes the check once the placeholders are filled in', () => {
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
    expect(scaffoldDocument(root, 'regio-y-wmo-2027').ok).toBe(true);
    const problems = checkContent(root).problems.map(formatProblem);
    for (const field of ['title', 'published', 'region', 'municipalities[0]', 'procurement.contract.start', 'procurement.contract.certainty', 'products[0].certainty', 'milestones[0].when', 'milestones[0].certainty', 'requirements[0].id', 'requirements[0].certainty']) {
      const line = problems.find((p) => p.startsWith(`\`${field}\` in `));
      expect(line, `${field}:\n${problems.join('\n')}`).toMatch(/regio-y-wmo-2027\/index\.mdx:\d+: vul dit veld in: er staat nog 'VUL-IN' uit het sjabloon/);
    }
    expect(problems.some((p) => p.startsWith('`(tekst)` in ') && p.includes("vervang 'VUL-IN' in de tekst"))).toBe(true);
    // Only placeholder messages: no confusing schema errors about the placeholder values.
    expect(problems.every((p) => p.includes(PLACEHOLDER))).toBe(true);
  });

  it('every frontmatter placeholder has a comment above it that explains the field', () => {
    const plan = planChapters('Terugblik, Doelen');
    if (!plan.ok) throw new Error(plan.error);
    for (const template of [documentTemplate('x'), documentTemplate('x', plan.chapters), chapterTemplate('x', plan.chapters[0]!)]) {
      const lines = template.split('\n');
      lines.forEach((line, i) => {
        if (/^\s*[a-zA-Z]+: .*VUL-IN/.test(line) && !/^\s*(title|publisher|date|file|id|description|label|when|product):/.test(line)) {
          expect(lines[i - 1], `regel ${i + 1}: ${line}`).toMatch(/^\s*#/);
        }
      });
    }
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

  it('scaffolds index.mdx and one file per chapter that pass the check once the placeholders are filled in', () => {
    const root = contentCopy('hoofdstukken');
    const result = run('regio-x-wmo-2027', '--hoofdstukken', 'Terugblik, Doelen, Planning & eisen', '--content', root);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('Hoofdstuk gemaakt: ');
    const folder = join(root, 'kaders/regio-x-wmo-2027');
    expect(readdirSync(folder).sort()).toEqual(['01-terugblik.mdx', '02-doelen.mdx', '03-planning-en-eisen.mdx', 'index.mdx']);
    expect(readFileSync(join(folder, '03-planning-en-eisen.mdx'), 'utf8')).toMatch(/^title: "Planning & eisen"$/m);

    // Before filling in: only placeholders, and in every chapter its description and its text.
    const problems = checkContent(root).problems.map(formatProblem);
    expect(problems.every((p) => p.includes(PLACEHOLDER)), problems.join('\n')).toBe(true);
    for (const file of ['01-terugblik.mdx', '02-doelen.mdx', '03-planning-en-eisen.mdx']) {
      expect(problems).toContainEqual(expect.stringMatching(new RegExp(`^\`description\` in .*regio-x-wmo-2027/${file}:\\d+: vul dit veld in`)));
      expect(problems).toContainEqual(expect.stringMatching(new RegExp(`^\`\\(tekst\\)\` in .*regio-x-wmo-2027/${file}:\\d+: vervang 'VUL-IN'`)));
    }
    expect(problems).toContainEqual(expect.stringMatching(/^`requirements\[0\]\.section` in .*index\.mdx:\d+: vul dit veld in/));

    for (const name of readdirSync(folder)) writeFileSync(join(folder, name), fillPlaceholders(readFileSync(join(folder, name), 'utf8')));
    expect(checkContent(root).problems.map(formatProblem)).toEqual([]);
  });

  it('refuses bad chapter lists in Dutch, naming what is wrong, and writes nothing', () => {
    const root = contentCopy('hoofdstukken-weigeren');
    const empty = run('regio-z', '--hoofdstukken', 'Terugblik, , Doelen', '--content', root);
    expect(empty.status).toBe(1);
    expect(empty.stderr).toContain("Hoofdstuk 2 in de lijst heeft geen naam");
    const duplicate = run('regio-z', '--content', root, '--hoofdstukken', 'Doelen, Terugblik, Doelen');
    expect(duplicate.status).toBe(1);
    expect(duplicate.stderr).toContain("Het hoofdstuk 'Doelen' staat twee keer in de lijst");
    expect(run('regio-z', '--content', root, '--hoofdstukken').stderr).toContain('Geef na --hoofdstukken de namen van de hoofdstukken');
    expect(existsSync(join(root, 'kaders/regio-z'))).toBe(false);

    expect(scaffoldDocument(root, 'Regio Z', { hoofdstukken: 'Terugblik' })).toEqual({ ok: false, error: expect.stringContaining("'Regio Z' is geen geldige slug") });
    expect(scaffoldDocument(root, 'voorbeeld-kader', { hoofdstukken: 'Terugblik' })).toEqual({ ok: false, error: expect.stringContaining('bestaat al') });
    expect(readdirSync(join(root, 'kaders/voorbeeld-kader'))).toEqual(['index.mdx']);
  });

  it('names every problem of a chapter list at once', () => {
    const plan = planChapters('Toets, !!!, Planning en eisen, , Planning & eisen, doelen, Doelen');
    expect(plan.ok).toBe(false);
    expect(plan.ok ? [] : plan.error.split('\n')).toEqual([
      expect.stringContaining("Hoofdstuk 4 in de lijst heeft geen naam"),
      expect.stringContaining("Het hoofdstuk 'Toets' zou het adres 'toets' krijgen, maar dat is al een adres van de site"),
      expect.stringContaining("Van de naam '!!!' is geen adres te maken"),
      expect.stringContaining("De hoofdstukken 'Planning en eisen' en 'Planning & eisen' krijgen allebei het adres 'planning-en-eisen'"),
      expect.stringContaining("Het hoofdstuk 'Doelen' staat twee keer in de lijst"),
    ]);
    expect(planChapters('  Terugblik ,Reële   prijs,Inkoop 2026  ')).toEqual({
      ok: true,
      chapters: [
        { file: '01-terugblik.mdx', slug: 'terugblik', title: 'Terugblik' },
        { file: '02-reele-prijs.mdx', slug: 'reele-prijs', title: 'Reële prijs' },
        { file: '03-inkoop-2026.mdx', slug: 'inkoop-2026', title: 'Inkoop 2026' },
      ],
    });
  });

  it('reads --hoofdstukken with or without =, and refuses unknown options and unquoted names', () => {
    expect(parseNewDocumentArgs(['x', '--hoofdstukken=A, B'])).toEqual({ ok: true, args: { contentRoot: 'content', slug: 'x', hoofdstukken: 'A, B' } });
    expect(parseNewDocumentArgs(['--hoofdstukken', 'A, B', 'x', '--content', 'c'])).toEqual({ ok: true, args: { contentRoot: 'c', slug: 'x', hoofdstukken: 'A, B' } });
    expect(parseNewDocumentArgs(['x'])).toEqual({ ok: true, args: { contentRoot: 'content', slug: 'x' } });
    expect(parseNewDocumentArgs(['x', '--hoofdstuk', 'A'])).toEqual({ ok: false, error: expect.stringContaining("Onbekende optie '--hoofdstuk'") });
    // npm run new -- x --hoofdstukken Terugblik, Doelen (without quotes)
    expect(parseNewDocumentArgs(['x', '--hoofdstukken', 'Terugblik,', 'Doelen'])).toEqual({ ok: false, error: expect.stringContaining("daarnaast staat er nog 'Doelen'. Zet de namen van de hoofdstukken tussen aanhalingstekens") });
  });
});
