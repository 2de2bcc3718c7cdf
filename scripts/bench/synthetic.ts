/**
 * Synthetic documents that pass the real schema, for the scale benchmark.
 * Written to a temporary content tree outside content/, never shipped.
 * Four consecutive documents share a traject (as a strategy, a framework and
 * its letters do): a traject does not grow with the number of documents.
 */
const MUNICIPALITIES = ['berg-en-dal', 'beuningen', 'druten', 'heumen', 'mook-en-middelaar', 'nijmegen', 'wijchen'];
const PRODUCTS = ['begeleiding', 'specialistische-begeleiding', 'dagbesteding', 'kortdurend-verblijf', 'hulp-bij-het-huishouden'];
const WORDS = 'zorg aanbieder gemeente inkoop begeleiding dagbesteding contract planning kwaliteit tarief cliënt wijkteam toegang verlenging eisen budget'.split(' ');

function pick<T>(items: readonly T[], i: number): T {
  return items[i % items.length]!;
}

function paragraph(seed: number, words = 60): string {
  return Array.from({ length: words }, (_, i) => pick(WORDS, seed * 7 + i * 3)).join(' ') + '.';
}

export function syntheticDocument(i: number): string {
  const slug = `synthetisch-kader-${i}`;
  const year = 2020 + (i % 8);
  const frontmatter = `---
title: "Synthetisch inkoopkader ${i}"
shortTitle: "Synthetisch kader ${i}"
documentType: inkoopkader
status: ${i % 3 === 0 ? 'concept' : 'definitief'}
published: ${year}-${String((i % 12) + 1).padStart(2, '0')}
publisher: Benchmark
region: rijk-van-nijmegen
municipalities: [${MUNICIPALITIES.slice(0, 3 + (i % 5)).join(', ')}]
domains: [Wmo]
traject: bench-${Math.floor(i / 4)}
source: { title: "Synthetisch ${i}", publisher: Benchmark, date: ${year}, file: synthetisch.txt }
summary: "Een gegenereerd kader om de schaal van de site te meten."
procurement:
  method: europese-aanbesteding-sas
  methodLabel: Europese aanbesteding
  agreementType: raamovereenkomst
  contract: { certainty: vastgesteld, start: ${year + 1}-01-01, initialTerm: { exact: { years: 4 } }, extensions: [{ years: 2 }, { years: 2 }] }
products:
${PRODUCTS.map((p, j) => `  - { product: ${p}, certainty: vastgesteld${j === i % 5 ? `, exceptions: [{ municipality: berg-en-dal, channel: lokale-inkoop }]` : ''} }`).join('\n')}
lots:
  - { id: begeleiding, name: Begeleiding, domain: Wmo, scope: per-gemeente, certainty: vastgesteld, products: [begeleiding] }
  - { id: dagbesteding, number: 2, name: Dagbesteding, domain: Wmo, scope: regionaal, certainty: vastgesteld, products: [dagbesteding] }
milestones:
${Array.from({ length: 6 }, (_, m) => `  - { id: stap-${m}, label: "Stap ${m}", when: ${year}-Q${(m % 4) + 1}, certainty: ${m < 3 ? 'vastgesteld' : 'voornemen'} }`).join('\n')}
figures:
  - id: omzet
    title: Omzet per product
    year: ${year}
    columns: [{ key: omzet, label: Omzet, unit: euro }, { key: clienten, label: Cliënten, unit: aantal }]
    rows:
${PRODUCTS.map((p, j) => `      - { label: "${p}", values: { omzet: ${1000 * (j + 1) + i}, clienten: ${j + 1} } }`).join('\n')}
    total: { values: { omzet: ${PRODUCTS.reduce((acc, _, j) => acc + 1000 * (j + 1) + i, 0)}, clienten: 10 }, kind: { omzet: som, clienten: geen-som } }
requirements:
  - { id: bibob, kind: bibob, title: Bibob, description: Een Bibob-toets., effect: uitsluitend, certainty: vastgesteld, section: eisen, question: "Werkt u mee aan een Bibob-toets?" }
  - { id: kwaliteit, kind: kwaliteit, title: Kwaliteit, description: Een kwaliteitssysteem., effect: aandacht, certainty: vastgesteld, section: eisen, question: "Heeft u een kwaliteitssysteem?" }
---
`;
  // Every third document is split into chapter pages (content/kaders/<slug>/<nn>-<chapter>.mdx), so the
  // benchmark covers them too; the others keep the whole text in index.mdx.
  if (i % 3 === 0) return frontmatter + `
## Inleiding

${paragraph(i)}
`;
  const body = `
## Inleiding

${paragraph(i)}

## Eisen

${paragraph(i + 1)}

<Requirements kader="${slug}" />

## Planning

<Planning kader="${slug}" />

## Cijfers

<FigureTable kader="${slug}" id="omzet" />

## Percelen

<LotMatrix kader="${slug}" />

${paragraph(i + 2, 200)}
`;
  return frontmatter + body;
}

/** Chapter files of a split synthetic document (every third one), by file name; empty for the others. */
export function syntheticChapters(i: number): Record<string, string> {
  if (i % 3 !== 0) return {};
  const slug = `synthetisch-kader-${i}`;
  return {
    // The title stands for the former "## Eisen" heading: requirements point at section "eisen".
    '01-eisen.mdx': `---\ntitle: "Eisen"\ndescription: "Wat het kader van aanbieders vraagt."\n---\n\n${paragraph(i + 1)}\n\n<Requirements kader="${slug}" />\n`,
    '02-planning-en-cijfers.mdx': `---\ntitle: "Planning en cijfers"\ndescription: "Wanneer wat gebeurt, en de omzet in een tabel."\n---\n\n## Planning\n\n<Planning kader="${slug}" />\n\n## Cijfers\n\n<FigureTable kader="${slug}" id="omzet" />\n`,
    '03-percelen.mdx': `---\ntitle: "Percelen"\n---\n\n<LotMatrix kader="${slug}" />\n\n${paragraph(i + 2, 200)}\n`,
  };
}

/** A page of the bare Astro + MDX comparison build: a title and about as much text as a synthetic document. */
export function bareMdxPage(i: number): string {
  return `---\ntitle: "Pagina ${i}"\n---\n\n# Pagina ${i}\n\n## Inleiding\n\n${paragraph(i)}\n\n## Eisen\n\n${paragraph(i + 1)}\n\n## Percelen\n\n${paragraph(i + 2, 200)}\n`;
}
