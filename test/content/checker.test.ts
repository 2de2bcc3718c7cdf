/**
 * The content checker (npm run check) against the real content and against
 * broken fixtures: every broken fixture must fail with a message that names
 * the file, the field and what was expected.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent, formatProblem } from '../../src/content-check/check.ts';

const minimal = 'test/fixtures/content-minimal';
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const temp = mkdtempSync(join(tmpdir(), 'iw-broken-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

function checkWithBrokenDocument(name: string) {
  const root = join(temp, name);
  cpSync(minimal, root, { recursive: true });
  cpSync(`test/fixtures/broken/${name}/index.mdx`, join(root, 'kaders/voorbeeld-kader/index.mdx'));
  return checkContent(root).problems.map(formatProblem);
}

describe('content checker', () => {
  it('accepts the real content', () => {
    const { problems, counts } = checkContent('content');
    expect(problems.map(formatProblem)).toEqual([]);
    expect(counts.kaders).toBeGreaterThanOrEqual(1);
  });

  it('accepts the minimal fixture', () => {
    expect(checkContent(minimal).problems).toEqual([]);
  });

  const cases: [fixture: string, field: string, line: number, message: string][] = [
    ['ontbrekend-veld', 'publisher', 2, 'dit veld ontbreekt; verwacht tekst'],
    ['verkeerd-type', 'domains', 10, "verwacht een lijst"],
    ['onbekende-verwijzing', 'region', 8, "onbekende verwijzing 'voorbeeldregoi' naar regios; bedoelt u 'voorbeeldregio'?"],
    ['einde-voor-begin', 'milestones[1].when', 35, 'het einde ligt vóór het begin'],
    ['negatief-bedrag', 'figures[0].rows[1].values.omzet', 43, 'een negatief bedrag of aantal is niet toegestaan, kreeg -50'],
    ['totaal-klopt-niet', 'figures[0].total.values.omzet', 44, 'het totaal 160 is niet de som van de rijen (150)'],
    ['ongeldige-datum', 'procurement.contract.start', 23, "verwacht een datum of periode zoals 2024-04-23, 2024-05-21T12:00, 2024-W16, 2024-05, 2024-Q3, 2024, eind-2025, een periode als 2024-09/2024-10 of losse data als 2024-09-26, 2024-10-24; kreeg '1-1-2025'"],
    ['onbekend-veld', '(frontmatter)', 2, "onbekend veld 'procurment'"],
    ['einddatum-klopt-niet', 'procurement.contract.stated.maxEnd', 27, 'de bron noemt 31 december 2036, maar start + looptijd geeft 31 december 2037'],
    ['ontbrekend-anker', 'requirements[0].section', 52, "er is geen kop met anker 'voorwaarden'"],
    ['onbekende-waarde', 'documentType', 4, "verwacht een van 'inkoopkader', 'inkoopstrategie', 'raadsinformatiebrief', 'presentatie', 'aanbestedingsdocument', 'nota-van-inlichtingen', 'marktconsultatie', 'collegebesluit'; kreeg 'inkoopkaders'"],
    ['geen-frontmatter', '(frontmatter)', 1, 'het bestand moet beginnen met de frontmatter: een regel ---, de velden, en weer een regel ---'],
    ['ontbrekende-verwijzing', 'region', 2, 'dit veld ontbreekt; verwacht een id uit content/regios/'],
    // The content model of "say exactly what the source says": certainty, bounds, inferred dates, extensions.
    ['onbekende-zekerheid', 'milestones[1].certainty', 35, "verwacht een van 'vastgesteld', 'voornemen', 'mogelijk', 'in-onderzoek', 'onbekend'; kreeg 'gepland'"],
    ['grens-zonder-getal', 'procurement.contract.initialTerm', 25, "geef een getal: 'exact', 'min' of 'max' (bijvoorbeeld max: 48)"],
    ['afgeleide-datum-zonder-reden', 'milestones[0].when', 34, 'een afgeleide datum noemt wat is afgeleid en waarom: inferred: { part: jaar | maand | dag | datum, reason: "…" }'],
    // Issue 14: an Open House entry moment that ends before it starts.
    ['toetreding-einde-voor-begin', 'procurement.entryWindows[1].when', 30, 'het einde ligt vóór het begin'],
    ['lege-verlengingen', 'procurement.contract.extensions', 26, "noem minstens één verlenging, of schrijf 'geen'"],
    // Issue 16: a tariff's unit comes from the iWmo unit list; "per week" is a frequency.
    ['tarief-frequentie-als-eenheid', 'products[0].tariffs[0].unit', 33, "'per week' is een frequentie, geen eenheid: zet het onder frequency en kies als eenheid een van 'minuut', 'uur', 'dagdeel', 'etmaal', 'stuks', 'euro's'"],
  ];

  it.each(cases)('%s: names file, line, field and what was expected', (fixture, field, line, message) => {
    const problems = checkWithBrokenDocument(fixture);
    const match = problems.find((p) => p.includes(`\`${field}\` in `));
    expect(match, problems.join('\n')).toBeDefined();
    expect(match).toContain(`${fixture}/kaders/voorbeeld-kader/index.mdx`);
    expect(match).toContain(`index.mdx:${line}:`);
    expect(match).toContain(message);
  });

  it.each(cases)('%s: fails for that reason only', (fixture, field) => {
    const problems = checkWithBrokenDocument(fixture);
    // verkeerd-type-en-onbekend-veld is the build's fixture; onbekend-veld also names the missing field.
    expect(problems.filter((p) => !p.startsWith(`\`${field}\` in `)), problems.join('\n')).toEqual(fixture === 'onbekend-veld' ? [expect.stringMatching(/^`procurement` in .*dit veld ontbreekt/)] : []);
  });

  // Fixtures that are a small content tree laid over the minimal one: a second document, an extra municipality.
  function checkWithOverlay(name: string) {
    const root = join(temp, name);
    cpSync(minimal, root, { recursive: true });
    cpSync(`test/fixtures/broken/${name}`, root, { recursive: true });
    return { root, problems: checkContent(root).problems.map(formatProblem) };
  }

  const overlayCases: [fixture: string, file: string, field: string, line: number, message: string][] = [
    ['perceel-buiten-document', 'kaders/voorbeeld-kader/index.mdx', 'lots[0].municipalities[1]', 32, "'ceegemeente' doet niet mee aan dit document; deelnemende gemeenten: aagemeente, beegemeente"],
    ['wijziging-onbekende-uitspraak', 'kaders/voorbeeld-brief/index.mdx', 'supersedes[0].changes[0]', 22, "voorbeeld-kader heeft geen milestone 'inschrijving'; bekend zijn: publicatie, gunning"],
    ['wijziging-niet-ouder', 'kaders/voorbeeld-brief/index.mdx', 'supersedes[0].document', 19, 'voorbeeld-kader is niet ouder (gepubliceerd mei 2024, dit document maart 2024); alleen een later document kan een eerder wijzigen'],
    // Issue 16: codes from standards.
    ['cbs-code-drie-cijfers', 'gemeenten/aagemeente.yaml', 'cbsCode', 3, "de CBS-gemeentecode heeft precies vier cijfers (met voorloopnullen), kreeg 3 in 'GM123'; neem de code over uit de officiële CBS-lijst"],
    ['cbs-code-dubbel', 'gemeenten/beegemeente.yaml', 'cbsCode', 3, 'CBS-gemeentecode GM9001 staat ook bij aagemeente; elke gemeente heeft haar eigen code'],
    ['productcode-buiten-categorie', 'producten/begeleiding.yaml', 'standardCode.code', 8, 'productcode 03A01 valt niet in productcategorie 02: een productcode begint met de twee cijfers van zijn categorie'],
  ];

  it.each(overlayCases)('%s: names file, line, field and what was expected, and nothing else', (fixture, file, field, line, message) => {
    const { problems } = checkWithOverlay(fixture);
    expect(problems, problems.join('\n')).toEqual([expect.stringMatching(new RegExp(`^\`${escape(field)}\` in .*${escape(`${fixture}/${file}`)}:${line}: ${escape(message)}$`))]);
  });

  it('accepts the same trees once the mistake is put right', () => {
    const fixes: [fixture: string, file: string, from: string, to: string][] = [
      ['perceel-buiten-document', 'kaders/voorbeeld-kader/index.mdx', 'ceegemeente]', 'beegemeente]'],
      ['wijziging-onbekende-uitspraak', 'kaders/voorbeeld-brief/index.mdx', 'milestone: inschrijving', 'milestone: gunning'],
      ['wijziging-niet-ouder', 'kaders/voorbeeld-brief/index.mdx', '2024-03', '2024-08'],
      ['cbs-code-drie-cijfers', 'gemeenten/aagemeente.yaml', 'GM123', 'GM9123'],
      ['cbs-code-dubbel', 'gemeenten/beegemeente.yaml', 'GM9001', 'GM9002'],
      ['productcode-buiten-categorie', 'producten/begeleiding.yaml', "'03A01'", "'02A01'"],
    ];
    for (const [fixture, file, from, to] of fixes) {
      const { root } = checkWithOverlay(fixture);
      const path = join(root, file);
      const text = readFileSync(path, 'utf8');
      expect(text, fixture).toContain(from);
      writeFileSync(path, text.replaceAll(from, to));
      expect(checkContent(root).problems.map(formatProblem), fixture).toEqual([]);
    }
  });

  it('has a test for every broken document fixture', () => {
    const fixtures = readdirSync('test/fixtures/broken').filter((name) => !name.startsWith('hoofdstuk-'));
    // verkeerd-type-en-onbekend-veld belongs to the build test (test/build/dutch-errors.test.ts).
    const tested = [...cases.map(([f]) => f), ...overlayCases.map(([f]) => f), 'alles-tegelijk', 'verkeerd-type-en-onbekend-veld'];
    expect(fixtures.sort()).toEqual(tested.sort());
  });

  // One file with a schema error, an unknown reference, a duplicate id (a rule over the whole
  // frontmatter), a broken anchor and a placeholder in the text: one run names all of them.
  const everyProblem: [field: string, line: number, message: string][] = [
    ['documentType', 4, "verwacht een van 'inkoopkader', 'inkoopstrategie', 'raadsinformatiebrief', 'presentatie', 'aanbestedingsdocument', 'nota-van-inlichtingen', 'marktconsultatie', 'collegebesluit'; kreeg 'inkoopkaders'"],
    ['region', 8, "onbekende verwijzing 'voorbeeldregoi' naar regios; bedoelt u 'voorbeeldregio'?"],
    ['milestones[1].id', 35, "id 'publicatie' komt twee keer voor"],
    ['requirements[0].section', 52, "er is geen kop met anker 'voorwaarden' in de tekst; bestaande ankers: eisen"],
    ['(tekst)', 59, "vervang 'VUL-IN' in de tekst door uw eigen tekst"],
  ];

  it('alles-tegelijk: one run names every problem of the file, in line order', () => {
    const problems = checkWithBrokenDocument('alles-tegelijk');
    const file = join(temp, 'alles-tegelijk/kaders/voorbeeld-kader/index.mdx');
    expect(problems).toEqual(everyProblem.map(([field, line, message]) => expect.stringMatching(new RegExp(`^\`${escape(field)}\` in .*alles-tegelijk/kaders/voorbeeld-kader/index\\.mdx:${line}: ${escape(message)}`))));
    expect(readFileSync(file, 'utf8')).toBe(readFileSync('test/fixtures/broken/alles-tegelijk/index.mdx', 'utf8'));
  });

  it('npm run check prints them all in one run, then a count line, and exits with 1', () => {
    const root = join(temp, 'alles-tegelijk-cli');
    cpSync(minimal, root, { recursive: true });
    cpSync('test/fixtures/broken/alles-tegelijk/index.mdx', join(root, 'kaders/voorbeeld-kader/index.mdx'));
    const node = resolve('node_modules/.bin/node');
    const result = spawnSync(existsSync(node) ? node : process.execPath, [resolve('scripts/check-content.ts'), root], { encoding: 'utf8' });
    expect(result.status, result.stderr).toBe(1);
    const lines = result.stderr.trim().split('\n').filter(Boolean);
    expect(lines.slice(0, -1).map((l) => /^`([^`]+)` in .*index\.mdx:(\d+): /.exec(l)?.slice(1))).toEqual(everyProblem.map(([field, line]) => [field, String(line)]));
    expect(lines.at(-1)).toMatch(/^5 problemen in 1 bestand gevonden in .*alles-tegelijk-cli\/ \(1 regios, 2 gemeenten, 2 producten, 1 kaders\)\.$/);
    expect(result.stdout).toBe('');
  });

  it('sorts the problems of all files by file, then line', () => {
    const root = join(temp, 'sortering');
    cpSync(minimal, root, { recursive: true });
    const folder = join(root, 'kaders/voorbeeld-kader');
    // A chapter-name problem (found while listing the files), a problem in a YAML file and two in index.mdx.
    writeFileSync(join(folder, '1-inleiding.mdx'), '---\ntitle: Inleiding\n---\n\nTekst.\n');
    writeFileSync(join(root, 'regios/voorbeeldregio.yaml'), readFileSync(join(root, 'regios/voorbeeldregio.yaml'), 'utf8') + 'extra: 1\n');
    const index = join(folder, 'index.mdx');
    writeFileSync(index, readFileSync(index, 'utf8').replace('section: eisen', 'section: voorwaarden').replace('publisher: Gemeente Aagemeente', 'publisher: ""') + '\nVUL-IN\n');
    const found = checkContent(root).problems.map((p) => `${p.file.slice(p.file.indexOf('sortering/') + 10)}:${p.line} ${p.field}`);
    expect(found).toEqual([
      'kaders/voorbeeld-kader/1-inleiding.mdx:1 (bestandsnaam)',
      'kaders/voorbeeld-kader/index.mdx:7 publisher',
      'kaders/voorbeeld-kader/index.mdx:52 requirements[0].section',
      'kaders/voorbeeld-kader/index.mdx:59 (tekst)',
      'regios/voorbeeldregio.yaml:1 (frontmatter)',
    ]);
  });

  it('still names placeholders in the text when the frontmatter is not valid YAML', () => {
    const root = join(temp, 'yaml-fout');
    cpSync(minimal, root, { recursive: true });
    const index = join(root, 'kaders/voorbeeld-kader/index.mdx');
    writeFileSync(index, readFileSync(index, 'utf8').replace('title: Voorbeeldkader Wmo 2025', 'title: "Voorbeeldkader Wmo 2025') + '\nVUL-IN\n');
    const problems = checkContent(root).problems.map(formatProblem);
    expect(problems[0]).toMatch(/^`\(yaml\)` in .*index\.mdx:\d+: de YAML is niet leesbaar/);
    expect(problems.at(-1)).toMatch(/^`\(tekst\)` in .*index\.mdx:59: vervang 'VUL-IN' in de tekst/);
  });

  // Chapter files beside index.mdx (content/kaders/<slug>/<nn>-<chapter>.mdx): each fixture folder holds
  // only chapter files; they go into the minimal document's folder, or into a folder of their own.
  function checkWithChapters(name: string, folder = 'voorbeeld-kader') {
    const root = join(temp, name);
    cpSync(minimal, root, { recursive: true });
    cpSync(`test/fixtures/broken/${name}`, join(root, 'kaders', folder), { recursive: true });
    return checkContent(root).problems.map(formatProblem);
  }

  const chapterCases: [fixture: string, file: string, field: string, line: number, message: string, folder?: string][] = [
    ['hoofdstuk-zonder-index', '01-inleiding.mdx', '(bestandsnaam)', 1, 'deze map heeft hoofdstukken maar geen index.mdx', 'los-hoofdstuk'],
    ['hoofdstuk-gereserveerd', '01-toets.mdx', '(bestandsnaam)', 1, "'toets' is al een adres van de site onder dit document"],
    ['hoofdstuk-dubbel-nummer', '01-inleiding.mdx', '(bestandsnaam)', 1, 'het volgnummer 01 staat ook al voor 01-achtergrond.mdx'],
    ['hoofdstuk-dubbele-naam', '02-inleiding.mdx', '(bestandsnaam)', 1, "het adres 'inleiding' staat ook al in 01-inleiding.mdx"],
    ['hoofdstuk-verkeerde-naam', '1-inleiding.mdx', '(bestandsnaam)', 1, 'de bestandsnaam van een hoofdstuk moet <nn>-<hoofdstuk>.mdx zijn'],
    ['hoofdstuk-zonder-titel', '01-inleiding.mdx', 'title', 2, 'dit veld ontbreekt; verwacht tekst'],
    ['hoofdstuk-vul-in', '01-inleiding.mdx', '(tekst)', 8, "vervang 'VUL-IN' in de tekst door uw eigen tekst"],
  ];

  it.each(chapterCases)('%s: names the chapter file, line and what to do', (fixture, file, field, line, message, folder) => {
    const problems = checkWithChapters(fixture, folder);
    const match = problems.find((p) => p.includes(`\`${field}\` in `) && p.includes(`/${file}:`));
    expect(match, problems.join('\n')).toBeDefined();
    expect(match).toContain(`${fixture}/kaders/${folder ?? 'voorbeeld-kader'}/${file}:${line}:`);
    expect(match).toContain(message);
  });

  it('has a fixture for every broken chapter case', () => {
    const fixtures = readdirSync('test/fixtures/broken').filter((name) => name.startsWith('hoofdstuk-'));
    expect(fixtures.sort()).toEqual(chapterCases.map(([fixture]) => fixture).sort());
  });

  it('accepts a requirement whose section is a heading in a chapter, or a chapter title', () => {
    const root = join(temp, 'eis-in-hoofdstuk');
    cpSync(minimal, root, { recursive: true });
    const folder = join(root, 'kaders/voorbeeld-kader');
    const index = join(folder, 'index.mdx');
    const source = readFileSync(index, 'utf8');
    // Move the "## Eisen" section into a chapter file: its title is the former heading.
    writeFileSync(index, source.replace(/## Eisen[\s\S]*$/, ''));
    writeFileSync(join(folder, '01-eisen.mdx'), '---\ntitle: "Eisen"\ndescription: "De eisen."\n---\n\nTekst.\n');
    expect(checkContent(root).problems.map(formatProblem)).toEqual([]);
    writeFileSync(join(folder, '01-eisen.mdx'), '---\ntitle: "Voorwaarden"\n---\n\n## Eisen\n\nTekst.\n');
    expect(checkContent(root).problems.map(formatProblem)).toEqual([]);
    writeFileSync(join(folder, '01-eisen.mdx'), '---\ntitle: "Voorwaarden"\n---\n\nTekst.\n');
    expect(checkContent(root).problems.map(formatProblem).join()).toContain("er is geen kop met anker 'eisen'");
  });
});
