/** Where the glossary (/begrippen/) links each term to: src/lib/glossary-usage.ts placesOf, and the A–Z groups. */
import { describe, expect, it } from 'vitest';
import { letterGroups } from '../../src/lib/glossary-match.ts';
import { glossaryDocument, placesOf, type PlacedTerm } from '../../src/lib/glossary-usage.ts';

// Stand-in for the site's anchor resolver (chapters map anchors to their own pages there).
const anchorHref = (kader: string, anchor: string) => `/kaders/${kader}/${anchor ? `#${anchor}` : ''}`;

const split = glossaryDocument({
  id: 'gesplitst',
  title: 'Gesplitst kader',
  pages: [
    { url: '/kaders/gesplitst/', body: 'Inleiding zonder vaktaal.\n\n## Planning\n\nEerst de markt.' },
    { url: '/kaders/gesplitst/eisen/', title: 'Eisen aan aanbieders', body: 'Iedere aanbieder doet aan SROI.\n\n## Social return\n\nNogmaals SROI.' },
    { url: '/kaders/gesplitst/bekostiging/', title: 'Bekostiging', body: 'Intro.\n\n## Tarieven per uur\n\nWe betalen P×Q: prijs maal hoeveelheid.' },
  ],
  data: { title: 'Gesplitst kader' },
});
const dataOnly = glossaryDocument({
  id: 'alleen-gegevens',
  title: 'Alleen gegevens',
  pages: [{ url: '/kaders/alleen-gegevens/', body: 'Geen afkortingen hier.' }],
  data: { procurement: { sroi: [{ note: 'SROI volgens het Kamper model' }] }, year: 2025 },
});
const unrelated = glossaryDocument({ id: 'anders', title: 'Anders', pages: [{ url: '/kaders/anders/', body: 'Over iets anders.' }], data: {} });
const docs = [split, dataOnly, unrelated];

const sroi: PlacedTerm = { term: 'SROI', aliases: [], abbreviation: true, fullName: 'social return on investment', related: [] };

describe('glossaryDocument', () => {
  it('knows the section titles of all pages, and a chapter title under the anchor of its former heading', () => {
    expect(split.titles.get('planning')).toBe('Planning');
    expect(split.titles.get('social-return')).toBe('Social return');
    expect(split.titles.get('eisen-aan-aanbieders')).toBe('Eisen aan aanbieders');
    expect(split.titles.get('tarieven-per-uur')).toBe('Tarieven per uur');
  });

  it('reads the structured data as text, without the keys', () => {
    expect(dataOnly.data).toContain('SROI volgens het Kamper model');
    expect(dataOnly.data).not.toContain('procurement');
  });
});

describe('placesOf', () => {
  it('links to the first page that uses the term; text before the first heading of a chapter is that chapter', () => {
    expect(placesOf(sroi, [split], anchorHref)).toEqual([{ href: '/kaders/gesplitst/eisen/', title: 'Gesplitst kader', section: 'Eisen aan aanbieders' }]);
  });

  it('links to the section when the term first occurs under a heading', () => {
    const pxq: PlacedTerm = { term: 'P×Q', aliases: ['PxQ'], abbreviation: true, related: [] };
    expect(placesOf(pxq, [split], anchorHref)).toEqual([{ href: '/kaders/gesplitst/#tarieven-per-uur', title: 'Gesplitst kader', section: 'Tarieven per uur' }]);
  });

  it('falls back to the overview page when only the structured data uses the term', () => {
    expect(placesOf(sroi, [dataOnly], anchorHref)).toEqual([{ href: '/kaders/alleen-gegevens/', title: 'Alleen gegevens' }]);
  });

  it('finds a document by the full name when the short form is absent', () => {
    const doc = glossaryDocument({ id: 'voluit', title: 'Voluit', pages: [{ url: '/kaders/voluit/', body: '## Eisen\n\nWe vragen social return on investment.' }], data: {} });
    expect(placesOf(sroi, [doc], anchorHref)).toEqual([{ href: '/kaders/voluit/#eisen', title: 'Voluit', section: 'Eisen' }]);
  });

  it('puts the places chosen by the author first, each document once, and skips documents without the term', () => {
    const chosen: PlacedTerm = { ...sroi, related: [{ kader: 'alleen-gegevens' }, { kader: 'gesplitst', section: 'social-return' }] };
    expect(placesOf(chosen, docs, anchorHref)).toEqual([
      { href: '/kaders/alleen-gegevens/', title: 'Alleen gegevens', section: undefined },
      { href: '/kaders/gesplitst/#social-return', title: 'Gesplitst kader', section: 'Social return' },
    ]);
  });

  it('an author\'s anchor that no heading has links to the document itself', () => {
    const chosen: PlacedTerm = { ...sroi, related: [{ kader: 'anders', section: 'bestaat-niet' }] };
    expect(placesOf(chosen, docs, anchorHref)[0]).toEqual({ href: '/kaders/anders/', title: 'Anders', section: undefined });
  });

  it('ignores a chosen document that is not on the site', () => {
    const chosen: PlacedTerm = { ...sroi, related: [{ kader: 'verdwenen' }] };
    expect(placesOf(chosen, [unrelated], anchorHref)).toEqual([]);
  });
});

describe('letterGroups', () => {
  const terms = ['Wmo', 'aanbesteding', 'Ééntje', 'Bibob', '3D-model', 'AMvB'];
  const groups = letterGroups(terms, (t) => t);

  it('lists every letter A–Z, also without terms, and "#" last for the rest', () => {
    expect(groups.map((g) => g.letter).join('')).toBe('ABCDEFGHIJKLMNOPQRSTUVWXYZ#');
    expect(groups.find((g) => g.letter === 'C')?.items).toEqual([]);
    expect(groups.at(-1)).toEqual({ letter: '#', id: 'letter-overig', items: ['3D-model'] });
  });

  it('sorts within a letter without regard to case or accents, and files "É" under E', () => {
    expect(groups[0]).toEqual({ letter: 'A', id: 'letter-a', items: ['aanbesteding', 'AMvB'] });
    expect(groups.find((g) => g.letter === 'E')?.items).toEqual(['Ééntje']);
  });

  it('leaves out "#" when every term starts with a letter, and loses no term', () => {
    const plain = letterGroups(['Wmo', 'SROI'], (t) => t);
    expect(plain).toHaveLength(26);
    expect(groups.flatMap((g) => g.items).sort()).toEqual([...terms].sort());
  });
});
