/** Derived views of the content model: moved milestones, product matrix, API record, document status, git dates. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { z } from 'astro/zod';
import { frameworkSchema } from '../../src/schemas/framework.ts';
import type { ReferenceFactory } from '../../src/schemas/fields.ts';
import { milestoneChanges } from '../../src/lib/kader/milestone-changes.ts';
import { productMatrix } from '../../src/lib/kader/product-matrix.ts';
import { toApiRecord } from '../../src/lib/kader/api-record.ts';
import { documentStatusLookup } from '../../src/lib/kader/document-status.ts';
import type { KaderRecord, NameIndex } from '../../src/lib/kader/types.ts';
import { parseGitLog } from '../../src/utils/git-dates.ts';

const ref: ReferenceFactory = (collection) => z.string().transform((id) => ({ id, collection }));
const schema = frameworkSchema(ref);
const fixture = readFileSync('test/fixtures/content-minimal/kaders/voorbeeld-kader/index.mdx', 'utf8');
const base = parse(fixture.split('---')[1]!);

function record(slug: string, overrides: Record<string, unknown>): KaderRecord {
  return { slug, data: schema.parse({ ...base, ...overrides }) };
}

describe('milestoneChanges', () => {
  const framework = record('kader', { published: '2024-01' });
  const letter = record('brief', {
    published: '2024-04',
    milestones: [
      { id: 'publicatie', label: 'Publicatie', when: '2024-04-23' },
      { id: 'gunning', label: 'Gunning', when: '2024-09/2024-10' },
    ],
  });
  const otherTraject = record('ander', { published: '2024-06', traject: 'iets-anders', milestones: [{ id: 'publicatie', label: 'P', when: '2024-12' }] });

  it('shows the date of the later document of the same traject', () => {
    const changes = milestoneChanges(framework, [framework, letter, otherTraject]);
    expect([...changes.keys()]).toEqual(['publicatie']);
    const change = changes.get('publicatie')!;
    expect(change.from.notation).toBe('2024-05');
    expect(change.to.notation).toBe('2024-04-23');
    expect(change.laterSlug).toBe('brief');
  });

  it('ignores earlier documents and confirmations', () => {
    expect(milestoneChanges(letter, [framework, letter]).size).toBe(0);
  });

  it('the newest document wins when several later ones differ', () => {
    const amendment = record('wijziging', { published: '2024-08', milestones: [{ id: 'publicatie', label: 'Publicatie', when: '2024-06' }] });
    expect(milestoneChanges(framework, [framework, letter, amendment]).get('publicatie')?.laterSlug).toBe('wijziging');
  });
});

describe('productMatrix', () => {
  it('applies exceptions per municipality', () => {
    const matrix = productMatrix(record('kader', {}).data);
    expect(matrix.municipalities).toEqual(['aagemeente', 'beegemeente']);
    expect(matrix.uniform).toBe(false);
    expect(matrix.rows[1]!.cells).toEqual([
      { municipalityId: 'aagemeente', channel: 'regionale-inkoop' },
      { municipalityId: 'beegemeente', channel: 'lokale-inkoop' },
    ]);
  });
});

describe('toApiRecord', () => {
  const names: NameIndex = {
    regios: new Map([['voorbeeldregio', 'Voorbeeldregio']]),
    gemeenten: new Map([['aagemeente', 'Aagemeente'], ['beegemeente', 'Beegemeente']]),
    producten: new Map([['begeleiding', 'Begeleiding'], ['dagbesteding', 'Dagbesteding']]),
    kaders: new Map(),
  };

  it('resolves names, computes the contract and keeps ISO dates', () => {
    const api = toApiRecord(record('voorbeeld-kader', {}), names, 'https://example.nl/');
    expect(api).toMatchObject({
      slug: 'voorbeeld-kader',
      publishedOn: '2024-05-01',
      publishedPrecision: 'month',
      region: 'Voorbeeldregio',
      municipalities: ['Aagemeente', 'Beegemeente'],
      contract: { start: '2025-01-01', initialEnd: '2028-12-31', extensions: [3, 3, 3], maxEnd: '2037-12-31' },
      url: 'https://example.nl/kaders/voorbeeld-kader/',
    });
    expect(api.milestones[1]).toEqual({ id: 'gunning', label: 'Gunning', start: '2024-09-01', end: '2024-10-31', precision: 'span' });
  });

  it('gives null contract fields when a document sets no term', () => {
    const noTerm = record('x', { procurement: { ...base.procurement, contract: { start: '2026-01-01', initialTerm: null } } });
    expect(toApiRecord(noTerm, names, 'https://example.nl/').contract).toEqual({ start: '2026-01-01', initialEnd: null, extensions: [], maxEnd: null });
  });

  it('fails loudly on an unresolved name instead of publishing an id', () => {
    const broken = record('x', { region: 'onbekend' });
    expect(() => toApiRecord(broken, names, 'https://example.nl/')).toThrow("Onbekende verwijzing 'onbekend'");
  });
});

describe('documentStatusLookup', () => {
  const statusOf = documentStatusLookup([record('concept-kader', { status: 'concept' }), record('vast-kader', { status: 'definitief' })]);

  it('gives each document its own status', () => {
    expect(statusOf('concept-kader')).toBe('concept');
    expect(statusOf('vast-kader')).toBe('definitief');
  });

  it('calls an unknown document final, so no "Concept" badge is invented', () => {
    expect(statusOf('onbekend')).toBe('definitief');
    expect(documentStatusLookup([])('concept-kader')).toBe('definitief');
  });
});

describe('parseGitLog', () => {
  it('keeps the newest date per file', () => {
    const log = '\u00002026-11-24\n\ncontent/a.mdx\ncontent/b.yaml\n\u00002026-10-01\n\ncontent/a.mdx\ncontent/c.yaml\n';
    expect(Object.fromEntries(parseGitLog(log))).toEqual({ 'content/a.mdx': '2026-11-24', 'content/b.yaml': '2026-11-24', 'content/c.yaml': '2026-10-01' });
  });
});
