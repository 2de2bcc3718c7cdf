/** Plain data shapes the derivation modules work on (no Astro types). */
import type { FrameworkData } from '../../schemas/framework.ts';

export type { FrameworkData };
export type Ref = { id: string; collection: string };

export interface KaderRecord {
  slug: string;
  data: FrameworkData;
}

/** Names of referenced entries, resolved by the data layer. */
export interface NameIndex {
  regios: Map<string, string>;
  gemeenten: Map<string, string>;
  producten: Map<string, string>;
  kaders: Map<string, string>;
}
