/**
 * One change to a statement of a document, with Dutch labels such as
 * "Publicatie: mei 2024 → 23 april 2024". Later documents record their
 * changes as data (src/lib/document/supersession.ts); this module is the shape
 * every view and feed shows them in.
 */
export type ChangeKind = 'gewijzigd' | 'verfijnd' | 'toegevoegd' | 'verwijderd';
export type ChangeArea = 'planning' | 'contract' | 'percelen' | 'producten' | 'eisen' | 'tarieven' | 'andere-inkoop';

export interface FieldChange {
  /** Stable path of the field, e.g. "milestone.publicatie.when". */
  path: string;
  area: ChangeArea;
  /** Dutch name of what changed, e.g. "Publicatie aanbestedingsdocumenten: datum". */
  label: string;
  kind: ChangeKind;
  /** Formatted old value (absent when added). */
  from?: string;
  /** Formatted new value (absent when removed). */
  to?: string;
}

/** One line of Dutch: "Publicatie: mei 2024 → 23 april 2024", "Perceel X: nieuw", "Eis Y: vervallen". */
export function formatChange(change: FieldChange): string {
  switch (change.kind) {
    case 'toegevoegd':
      return `${change.label}: nieuw${change.to ? ` (${change.to})` : ''}`;
    case 'verwijderd':
      return `${change.label}: vervallen${change.from ? ` (was ${change.from})` : ''}`;
    case 'verfijnd':
      return `${change.label}: preciezer, ${change.from} → ${change.to}`;
    case 'gewijzigd':
      return change.from !== undefined && change.to !== undefined ? `${change.label}: ${change.from} → ${change.to}` : `${change.label}: gewijzigd`;
  }
}
