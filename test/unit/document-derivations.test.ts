/** Derived views of the content model: product matrix, API record, document status, git dates. (Supersession: supersession.test.ts.) */
import { describe, expect, it } from 'vitest';
import { CELL_LABELS, productMatrix } from '../../src/lib/document/product-matrix.ts';
import { toApiRecord } from '../../src/lib/document/api-record.ts';
import { documentStatusLookup } from '../../src/lib/document/document-status.ts';
import { applySupersessions } from '../../src/lib/document/supersession.ts';
import { parseGitLog } from '../../src/utils/git-dates.ts';
import { base, names, record, withContract } from './document-fixture.ts';

describe('productMatrix', () => {
  it('applies exceptions per municipality', () => {
    const matrix = productMatrix(record('kader').data);
    expect(matrix.municipalities).toEqual(['aagemeente', 'beegemeente']);
    expect(matrix.uniform).toBe(false);
    expect(matrix.rows[1]!.cells).toEqual([
      { municipalityId: 'aagemeente', channel: 'regionale-inkoop' },
      { municipalityId: 'beegemeente', channel: 'lokale-inkoop' },
    ]);
  });

  it("says 'niet genoemd' for a product without channel, and 'niet voor deze gemeente' outside its municipalities", () => {
    const matrix = productMatrix(record('kader', {
      products: [
        { product: 'begeleiding', certainty: 'voornemen' },
        { product: 'dagbesteding', channel: 'lokale-inkoop', certainty: 'vastgesteld', municipalities: ['aagemeente'] },
      ],
    }).data);
    expect(matrix.rows.map((r) => r.cells.map((c) => c.channel))).toEqual([
      ['niet-genoemd', 'niet-genoemd'],
      ['lokale-inkoop', 'niet-voor-gemeente'],
    ]);
    expect(matrix.rows.map((r) => r.cells.map((c) => CELL_LABELS[c.channel]))).toEqual([
      ['Niet genoemd', 'Niet genoemd'],
      ['Lokaal ingekocht', 'Niet voor deze gemeente'],
    ]);
    // An exception never makes a product apply to a municipality it is not for.
    const excepted = productMatrix(record('kader', {
      products: [{ product: 'dagbesteding', channel: 'regionale-inkoop', certainty: 'vastgesteld', municipalities: ['aagemeente'], exceptions: [{ municipality: 'beegemeente', channel: 'lokale-inkoop' }] }],
    }).data);
    expect(excepted.rows[0]!.cells.map((c) => c.channel)).toEqual(['regionale-inkoop', 'niet-voor-gemeente']);
  });
});

describe('toApiRecord', () => {
  const day = (date: string) => ({ start: date, end: date, precision: 'day' });

  it('resolves names, gives the contract as stated and computed, and keeps ISO dates with their precision', () => {
    const api = toApiRecord(record('voorbeeld-kader'), names, 'https://example.nl/');
    expect(api).toMatchObject({
      slug: 'voorbeeld-kader',
      publishedOn: '2024-05-01',
      publishedPrecision: 'month',
      region: 'Voorbeeldregio',
      municipalities: ['Aagemeente', 'Beegemeente'],
      url: 'https://example.nl/kaders/voorbeeld-kader/',
      supersededBy: [],
    });
    expect(api.contract).toEqual({
      start: day('2025-01-01'),
      certainty: 'vastgesteld',
      initialTermMonths: { kind: 'exact', exact: 48, approx: false, openEnded: false },
      extensions: { stated: 'opties', years: [3, 3, 3] },
      initialEnd: day('2028-12-31'),
      maxEnd: day('2037-12-31'),
    });
    expect(api.milestones[1]).toEqual({ id: 'gunning', label: 'Gunning', certainty: 'voornemen', start: '2024-09-01', end: '2024-10-31', precision: 'span' });
  });

  it('publishes the source without its internal file name', () => {
    const api = toApiRecord(record('voorbeeld-kader'), names, 'https://example.nl/');
    expect(api.source).toEqual({ title: 'Voorbeeldkader', publisher: 'Gemeente Aagemeente', date: { start: '2024-05-01', end: '2024-05-31', precision: 'month' }, url: null });
    expect(api.source).not.toHaveProperty('file');
    expect((api.data as { source: Record<string, unknown> }).source).not.toHaveProperty('file');
    expect(JSON.stringify(api)).not.toContain(base.source.file);
  });

  it('gives null ends and no invented term when the document sets none', () => {
    const noTerm = record('x', withContract({ start: '2026-01-01', certainty: 'voornemen', initialTerm: null }));
    expect(toApiRecord(noTerm, names, 'https://example.nl/').contract).toEqual({
      start: day('2026-01-01'),
      certainty: 'voornemen',
      initialTermMonths: null,
      extensions: { stated: 'niet-genoemd', years: [] },
      initialEnd: null,
      maxEnd: null,
    });
  });

  it('a maximum term is a bound, not an end date; a year start keeps its precision and stated ends theirs', () => {
    const maximum = record('x', withContract({ start: '2026-01-01', certainty: 'voornemen', initialTerm: { max: { months: 48 }, openEnded: true } }));
    expect(toApiRecord(maximum, names, 'https://example.nl/').contract).toMatchObject({
      initialTermMonths: { kind: 'max', max: 48, approx: false, openEnded: true },
      extensions: { stated: 'niet-genoemd', years: [] },
      initialEnd: null,
      maxEnd: null,
    });
    const yearOnly = record('x', withContract({ start: '2018', certainty: 'vastgesteld', initialTerm: { exact: { years: 2 } }, extensions: 'geen', stated: { initialEnd: '2020' } }));
    expect(toApiRecord(yearOnly, names, 'https://example.nl/').contract).toMatchObject({
      start: { start: '2018-01-01', end: '2018-12-31', precision: 'year' },
      extensions: { stated: 'geen', years: [] },
      initialEnd: { start: '2020-01-01', end: '2020-12-31', precision: 'year' },
      maxEnd: null,
    });
  });

  it('gives the current values and lists what a later document changed', () => {
    const doc = record('voorbeeld-kader', { published: '2024-01' });
    const letter = record('brief', { published: '2024-04', supersedes: [{ document: 'voorbeeld-kader', changes: [{ milestone: 'publicatie', set: { when: '2024-04-23' } }] }] });
    const { records, history } = applySupersessions([doc, letter]);
    const api = toApiRecord(records[0]!, names, 'https://example.nl/', [], history.get('voorbeeld-kader'));
    expect(api.milestones[0]).toMatchObject({ id: 'publicatie', ...day('2024-04-23') });
    expect(api.supersededBy).toEqual([{
      path: 'milestone.publicatie.when',
      label: 'Publicatie',
      kind: 'gewijzigd',
      from: 'mei 2024',
      to: '23 april 2024',
      fromValue: { start: '2024-05-01', end: '2024-05-31', precision: 'month' },
      toValue: day('2024-04-23'),
      by: { slug: 'brief', title: 'Voorbeeldkader 2025', published: { start: '2024-04-01', end: '2024-04-30', precision: 'month' } },
    }]);
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
