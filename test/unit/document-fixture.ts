/**
 * The minimal fixture document (test/fixtures/content-minimal) for unit tests,
 * with every statement written in the current model: a certainty on each
 * statement, the initial term as a bound, products with their channel stated.
 * The statements are restated here (not patched), so the unit tests do not
 * depend on how far the fixture file itself has been migrated.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'astro/zod';
import { documentSchema } from '../../src/schemas/document.ts';
import type { ReferenceFactory } from '../../src/schemas/fields.ts';
import type { DocumentRecord, NameIndex } from '../../src/lib/document/types.ts';

export const ref: ReferenceFactory = (collection) => z.string().transform((id) => ({ id, collection }));
export const schema = documentSchema(ref);

export const frontmatter = (path: string): Record<string, any> => parse(readFileSync(path, 'utf8').split(/^---$/m)[1]!);

const raw = frontmatter('test/fixtures/content-minimal/kaders/voorbeeld-kader/index.mdx');

/** Start 1 January 2025, 4 years, three extensions of 3 years: ends 31 December 2028, at the latest 31 December 2037. */
export const fixtureContract = {
  start: '2025-01-01',
  certainty: 'vastgesteld',
  initialTerm: { exact: { years: 4 } },
  extensions: [{ years: 3 }, { years: 3 }, { years: 3 }],
  stated: { maxEnd: '2037-12-31' },
};

/** The fixture's frontmatter (raw YAML values) in the current model. */
export const base: Record<string, any> = {
  ...raw,
  procurement: { ...raw.procurement, contract: fixtureContract },
  products: [
    { product: 'begeleiding', channel: 'regionale-inkoop', certainty: 'vastgesteld' },
    { product: 'dagbesteding', channel: 'regionale-inkoop', certainty: 'vastgesteld', exceptions: [{ municipality: 'beegemeente', channel: 'lokale-inkoop' }] },
  ],
  lots: [{ id: 'begeleiding', name: 'Begeleiding', domain: 'Wmo', scope: 'per-gemeente', products: ['begeleiding'], certainty: 'vastgesteld' }],
  milestones: [
    { id: 'publicatie', label: 'Publicatie', when: '2024-05', certainty: 'voornemen' },
    { id: 'gunning', label: 'Gunning', when: '2024-09/2024-10', certainty: 'voornemen' },
  ],
  requirements: (raw.requirements as Record<string, unknown>[]).map(({ status: _status, ...r }) => ({ ...r, certainty: r.certainty ?? 'vastgesteld' })),
};

/** The fixture document with some top-level fields replaced, parsed by the real schema. */
export function record(slug: string, overrides: Record<string, unknown> = {}): DocumentRecord {
  return { slug, data: schema.parse({ ...base, ...overrides }) };
}

/** The fixture's contract with some fields replaced (a field set to undefined is left out). */
export function withContract(contract: Record<string, unknown> | null): Record<string, unknown> {
  return { procurement: { ...base.procurement, contract: contract && Object.fromEntries(Object.entries(contract).filter(([, v]) => v !== undefined)) } };
}

/** A real document of the site, parsed by the real schema (current values before supersession). */
export function realRecord(slug: string): DocumentRecord {
  return { slug, data: schema.parse(frontmatter(`content/kaders/${slug}/index.mdx`)) };
}

export const names: NameIndex = {
  regios: new Map([['voorbeeldregio', 'Voorbeeldregio'], ['andere-regio', 'Andere regio'], ['rijk-van-nijmegen', 'Rijk van Nijmegen']]),
  gemeenten: new Map([['aagemeente', 'Aagemeente'], ['beegemeente', 'Beegemeente'], ['ceegemeente', 'Ceegemeente'], ['leeggemeente', 'Leeggemeente']]),
  producten: new Map([['begeleiding', 'Begeleiding'], ['dagbesteding', 'Dagbesteding']]),
  kaders: new Map(),
};
