/**
 * The OCDS 1.1.5 codes this site uses, hard-coded: the mapping never reads
 * the codelists. `npm run test:standards -- <ocds-1.1.5 folder>` checks every
 * code in the built packages against the official codelist CSVs.
 */
import type { DocumentData } from '../document/types.ts';

export const OCDS_VERSION = '1.1';

/**
 * Our ocid prefix. OCDS ocids start with a prefix registered with the Open
 * Contracting Partnership (registered prefixes have the form `ocds-` plus six
 * characters). Inkoopwijzer has none registered; this prefix is our own and is
 * deliberately not of that form, so nobody takes it for a registered one.
 * When a prefix is registered, every ocid changes (see docs/open-data-ocds.md).
 */
export const OCID_PREFIX = 'inkoopwijzer-';

/**
 * Official extensions, by the URL the Open Contracting extension registry uses
 * (the lots URL is the one the techniques extension's own extension.json names
 * in its testDependencies; requirements and techniques follow the same
 * repository naming, ocds_<name>_extension).
 */
export const OFFICIAL_EXTENSIONS = {
  lots: 'https://raw.githubusercontent.com/open-contracting-extensions/ocds_lots_extension/master/extension.json',
  requirements: 'https://raw.githubusercontent.com/open-contracting-extensions/ocds_requirements_extension/master/extension.json',
  techniques: 'https://raw.githubusercontent.com/open-contracting-extensions/ocds_techniques_extension/master/extension.json',
} as const;

/** Where our own (local) extension is served, relative to the site. */
export const LOCAL_EXTENSION_PATH = '/ocds/extensie/extension.json';
export const LOCAL_EXTENSION_SCHEMA_PATH = '/ocds/extensie/release-schema.json';

/** documentType codelist (open): only where a code fits; otherwise no documentType (our own type is in the extension). */
export const DOCUMENT_TYPE_CODES: Partial<Record<DocumentData['documentType'], string>> = {
  inkoopkader: 'procurementPlan',
  inkoopstrategie: 'procurementPlan',
  aanbestedingsdocument: 'biddingDocuments',
  'nota-van-inlichtingen': 'clarifications',
  marktconsultatie: 'marketStudies',
};

/** milestoneType codelist (open): only kinds with a clear code; 'deadline', 'implementatie' and 'overig' get none. */
export const MILESTONE_TYPE_CODES: Partial<Record<DocumentData['milestones'][number]['kind'], string>> = {
  besluit: 'approval',
  consultatie: 'engagement',
  bijeenkomst: 'engagement',
  voorbereiding: 'preProcurement',
  publicatie: 'preProcurement',
  inschrijving: 'assessment',
  gunning: 'assessment',
  start: 'delivery',
};

/** Document types whose release is a tender release; every other type describes the planning. */
export const TENDER_DOCUMENT_TYPES: readonly DocumentData['documentType'][] = ['aanbestedingsdocument', 'nota-van-inlichtingen'];

/** Codes used as literals in the mapping (releaseTag, initiationType, partyRole, relatedProcess, relatedProcessScheme). */
export const RELEASE_TAGS = { planning: 'planning', planningUpdate: 'planningUpdate', tender: 'tender', tenderUpdate: 'tenderUpdate' } as const;
export const INITIATION_TYPE = 'tender';
export const PARTY_ROLES = { buyer: 'buyer', procuringEntity: 'procuringEntity' } as const;
export const RELATED_PROCESS = { prior: 'prior', replacementProcess: 'replacementProcess' } as const;
export const RELATED_PROCESS_SCHEME = 'ocid';
