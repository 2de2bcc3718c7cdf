/** Plain data shapes the derivation modules work on (no Astro types). */
import type { DocumentData } from '../../schemas/document.ts';

export type { DocumentData };
export type Ref = { id: string; collection: string };

export interface DocumentRecord {
  slug: string;
  data: DocumentData;
}

/** Names of referenced entries, resolved by the data layer. */
export interface NameIndex {
  regios: Map<string, string>;
  gemeenten: Map<string, string>;
  producten: Map<string, string>;
  kaders: Map<string, string>;
}
