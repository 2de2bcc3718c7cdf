/** Dutch labels for the model's enum values, in one place. */
import type {
  AGREEMENT_TYPES, DOCUMENT_STATUSES, DOCUMENT_TYPES, FUNDING_MODELS,
  PROCUREMENT_METHODS, REQUIREMENT_EFFECTS, REQUIREMENT_KINDS,
} from '../schemas/document.ts';

type Labels<T extends readonly string[]> = Record<T[number], string>;

export const documentTypeLabels: Labels<typeof DOCUMENT_TYPES> = {
  inkoopkader: 'Inkoopkader',
  inkoopstrategie: 'Inkoopstrategie',
  raadsinformatiebrief: 'Raadsinformatiebrief',
  presentatie: 'Presentatie',
  aanbestedingsdocument: 'Aanbestedingsdocument',
  'nota-van-inlichtingen': 'Nota van inlichtingen',
  marktconsultatie: 'Marktconsultatie',
  collegebesluit: 'Collegebesluit',
};

export const statusLabels: Labels<typeof DOCUMENT_STATUSES> = {
  concept: 'Concept',
  definitief: 'Definitief',
};

export const methodLabels: Labels<typeof PROCUREMENT_METHODS> = {
  'europese-aanbesteding-sas': 'Europese aanbesteding, verlicht regime (SAS)',
  aanbesteding: 'Aanbesteding',
  'open-house': 'Open House (toelating)',
  'onderhandse-aanbesteding': 'Onderhandse aanbesteding',
  subsidie: 'Subsidie',
};

export const agreementTypeLabels: Labels<typeof AGREEMENT_TYPES> = {
  raamovereenkomst: 'Raamovereenkomst',
  toelatingsovereenkomst: 'Toelatingsovereenkomst',
  overeenkomst: 'Overeenkomst',
  subsidie: 'Subsidie',
};

export const fundingModelLabels: Labels<typeof FUNDING_MODELS> = {
  inspanningsgericht: 'Inspanningsgericht (P×Q: prijs maal hoeveelheid)',
  taakgericht: 'Taakgericht (een budget voor een taak)',
  resultaatgericht: 'Resultaatgericht (betaling per resultaat)',
  'vast-budget': 'Vast budget',
  subsidie: 'Subsidie',
};

export { certaintyLabels } from './certainty.ts';

export const requirementKindLabels: Labels<typeof REQUIREMENT_KINDS> = {
  uitsluitingsgrond: 'Uitsluitingsgrond',
  geschiktheidseis: 'Geschiktheidseis',
  kwaliteit: 'Kwaliteit',
  bibob: 'Bibob (integriteit)',
  'financiele-toets': 'Financiële toets',
  governance: 'Goed bestuur (governance)',
  sroi: 'Social return (SROI)',
  'programma-van-eisen': 'Programma van eisen',
  werkwijze: 'Werkwijze',
  overig: 'Overig',
};

export const requirementEffectLabels: Labels<typeof REQUIREMENT_EFFECTS> = {
  uitsluitend: 'Sluit uit als u er niet aan voldoet',
  aandacht: 'Vraagt aandacht, sluit niet uit',
};


