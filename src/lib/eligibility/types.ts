/**
 * Shapes of the self-check ("Kan ik meedoen?"). The model is plain,
 * serialisable data derived from a document at build time; the island
 * receives it as props, so nothing here depends on Astro or zod output types.
 */

/** Answer to one requirement question. */
export const ANSWERS = ['ja', 'nee', 'weet-niet'] as const;
export type Answer = (typeof ANSWERS)[number];

/** Choice questions asked before the requirements, in this order. */
export const SCOPE_KINDS = ['segmenten', 'percelen', 'producten', 'gemeenten'] as const;
export type ScopeKind = (typeof SCOPE_KINDS)[number];

export type Effect = 'uitsluitend' | 'aandacht';
export type { Certainty } from '../certainty.ts';
import type { Certainty } from '../certainty.ts';

export interface ScopeOption {
  readonly id: string;
  readonly label: string;
  readonly hint?: string;
  /** Lots only: one lot per municipality, so the municipality question matters. */
  readonly perMunicipality?: boolean;
  /** Products only: municipalities where this product is bought another way. */
  readonly elsewhere?: readonly ElsewhereModel[];
}

/** A product bought another way in one municipality, e.g. "lokaal ingekocht". */
export interface ElsewhereModel {
  readonly municipalityId: string;
  /** Lower-case channel text, e.g. "lokaal ingekocht". */
  readonly channel: string;
  readonly note?: string;
}

export interface ScopeModel {
  readonly kind: ScopeKind;
  readonly question: string;
  readonly hint: string;
  /** Short label for the summary ("Segmenten"). */
  readonly label: string;
  readonly options: readonly ScopeOption[];
}

export interface RequirementModel {
  readonly id: string;
  readonly kind: string;
  readonly kindLabel: string;
  readonly title: string;
  readonly description: string;
  readonly effect: Effect;
  /** How firmly the document states it: only a decided excluding requirement can be a barrier. */
  readonly certainty: Certainty;
  readonly evidence: readonly string[];
  /** Link to the section of the document page that states it. */
  readonly href: string;
  /** The question a provider answers. */
  readonly question: string;
  /** Segment or lot ids it is limited to; empty = all. */
  readonly appliesTo: readonly string[];
  /** Names of those segments or lots, for the checklist. */
  readonly appliesToLabels: readonly string[];
  /** Extra facts from the document, e.g. the SROI percentage. */
  readonly facts: readonly string[];
}

export interface DeadlineModel {
  readonly label: string;
  /** Dutch date text, e.g. "21 mei 2024, 12.00 uur". */
  readonly when: string;
  /** ISO start date, for sorting and comparing with today. */
  readonly date: string;
}

export interface EligibilityModel {
  readonly slug: string;
  readonly title: string;
  readonly shortTitle: string;
  readonly scopes: readonly ScopeModel[];
  /** All participating municipalities, for names in notes. */
  readonly municipalities: readonly { readonly id: string; readonly name: string }[];
  readonly requirements: readonly RequirementModel[];
  readonly deadlines: readonly DeadlineModel[];
}

/** Everything a provider has answered so far. Scope lists are never empty and follow the model's order. */
export interface Answers {
  readonly scope: Partial<Record<ScopeKind, readonly string[]>>;
  readonly requirements: Readonly<Record<string, Answer>>;
}

export const EMPTY_ANSWERS: Answers = { scope: {}, requirements: {} };

export type Question =
  | { readonly type: 'scope'; readonly id: ScopeKind; readonly scope: ScopeModel }
  | { readonly type: 'requirement'; readonly id: string; readonly requirement: RequirementModel };

export type Outcome = 'voldaan' | 'niet-voldaan' | 'aandacht';
export type Overall = 'belemmering' | 'aandachtspunten' | 'geen-belemmeringen-gevonden';

export interface RequirementResult {
  readonly requirement: RequirementModel;
  readonly answer: Answer | undefined;
  readonly outcome: Outcome;
  /** Plain-Dutch reason. */
  readonly reason: string;
  /** Set when the requirement is an intention or still being investigated. */
  readonly uncertain?: string;
}

export interface EligibilityResult {
  readonly overall: Overall;
  readonly items: readonly RequirementResult[];
  readonly counts: Readonly<Record<Outcome, number>>;
  /** Things to know about the chosen products and municipalities. */
  readonly notes: readonly string[];
}
