/**
 * How firmly a document says something: its own modality for that statement.
 * A final document can still say "we willen"; a consultation presentation puts
 * its plans up for comment. Every statement a document can decide or leave open
 * carries one of these, written by the author: there is no default, because a
 * default would state a decision no source made.
 */
export const CERTAINTIES = ['vastgesteld', 'voornemen', 'mogelijk', 'in-onderzoek', 'onbekend'] as const;
export type Certainty = (typeof CERTAINTIES)[number];

/** Labels for a statement ("Voornemen"), and for a planned date ("gepland"). */
export const certaintyLabels: Record<Certainty, string> = {
  vastgesteld: 'Vastgesteld',
  voornemen: 'Voornemen',
  mogelijk: 'Mogelijk',
  'in-onderzoek': 'Wordt onderzocht',
  onbekend: 'Niet duidelijk uit de bron',
};

const dateLabels: Record<Certainty, string> = {
  vastgesteld: 'vastgesteld',
  voornemen: 'gepland',
  mogelijk: 'mogelijk',
  'in-onderzoek': 'wordt onderzocht',
  onbekend: 'niet duidelijk uit de bron',
};

/** True only when the document decided it. */
export function isSettled(certainty: Certainty): boolean {
  return certainty === 'vastgesteld';
}

/** A short qualifier to put after a statement, e.g. " (voornemen)"; empty for a settled statement. */
export function certaintySuffix(certainty: Certainty): string {
  return isSettled(certainty) ? '' : ` (${certaintyLabels[certainty].toLowerCase()})`;
}

/** The qualifier for a date: a planned date is "gepland", never a fact. */
export function dateCertaintyLabel(certainty: Certainty): string {
  return dateLabels[certainty];
}
