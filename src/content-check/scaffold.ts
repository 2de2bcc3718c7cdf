/**
 * `npm run new -- <slug>`: scaffolds content/kaders/<slug>/index.mdx with a
 * commented frontmatter template and a page skeleton. Every value the
 * author must supply is the placeholder VUL-IN; `npm run check` names each
 * one that is left (see placeholders.ts), and the file passes the schema
 * once they are filled in.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PLACEHOLDER } from './placeholders.ts';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export type ScaffoldResult = { ok: true; path: string } | { ok: false; error: string };

export function kaderTemplate(slug: string): string {
  const P = PLACEHOLDER;
  return `---
# Sjabloon voor een nieuw inkoopdocument. Vervang elke ${P} door de juiste waarde
# en draai daarna \`npm run check\`: die noemt elk veld dat nog ${P} bevat.
# Alle velden staan met uitleg en voorbeeld in docs/authoring.md.
# Datums en perioden: 2024-04-23 (dag), 2024-W16 (week), 2024-05 (maand),
# 2025-Q3 (kwartaal), 2024 (jaar), 2024-09/2024-10 (periode).

# Volledige titel, precies zoals op het brondocument.
title: "${P}"
# Korte titel voor lijsten, met de regio vooraan, bijv. "Regio X: inkoopkader Wmo 2027".
shortTitle: "${P}"
# inkoopkader | inkoopstrategie | raadsinformatiebrief | presentatie
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
  # Bestandsnaam van de bron in het archief.
  file: "${P}"
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
    # Eerste dag van het contract, als echte datum: 2026-01-01.
    start: ${P}
    # Eerste looptijd: { years: 4 } of { months: 6 }; null als de bron er geen noemt.
    initialTerm: { years: 4 }
    # Verlengingsopties, bijv. [{ years: 2 }, { years: 2 }]; [] als er geen zijn.
    extensions: []
    # Einddatums zoals de bron ze noemt; de controle rekent ze na. Weglaten mag.
    # stated: { initialEnd: 2029-12-31, maxEnd: 2033-12-31 }
  # Social return, bijv. [{ percentage: 5, basis: omzet }]; [] als de bron niets noemt.
  sroi: []
  # Andere inkooptrajecten die het document aankondigt, bijv.
  # [{ id: hulpmiddelen, label: "Hulpmiddelen", contractStart: 2026-06-01 }]
  otherProcurements: []

# Wat er wordt ingekocht: id's uit content/producten/. Meer producten: meer regels.
products:
  - product: ${P}
    # product | bouwsteen | segment | specialisme | productgroep
    kind: product
    # regionale-inkoop | lokale-inkoop | aparte-aanbesteding | andere-regio | niet-ingekocht
    channel: regionale-inkoop

# Segmenten en percelen, als het document ze noemt (zie docs/authoring.md), bijv.
# lots:
#   - { id: begeleiding, number: 1, name: "Begeleiding", domain: Wmo, scope: regionaal, products: [begeleiding] }
segments: []
lots: []

funding:
  # Bekostigingsmodellen, bijv.
  # - { model: inspanningsgericht, description: "Betaling per uur (P×Q).", status: voornemen }
  models: []
  # Tarieven in centen, bijv. [{ label: "Begeleiding", unit: uur, amountCents: 6540, year: 2026 }]
  tariffs: []

# De planning. Geef elke stap een vaste id; gebruik dezelfde id in latere
# documenten van dezelfde inkoop. when: datum of periode, zo precies als de bron.
milestones:
  - id: publicatie
    label: "Publicatie aanbestedingsdocumenten"
    when: ${P}
    kind: publicatie
  - id: start-contract
    label: "Start nieuwe contracten"
    when: ${P}
    kind: start

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
    section: eisen-aan-aanbieders

awardCriteria: []
risks: []

# Versies van dit document, oudste eerst, bijv.
# - { date: 2026-03-01, label: "Definitief", description: "Vastgesteld door het college." }
versions: []
---

{/* Schrijf de tekst in eigen woorden en in eenvoudige taal (B1). Vervang elke invulplek.
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

/** Creates content/kaders/<slug>/index.mdx under `contentRoot`; refuses an invalid slug or an existing folder. */
export function scaffoldKader(contentRoot: string, slug: string | undefined): ScaffoldResult {
  if (!slug) {
    return { ok: false, error: 'Geef de slug van het nieuwe kader, bijvoorbeeld: npm run new -- regio-x-wmo-2027' };
  }
  if (!SLUG.test(slug)) {
    return { ok: false, error: `'${slug}' is geen geldige slug. Gebruik kleine letters, cijfers en streepjes, zonder spaties of accenten, bijvoorbeeld 'regio-x-wmo-2027'.` };
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
  writeFileSync(path, kaderTemplate(slug));
  return { ok: true, path };
}
