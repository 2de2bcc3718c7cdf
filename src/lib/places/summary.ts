/**
 * The one-paragraph plain-Dutch (B1) summary at the top of a municipality or
 * region page, generated from the data: how many documents, of which kind,
 * about which domains, and how recent.
 */
import type { DocumentRecord } from '../document/types.ts';
import { formatPeriod } from '../period.ts';
import type { DOCUMENT_TYPES } from '../../schemas/document.ts';

type DocumentType = (typeof DOCUMENT_TYPES)[number];

const TYPE_NAMES: Record<DocumentType, [one: string, many: string]> = {
  inkoopkader: ['inkoopkader', 'inkoopkaders'],
  inkoopstrategie: ['inkoopstrategie', 'inkoopstrategieën'],
  raadsinformatiebrief: ['raadsinformatiebrief', 'raadsinformatiebrieven'],
  presentatie: ['presentatie', 'presentaties'],
  aanbestedingsdocument: ['aanbestedingsdocument', 'aanbestedingsdocumenten'],
  'nota-van-inlichtingen': ['nota van inlichtingen', "nota's van inlichtingen"],
  marktconsultatie: ['marktconsultatie', 'marktconsultaties'],
  collegebesluit: ['collegebesluit', 'collegebesluiten'],
};

const DOMAIN_NAMES: Record<string, string> = { Wmo: 'de Wmo', Jeugdhulp: 'de jeugdhulp' };

/** "a", "a en b", "a, b en c". */
export function dutchList(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} en ${items.at(-1)}`;
}

/** "regio Rijk van Nijmegen", but "Zorgregio Midden-IJssel/Oost-Veluwe" without a doubled "regio". */
export function regionPhrase(name: string): string {
  return /^(zorg)?regio\b/i.test(name) ? name : `regio ${name}`;
}

export interface PlaceSummaryInput {
  kind: 'gemeente' | 'regio';
  name: string;
  /** Gemeente: the regions it belongs to. */
  regionNames?: readonly string[];
  /** Regio: the names of its municipalities. */
  memberNames?: readonly string[];
  /** The documents that apply, newest first. */
  documents: readonly DocumentRecord[];
}

export function placeSummary({ kind, name, regionNames = [], memberNames = [], documents }: PlaceSummaryInput): string {
  const sentences: string[] = [];
  // A region that is just this municipality (Kampen) says nothing new.
  const regions = regionNames.filter((r) => r !== name);
  if (kind === 'gemeente' && regions.length) {
    sentences.push(regions.length === 1 ? `${name} hoort bij de ${regionPhrase(regions[0]!)}.` : `${name} hoort bij de regio's ${dutchList(regions)}.`);
  }
  if (kind === 'regio' && memberNames.length) {
    sentences.push(memberNames.length === 1 ? `Tot de ${regionPhrase(name)} hoort de gemeente ${memberNames[0]}.` : `Tot de ${regionPhrase(name)} horen ${memberNames.length} gemeenten: ${dutchList(memberNames)}.`);
  }
  const about = kind === 'gemeente' ? name : `de gemeenten in de ${regionPhrase(name)}`;
  if (documents.length === 0) {
    sentences.push(`Op Inkoopwijzer staan nog geen documenten over de inkoop van zorg en ondersteuning voor ${about}.`);
    return sentences.join(' ');
  }
  const counts = new Map<DocumentType, number>();
  for (const d of documents) counts.set(d.data.documentType, (counts.get(d.data.documentType) ?? 0) + 1);
  const kinds = [...counts].map(([type, n]) => `${n} ${TYPE_NAMES[type][n === 1 ? 0 : 1]}`);
  const domains = [...new Set(documents.flatMap((d) => d.data.domains))].map((d) => DOMAIN_NAMES[d] ?? d);
  sentences.push(
    documents.length === 1
      ? `Op Inkoopwijzer staat 1 document over de inkoop van zorg en ondersteuning voor ${about}: een ${TYPE_NAMES[documents[0]!.data.documentType][0]} over ${dutchList(domains)}.`
      : `Op Inkoopwijzer staan ${documents.length} documenten over de inkoop van zorg en ondersteuning voor ${about}: ${dutchList(kinds)}, over ${dutchList(domains)}.`,
  );
  const newest = documents[0]!;
  const concepts = documents.filter((d) => d.data.status === 'concept').length;
  if (documents.length > 1) sentences.push(`Het nieuwste document is van ${formatPeriod(newest.data.published)}.`);
  if (concepts > 0) sentences.push(concepts === documents.length ? (concepts === 1 ? 'Dit document is nog een concept.' : 'Alle documenten zijn nog een concept.') : `${concepts === 1 ? '1 document is' : `${concepts} documenten zijn`} nog een concept.`);
  return sentences.join(' ');
}
