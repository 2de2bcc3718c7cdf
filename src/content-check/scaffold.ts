/**
 * `npm run new -- <slug> [--hoofdstukken "Terugblik, Doelen"]`: scaffolds
 * content/kaders/<slug>/index.mdx with a commented frontmatter template and a
 * page skeleton, and for a long document one chapter file per name
 * (01-terugblik.mdx …, see src/lib/document/chapters.ts). Every value the
 * author must supply is the placeholder VUL-IN; `npm run check` names each
 * one that is left (see placeholders.ts), and the files pass the schema and
 * the chapter rules once they are filled in.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { termSlug } from '../lib/glossary-match.ts';
import { chapterFolderProblems, RESERVED_CHAPTER_SLUGS } from '../lib/document/chapters.ts';
import { PLACEHOLDER } from './placeholders.ts';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export type ScaffoldResult = { ok: true; path: string; chapterPaths: string[] } | { ok: false; error: string };

/** A chapter to scaffold: content/kaders/<slug>/<file>, with `title` as its heading. */
export interface ChapterPlan {
  file: string;
  slug: string;
  title: string;
}

const CHAPTER_EXAMPLE = 'bijvoorbeeld: --hoofdstukken "Terugblik, Doelen, Inkoopproces"';

/**
 * The chapters named on the command line, comma-separated, in reading order.
 * Each name becomes a title and, in lowercase without accents, an address
 * (`Planning & eisen` → 02-planning-en-eisen.mdx). Names every problem at once.
 */
export function planChapters(list: string | undefined): { ok: true; chapters: ChapterPlan[] } | { ok: false; error: string } {
  if (list === undefined || list.trim() === '') {
    return { ok: false, error: `Geef na --hoofdstukken de namen van de hoofdstukken, gescheiden door komma's, ${CHAPTER_EXAMPLE}` };
  }
  const names = list.split(',').map((name) => name.trim().replace(/\s+/g, ' '));
  const errors: string[] = [];
  names.forEach((name, i) => {
    if (name === '') errors.push(`Hoofdstuk ${i + 1} in de lijst heeft geen naam. Zet tussen elke twee komma's een naam, ${CHAPTER_EXAMPLE}`);
  });
  if (names.length > 99) errors.push(`Een document heeft hooguit 99 hoofdstukken (de volgnummers 01 tot en met 99); u gaf er ${names.length}.`);
  const chapters: ChapterPlan[] = [];
  const byName = new Map<string, string>();
  const bySlug = new Map<string, string>();
  names.forEach((name, i) => {
    if (name === '') return;
    const slug = termSlug(name);
    const sameName = byName.get(name.toLowerCase());
    if (sameName !== undefined) {
      errors.push(`Het hoofdstuk '${name}' staat twee keer in de lijst. Geef elk hoofdstuk een eigen naam.`);
      return;
    }
    byName.set(name.toLowerCase(), name);
    if (slug === '') {
      errors.push(`Van de naam '${name}' is geen adres te maken. Gebruik letters of cijfers in de naam van een hoofdstuk.`);
      return;
    }
    if ((RESERVED_CHAPTER_SLUGS as readonly string[]).includes(slug)) {
      errors.push(`Het hoofdstuk '${name}' zou het adres '${slug}' krijgen, maar dat is al een adres van de site onder elk document (${RESERVED_CHAPTER_SLUGS.join(', ')}). Kies een andere naam.`);
      return;
    }
    const sameSlug = bySlug.get(slug);
    if (sameSlug !== undefined) {
      errors.push(`De hoofdstukken '${sameSlug}' en '${name}' krijgen allebei het adres '${slug}'. Geef elk hoofdstuk een naam die meer verschilt.`);
      return;
    }
    bySlug.set(slug, name);
    chapters.push({ file: `${String(i + 1).padStart(2, '0')}-${slug}.mdx`, slug, title: name });
  });
  if (errors.length === 0) {
    // The scaffold must never break the chapter rules that npm run check applies.
    const rules = chapterFolderProblems(['index.mdx', ...chapters.map((c) => c.file)]);
    errors.push(...rules.map((r) => `${r.file}: ${r.message}`));
  }
  return errors.length ? { ok: false, error: errors.join('\n') } : { ok: true, chapters };
}

/** One chapter file: its title, a description to write and a text to write. */
export function chapterTemplate(slug: string, chapter: ChapterPlan): string {
  const P = PLACEHOLDER;
  return `---
# Een hoofdstuk van ${slug}. Het volgnummer in de bestandsnaam geeft de volgorde; het adres is
# /kaders/${slug}/${chapter.slug}/. Zie "Een lang document in hoofdstukken" in docs/authoring.md.

# De kop van het hoofdstuk (de grote kop boven de pagina en de regel in de inhoudsopgave).
title: ${JSON.stringify(chapter.title)}
# Eén zin in eenvoudige taal (B1) over wat er in dit hoofdstuk staat.
description: "${P}"
---

{/* De titel hierboven is de kop van deze pagina: begin de tekst met ##-koppen.
Componenten mogen in elk hoofdstuk staan, bijvoorbeeld <ProductMatrix kader="${slug}" />,
<ContractTerm kader="${slug}" />, <Requirements kader="${slug}" />, <FundingModels kader="${slug}" />
en <Planning kader="${slug}" />. Een link naar een ander hoofdstuk schrijft u met het volledige
adres: [tekst](/kaders/${slug}/<hoofdstuk>/#anker). */}

${P}
`;
}

/**
 * The template of index.mdx. With chapters, it holds the frontmatter and a short
 * introduction; the text goes into the chapter files.
 */
export function documentTemplate(slug: string, chapters: readonly ChapterPlan[] = []): string {
  const P = PLACEHOLDER;
  return `---
# Sjabloon voor een nieuw inkoopdocument. Vervang elke ${P} door de juiste waarde
# en draai daarna \`npm run check\`: die noemt elk veld dat nog ${P} bevat.
# Alle velden staan met uitleg en voorbeeld in docs/authoring.md.
# Datums en perioden, zo precies als de bron: 2024-04-23 (dag), 2024-W16 (week),
# 2024-05 (maand), 2025-Q3 (kwartaal), 2024 (jaar), eind-2025 / begin-2026 / medio-2025
# (deel van een jaar), 2024-09/2024-10 (periode), "2024-09-26, 2024-10-24" (losse data).
# Noemt de bron een deel niet (bijv. "21 maart" zonder jaar) en leidt u het af? Schrijf dan
# { date: 2024-03-21, inferred: { part: jaar, reason: "Waarom u dit jaar afleidt." } }.
# Zekerheid (certainty), bij elke uitspraak verplicht: hoe zeker zegt het document het?
# vastgesteld (besloten, of al gebeurd) | voornemen ("we willen", "het plan is", gepland)
# | mogelijk ("kan", "eventueel") | in-onderzoek ("we onderzoeken") | onbekend (blijkt niet uit de bron).

# Volledige titel, precies zoals op het brondocument.
title: "${P}"
# Korte titel voor lijsten, met de regio vooraan, bijv. "Regio X: inkoopkader Wmo 2027".
shortTitle: "${P}"
# inkoopkader | inkoopstrategie | raadsinformatiebrief | presentatie | aanbestedingsdocument |
# nota-van-inlichtingen | marktconsultatie | collegebesluit
documentType: inkoopkader
# concept | definitief. Bij concept toont de site overal een label "Concept".
status: concept
# Datum of periode van het document, zo precies als de bron (bijv. 2024-05).
published: ${P}
# Wie het document uitgeeft, bijv. "College van burgemeester en wethouders van X".
publisher: "${P}"
# Id van de regio: de bestandsnaam in content/regios/ (zonder .yaml).
region: ${P}
# Id's van de deelnemende gemeenten (bestandsnamen in content/gemeenten/).
municipalities: [${P}]
# Wmo en/of Jeugdhulp.
domains: [Wmo]
# Id van de inkoop. Latere documenten over dezelfde inkoop (een raadsbrief, een
# wijziging) krijgen hetzelfde traject; de site toont dan wat er veranderde.
traject: ${slug}
# Slugs van andere documenten op deze site die lezers erbij moeten zien.
related: []
# Het brondocument waaruit deze pagina is geschreven.
source:
  title: "${P}"
  publisher: "${P}"
  # Datum of periode van de bron.
  date: ${P}
  # Bestandsnaam van de bron in het archief (intern, wordt nergens getoond).
  file: "${P}"
  # Officieel webadres van het document bij de uitgever, als dat er is (of weglaten).
  # url: https://www.example.nl/inkoopkader.pdf
# Samenvatting in eenvoudige taal (B1) voor inwoners, 2 tot 6 zinnen.
summary: >-
  ${P}
# Extra zoekwoorden, bijv. [Bibob, kostprijs].
keywords: []

procurement:
  # europese-aanbesteding-sas | aanbesteding | open-house | onderhandse-aanbesteding | subsidie
  method: aanbesteding
  # De inkoopvorm in de woorden van het document.
  methodLabel: "${P}"
  # raamovereenkomst | toelatingsovereenkomst | overeenkomst | subsidie (of weglaten)
  agreementType: raamovereenkomst
  # Noemt het document geen startdatum? Vervang dit blok dan door: contract: null
  contract:
    # Start van het contract, zo precies als de bron: 2026-01-01, of 2026 als de bron alleen het jaar noemt.
    start: ${P}
    # Hoe zeker noemt het document het contract (start en looptijd)? vastgesteld | voornemen |
    # mogelijk | in-onderzoek | onbekend (zie de uitleg bovenaan).
    certainty: ${P}
    # Eerste looptijd met de grens die de bron geeft: { exact: { years: 4 } } bij "4 jaar";
    # { max: { months: 48 }, openEnded: true } bij "maximaal 48 maanden, mogelijk langer";
    # approx: true bij "circa". Noemt de bron geen looptijd? Laat de regel dan weg.
    initialTerm: { exact: { years: 4 } }
    # Verlengingsopties in volgorde, bijv. [{ years: 2 }, { years: 2 }]; geen als de bron zegt
    # dat er geen zijn. Noemt de bron het niet? Laat de regel dan weg (een lege lijst [] mag niet).
    # extensions: [{ years: 2 }, { years: 2 }]
    # Einddatums zoals de bron ze noemt; de controle rekent ze na. Weglaten mag.
    # stated: { initialEnd: 2029-12-31, maxEnd: 2033-12-31 }
  # Hoeveel aanbieders het document wil contracteren, bijv.
  # providersTarget: { text: "circa 12 à 15 per segment", count: { min: 12, max: 15, approx: true }, per: segment, certainty: voornemen }
  # Social return, bijv. [{ percentage: 5, basis: omzet, certainty: vastgesteld }]
  # (basis: opdrachtwaarde | omzet | niet-genoemd); [] als de bron niets noemt.
  sroi: []
  # Andere inkooptrajecten die het document aankondigt, bijv.
  # [{ id: hulpmiddelen, label: "Hulpmiddelen", contractStart: 2026-06-01, certainty: voornemen }]
  otherProcurements: []

# Wat er wordt ingekocht: id's uit content/producten/. Meer producten: meer regels.
products:
  - product: ${P}
    # product | bouwsteen | segment | specialisme | productgroep
    kind: product
    # regionale-inkoop | lokale-inkoop | aparte-aanbesteding | andere-regio | niet-ingekocht.
    # Zegt de bron niet hoe het wordt ingekocht? Laat de regel dan weg (de site toont "niet genoemd").
    channel: regionale-inkoop
    # Hoe zeker zegt het document dat dit zo wordt ingekocht? vastgesteld | voornemen | mogelijk | in-onderzoek | onbekend
    certainty: ${P}
    # Alleen voor sommige deelnemende gemeenten, of onder een ander domein dan het document? Bijv.
    # municipalities: [gemeente-a]
    # domains: [Jeugdhulp]

# Segmenten en percelen, als het document ze noemt (zie docs/authoring.md), bijv.
# lots:
#   - { id: begeleiding, number: 1, name: "Begeleiding", domain: Wmo, scope: regionaal, products: [begeleiding], certainty: vastgesteld }
# scope: per-gemeente (één perceel per gemeente) | regionaal (één voor alle gemeenten) |
# gemeenten (één perceel voor sommige gemeenten; noem ze dan: municipalities: [gemeente-a, gemeente-b]).
segments: []
lots: []

funding:
  # Bekostigingsmodellen, bijv.
  # - { model: inspanningsgericht, description: "Betaling per uur (P×Q).", certainty: voornemen }
  models: []
  # Tarieven in centen, bijv. [{ label: "Begeleiding", unit: uur, amountCents: 6540, year: 2026 }]
  tariffs: []

# De planning. Geef elke stap een vaste id; een later document dat een datum wijzigt,
# noemt die id onder supersedes. when: datum of periode, zo precies als de bron.
milestones:
  - id: publicatie
    label: "Publicatie aanbestedingsdocumenten"
    when: ${P}
    kind: publicatie
    # vastgesteld (vaste datum, of al gebeurd) | voornemen (gepland) | mogelijk | in-onderzoek | onbekend
    certainty: ${P}
  - id: start-contract
    label: "Start nieuwe contracten"
    when: ${P}
    kind: start
    # Hoe zeker is deze datum? vastgesteld | voornemen | mogelijk | in-onderzoek | onbekend
    certainty: ${P}

# Cijfertabellen, zie docs/authoring.md (figures).
figures: []

# Eisen aan aanbieders. section is het anker van het kopje in de tekst hieronder.
requirements:
  - id: ${P}
    # uitsluitingsgrond | geschiktheidseis | kwaliteit | bibob | financiele-toets |
    # governance | sroi | programma-van-eisen | werkwijze | overig
    kind: kwaliteit
    title: "${P}"
    description: "${P}"
    # uitsluitend (niet voldoen = uitgesloten) | aandacht (aandachtspunt)
    effect: uitsluitend
    # Staat de eis vast (vastgesteld), of is het een voornemen, mogelijk, in-onderzoek of onbekend?
    # Alleen een vastgestelde uitsluitende eis kan in de zelftest uitsluiten.
    certainty: ${P}
${chapters.length ? `    # Anker van de kop waar de eis staat, in index.mdx of een hoofdstuk: de kop in kleine letters
    # met streepjes (## Eisen aan aanbieders wordt eisen-aan-aanbieders; de titel van een
    # hoofdstuk telt ook, zoals ${chapters[0]!.slug}).
    section: ${P}
` : `    section: eisen-aan-aanbieders
`}
# Gunningscriteria, bijv. [{ title: "Kwaliteit", weight: "60%", certainty: voornemen }]
awardCriteria: []
# Wat het document toestaat (geen eis; de zelftest vraagt er niet naar), bijv.
# - { id: onderaanneming, title: "Combinaties en onderaanneming", description: "Samenwerken in een combinatie of met onderaannemers mag.", section: eisen-aan-aanbieders }
permissions: []
# Wijzigt dit document een eerder document van dezelfde inkoop (bijv. een raadsinformatiebrief
# die de planning verschuift)? Noem dan per uitspraak de nieuwe waarde; het eerdere document moet
# ouder zijn en de uitspraak (id) moet erin staan. Zie docs/authoring.md (supersedes), bijv.
# - document: regio-x-wmo-2026
#   section: nieuwe-planning
#   changes:
#     - { milestone: publicatie, set: { when: 2026-04-23 } }
supersedes: []
risks: []

# Versies van dit document, oudste eerst, bijv.
# - { date: 2026-03-01, label: "Definitief", description: "Vastgesteld door het college." }
versions: []
---

${chapters.length ? chapteredBody(slug, chapters) : singlePageBody(slug)}`;
}

function singlePageBody(slug: string): string {
  const P = PLACEHOLDER;
  return `{/* Schrijf de tekst in eigen woorden en in eenvoudige taal (B1). Vervang elke invulplek.
Wordt het document lang (de pagina komt boven het budget van 25 KB)? Splits het dan in hoofdstukken
naast dit bestand: 01-<hoofdstuk>.mdx, 02-<hoofdstuk>.mdx …, elk met frontmatter title en description
en tekst die begint bij ##. Dit bestand houdt de frontmatter en een korte inleiding.
Zie "Een lang document in hoofdstukken" in docs/authoring.md. */}

## Waar gaat dit kader over?

${P}

## Wat wordt er ingekocht?

${P}

<ProductMatrix kader="${slug}" />

{/* Heeft het document percelen of segmenten? Gebruik dan ook:
<LotMatrix kader="${slug}" />
<Segments kader="${slug}" />
*/}

## Looptijd van de contracten

<ContractTerm kader="${slug}" />

## Eisen aan aanbieders

${P}

<Requirements kader="${slug}" />

## Bekostiging

${P}

<FundingModels kader="${slug}" />

## Planning

<Planning kader="${slug}" />

{/* Meer componenten, zoals <FigureTable kader="${slug}" id="..." /> en
<Callout type="let-op" title="...">, staan in docs/authoring.md. */}
`;
}

function chapteredBody(slug: string, chapters: readonly ChapterPlan[]): string {
  const P = PLACEHOLDER;
  return `{/* Dit document is verdeeld in hoofdstukken, elk in een eigen bestand naast dit bestand:
${chapters.map((c) => `${c.file}`).join(', ')}.
Dit bestand houdt de frontmatter en een korte inleiding in eenvoudige taal (B1). De pagina
/kaders/${slug}/ toont daaronder vanzelf de lijst "Inhoud van dit document".
Een hoofdstuk erbij? Maak een bestand <nn>-<hoofdstuk>.mdx zoals de andere.
Zie "Een lang document in hoofdstukken" in docs/authoring.md. */}

## Waar gaat dit kader over?

${P}
`;
}

export interface NewDocumentArgs {
  contentRoot: string;
  slug: string | undefined;
  /** The comma-separated chapter names after --hoofdstukken; '' when the flag has no value; absent without the flag. */
  hoofdstukken?: string;
}

/** The arguments of npm run new: <slug> [--hoofdstukken "A, B, C"] [--content <folder>]. */
export function parseNewDocumentArgs(args: readonly string[]): { ok: true; args: NewDocumentArgs } | { ok: false; error: string } {
  const positional: string[] = [];
  let contentRoot: string | undefined = 'content';
  let hoofdstukken: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => inline ?? (args[i + 1] !== undefined && !args[i + 1]!.startsWith('--') ? args[++i]! : '');
    if (flag === '--content') contentRoot = value();
    else if (flag === '--hoofdstukken') hoofdstukken = value();
    else if (flag.startsWith('--')) return { ok: false, error: `Onbekende optie '${flag}'. Mogelijk zijn: --hoofdstukken "Terugblik, Doelen" en --content <map>.` };
    else positional.push(arg);
  }
  if (!contentRoot) return { ok: false, error: 'Geef na --content de map met de inhoud, bijvoorbeeld: --content content' };
  if (positional.length > 1) {
    return {
      ok: false,
      error: `Eén slug per keer; daarnaast staat er nog ${positional.slice(1).map((a) => `'${a}'`).join(', ')}. Zet de namen van de hoofdstukken tussen aanhalingstekens, ${CHAPTER_EXAMPLE}`,
    };
  }
  return { ok: true, args: { contentRoot, slug: positional[0], ...(hoofdstukken === undefined ? {} : { hoofdstukken }) } };
}

/**
 * Creates content/kaders/<slug>/index.mdx under `contentRoot`, and with
 * `hoofdstukken` one chapter file per name beside it. Refuses an invalid slug,
 * an existing folder or a bad list of chapters, before it writes anything.
 */
export function scaffoldDocument(contentRoot: string, slug: string | undefined, options: { hoofdstukken?: string } = {}): ScaffoldResult {
  if (!slug) {
    return { ok: false, error: 'Geef de slug van het nieuwe kader, bijvoorbeeld: npm run new -- regio-x-wmo-2027' };
  }
  if (!SLUG.test(slug)) {
    return { ok: false, error: `'${slug}' is geen geldige slug. Gebruik kleine letters, cijfers en streepjes, zonder spaties of accenten, bijvoorbeeld 'regio-x-wmo-2027'.` };
  }
  let chapters: ChapterPlan[] = [];
  if ('hoofdstukken' in options) {
    const plan = planChapters(options.hoofdstukken);
    if (!plan.ok) return plan;
    chapters = plan.chapters;
  }
  const kaders = join(contentRoot, 'kaders');
  if (!existsSync(kaders)) {
    return { ok: false, error: `De map ${kaders}/ bestaat niet. Draai het commando in de projectmap, of geef de inhoudsmap met --content <map>.` };
  }
  const folder = join(kaders, slug);
  if (existsSync(folder)) {
    return { ok: false, error: `De map ${folder}/ bestaat al. Kies een andere slug, of pas het bestaande kader aan.` };
  }
  mkdirSync(folder);
  const path = join(folder, 'index.mdx');
  writeFileSync(path, documentTemplate(slug, chapters));
  const chapterPaths = chapters.map((chapter) => {
    const chapterPath = join(folder, chapter.file);
    writeFileSync(chapterPath, chapterTemplate(slug, chapter));
    return chapterPath;
  });
  return { ok: true, path, chapterPaths };
}
