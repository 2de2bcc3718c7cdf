/**
 * The glossary covers the content: every word that looks like an
 * abbreviation (two or more capitals, or letters joined by &, ×, · or *) in
 * the documents, the other content files and the site's own pages must be a
 * term or alias in content/begrippen/, or be on the short, commented
 * allowlist below. Plus: the terms the issue asks for exist, and every
 * `related` link points at a heading that exists.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent, formatProblem, headingIds } from '../../src/content-check/check.ts';
import { readGlossary } from '../../src/integrations/satteri-abbreviations.ts';
import { abbreviationCandidates, termSlug } from '../../src/lib/glossary-match.ts';
import { textValues } from '../../src/lib/glossary-usage.ts';

const glossary = readGlossary('content/begrippen');

/**
 * Capitals that are not abbreviations a reader needs explained. Keep this
 * short; when in doubt, give the word a glossary entry instead.
 */
const ALLOWLIST = new Set([
  'AA', // WCAG conformance level ("niveau AA"), explained on the WCAG entry
  'JJJJ', 'MM', 'DD', // date notation placeholders (JJJJ-MM-DD) on the open-data page
  'GM', // prefix of a CBS gemeentecode (GM0123), explained on the CBS entry
  'PBG', // a typo in the Blok B source, quoted in a note as "'PBG' voor pgb"
]);

/** Every written form the glossary knows, longest first. */
const knownForms = glossary.flatMap((t) => [t.term, ...t.aliases]).sort((a, b) => b.length - a.length);
const known = new Set(knownForms);

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/** Component tags in MDX (`<FigureTable kader="…" />`) are markup, not text. */
const withoutComponents = (body: string) => body.replace(/<\/?[A-Z][\w.]*(?:\s[^>]*)?\/?>/g, ' ');

/** String literals that read like Dutch prose (have a space and a lowercase word). */
function proseLiterals(code: string): string[] {
  const out: string[] = [];
  for (const m of code.matchAll(/(["'`])((?:(?!\1)[^\\\n]|\\.)*)\1/g)) {
    const value = m[2]!;
    if (/\s/.test(value) && /\p{Ll}{3,}/u.test(value) && !/=>|[;{}]|\$\{/.test(value)) out.push(value);
  }
  return out;
}

/** The visible text of an .astro template: no frontmatter, scripts, styles, expressions or tags. */
function astroText(source: string): string {
  const template = source.replace(/^---[\s\S]*?\n---/, '').replace(/<(script|style)[\s\S]*?<\/\1>/g, '');
  let outside = template;
  for (let i = 0; i < 5; i++) outside = outside.replace(/\{[^{}]*\}/g, ' ');
  const text = [outside.replace(/<[^>]*>/g, ' '), jsxText(template), ...proseLiterals(source)].join('\n');
  return text.replace(/&[a-z]+;/g, ' ');
}

/** Text between tags, also inside expressions (`{cond ? <p>Tekst</p> : …}`). */
function jsxText(code: string): string {
  return [...code.matchAll(/(?<![=>])>([^<>{}=;()]*\p{L}[^<>{}=;()]*)<\//gu)].map((m) => m[1]!).join('\n');
}

/** JSX text and prose string literals of a .tsx/.ts module (comments left out). */
function codeText(source: string): string {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');
  return [jsxText(code), ...proseLiterals(code)].join('\n');
}

interface Source { file: string; text: string }

function contentSources(): Source[] {
  const sources: Source[] = [];
  // Each document's index.mdx and its chapter files (content/kaders/<slug>/<nn>-<chapter>.mdx).
  for (const file of walk('content/kaders').filter((f) => f.endsWith('.mdx'))) {
    const raw = readFileSync(file, 'utf8');
    const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(raw);
    sources.push({ file, text: `${textValues(parse(match?.[1] ?? ''))}\n${withoutComponents(match?.[2] ?? raw)}` });
  }
  for (const folder of ['regios', 'gemeenten', 'producten', 'referentie']) {
    for (const file of walk(`content/${folder}`).filter((f) => f.endsWith('.yaml'))) {
      sources.push({ file, text: textValues(parse(readFileSync(file, 'utf8'))) });
    }
  }
  return sources;
}

function pageSources(): Source[] {
  const files = [...walk('src/pages'), ...walk('src/components'), ...walk('src/layouts'), 'src/lib/labels.ts', ...walk('src/data')];
  return files
    .filter((f) => /\.(astro|tsx|ts)$/.test(f) && !f.includes('/api/'))
    .map((file) => {
      const source = readFileSync(file, 'utf8');
      return { file: relative('.', file), text: file.endsWith('.astro') ? astroText(source) : codeText(source) };
    });
}

/** Unknown abbreviation-like words per file. Known multi-word forms ("TV LVB 18+") are taken out first. */
function unknownIn(sources: Source[]): Record<string, string[]> {
  const missing: Record<string, string[]> = {};
  for (const { file, text } of sources) {
    let rest = text;
    for (const form of knownForms) rest = rest.split(form).join(' ');
    const unknown = abbreviationCandidates(rest).filter((w) => !known.has(w) && !ALLOWLIST.has(w));
    if (unknown.length) missing[file] = unknown.sort();
  }
  return missing;
}

describe('glossary coverage', () => {
  it('covers every abbreviation in the documents and other content', () => {
    expect(unknownIn(contentSources()), 'Geef deze afkortingen een bestand in content/begrippen/ (of een alias bij een bestaand begrip)').toEqual({});
  });

  it("covers every abbreviation in the site's own pages", () => {
    expect(unknownIn(pageSources()), 'Geef deze afkortingen een bestand in content/begrippen/ (of zet ze met uitleg op de ALLOWLIST)').toEqual({});
  });

  it('fails for an abbreviation the glossary lacks (the check itself works)', () => {
    expect(unknownIn([{ file: 'voorbeeld', text: 'De XYZ-regeling en de Wmo, SROI en P×Q.' }])).toEqual({ voorbeeld: ['XYZ'] });
  });

  it('has the terms the issue asks for', () => {
    const required = [
      'Wmo', 'Wlz', 'Zvw', 'Jeugdwet', 'PGB', 'ZIN', 'SAS', 'UEA', 'EMVI', 'PvE', 'HH', 'NAH', 'LVB', 'AOW', 'ROB', 'GGD', 'GGZ', 'WNT',
      'IZA', 'GALA', 'Wibz', 'AMvB', 'P×Q', 'PxQ', 'P*Q', 'SROI', 'MVO', 'Bibob', 'CIZ', 'HHM', 'VNG', 'VWS', 'PFO', 'GR', 'MO', 'BW',
      'TV LVB', 'CAO', 'OVA', 'B&W', 'DBC', 'BSN', 'ZZP', 'mbo', 'E-health', 'Open House', 'raamovereenkomst', 'aanbesteding', 'perceel',
      'bouwsteen', 'segment', 'maatwerkvoorziening', 'algemene voorziening', 'sociale basis', 'wijkteam', 'buurtteam', 'toegang',
      'indicatie', 'herindicatie', 'reële prijs', 'kostprijsonderzoek', 'indexatie', 'inspanningsgericht', 'taakgericht',
      'resultaatgericht', 'gunning', 'gunningscriteria', 'uitsluitingsgronden', 'geschiktheidseisen', 'contractmanagement',
      'abonnementstarief', 'eigen bijdrage', 'strategisch partnerschap', 'dekkend zorglandschap', 'marktconsultatie',
      'raadsinformatiebrief', 'inkoopkader', 'inkoopstrategie', 'concretiseringsfase', 'respijtzorg', 'mantelzorg', 'expertiseschil',
      'netwerkregie', 'transformatie', 'decentralisatie', 'plafond', 'bestedingsruimte',
    ];
    expect(required.filter((r) => !known.has(r))).toEqual([]);
  });

  it('gives every form to one term only', () => {
    const owners = new Map<string, string[]>();
    for (const t of glossary) for (const form of [t.term, ...t.aliases]) owners.set(form, [...(owners.get(form) ?? []), t.id]);
    expect([...owners].filter(([, ids]) => ids.length > 1)).toEqual([]);
  });

  it('names each file after its term and gives every abbreviation a title', () => {
    for (const t of glossary) {
      expect(t.id, t.term).toBe(termSlug(t.term));
      if (t.abbreviation) expect(t.fullName ?? t.definition, t.term).toBeTruthy();
    }
  });

  it('links only to sections that exist', () => {
    const broken: string[] = [];
    for (const file of walk('content/begrippen')) {
      const data = parse(readFileSync(file, 'utf8')) as { related?: { kader: string; section?: string }[] };
      for (const r of data.related ?? []) {
        if (!r.section) continue;
        // The document's overview and its chapter files; a chapter's title was a heading before the split.
        const folder = `content/kaders/${r.kader}`;
        const anchors = new Set<string>();
        for (const name of readdirSync(folder).filter((n) => n.endsWith('.mdx'))) {
          const source = readFileSync(join(folder, name), 'utf8');
          const title = name === 'index.mdx' ? undefined : /^title:\s*"?(.+?)"?\s*$/m.exec(source)?.[1];
          const body = source.replace(/^---[\s\S]*?\n---\n/, '');
          for (const id of headingIds(`${title ? `# ${title}\n` : ''}${body}`)) anchors.add(id);
        }
        if (!anchors.has(r.section)) broken.push(`${file}: ${r.kader}#${r.section}`);
      }
    }
    expect(broken).toEqual([]);
  });
});

describe('glossary checks in npm run check', () => {
  const root = mkdtempSync(join(tmpdir(), 'iw-begrippen-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  cpSync('test/fixtures/content-minimal', root, { recursive: true });
  mkdirSync(join(root, 'begrippen'));
  const write = (name: string, yaml: string) => writeFileSync(join(root, 'begrippen', name), yaml);
  write('wmo.yaml', 'term: Wmo\nfullName: Wet maatschappelijke ondersteuning 2015\nabbreviation: true\ndefinition: De wet.\n');
  write('reele-prijs.yaml', 'term: reële prijs\ndefinition: Een. Twee. Drie. Vier.\nseeAlso: [wmo, wlz]\n');
  write('sroi-regels.yaml', 'term: SROI\nabbreviation: true\ndefinition: Social return.\n');
  write('mvo.yaml', 'term: MVO\nabbreviation: true\ndefinition: Verantwoord ondernemen.\naliases: [MVO]\n');
  write('gr.yaml', 'term: GR\nabbreviation: true\ndefinition: Samenwerking.\nrelated: [{ kader: bestaat-niet }]\n');
  // A schema error, a file name that does not follow from the term and a link to a heading that does not exist, in one file.
  write('onjuist.yaml', 'term: Eigen bijdrage\ndefinition: ""\nrelated:\n  - { kader: voorbeeld-kader, section: eisen }\n  - { kader: voorbeeld-kader, section: tarieven }\n');
  const problems = checkContent(root).problems.map(formatProblem);

  it('accepts a good term', () => {
    expect(problems.filter((p) => p.includes('wmo.yaml'))).toEqual([]);
  });
  it('limits a definition to 3 sentences and checks seeAlso ids', () => {
    expect(problems).toContainEqual(expect.stringMatching(/`definition` in .*reele-prijs\.yaml:2: schrijf de uitleg in hooguit 3 korte zinnen/));
    expect(problems).toContainEqual(expect.stringMatching(/`seeAlso\[1\]` in .*reele-prijs\.yaml:3: onbekende verwijzing 'wlz' naar begrippen/));
  });
  it('checks related documents, duplicate aliases and the file name', () => {
    expect(problems).toContainEqual(expect.stringMatching(/`related\[0\]\.kader` in .*gr\.yaml:4: onbekende verwijzing 'bestaat-niet' naar kaders/));
    expect(problems).toContainEqual(expect.stringMatching(/`aliases` in .*mvo\.yaml:4: 'MVO' staat al in `term`/));
    expect(problems).toContainEqual(expect.stringMatching(/`term` in .*sroi-regels\.yaml:1: de bestandsnaam moet sroi\.yaml zijn/));
  });
  it('names a schema error, the file name and a missing anchor of one file in one run', () => {
    expect(problems.filter((p) => p.includes('onjuist.yaml'))).toEqual([
      expect.stringMatching(/^`term` in .*onjuist\.yaml:1: de bestandsnaam moet eigen-bijdrage\.yaml zijn/),
      expect.stringMatching(/^`definition` in .*onjuist\.yaml:2: mag niet leeg zijn$/),
      expect.stringMatching(/^`related\[1\]\.section` in .*onjuist\.yaml:5: er is geen kop met anker 'tarieven' in het document voorbeeld-kader \(index\.mdx en hoofdstukken\); bestaande ankers: eisen$/),
    ]);
  });
});
