/** Chapter pages of long documents: file names, order, previous/next and where each anchor lives. */
import { readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  RESERVED_CHAPTER_SLUGS,
  anchorLocator,
  chapterFolderProblems,
  chapterPosition,
  componentAnchorIds,
  headingAnchors,
  orderChapters,
  parseChapterFileName,
} from '../../src/lib/document/chapters.ts';
import type { DocumentData } from '../../src/lib/document/types.ts';

describe('chapter file names', () => {
  it('reads order and address from <nn>-<chapter>.mdx', () => {
    expect(parseChapterFileName('02-terugblik.mdx')).toEqual({ order: 2, slug: 'terugblik' });
    expect(parseChapterFileName('10-cijfers-en-begrippen.mdx')).toEqual({ order: 10, slug: 'cijfers-en-begrippen' });
  });

  it.each(['index.mdx', '2-terugblik.mdx', '002-terugblik.mdx', '02_terugblik.mdx', '02-Terugblik.mdx', '02-terug blik.mdx', '02-.mdx', '02-terugblik.md', 'terugblik.mdx', '02--terugblik.mdx'])(
    'rejects %s',
    (name) => expect(parseChapterFileName(name)).toBeUndefined(),
  );

  it('keeps the reserved addresses in step with the routes under src/pages/kaders/[slug]/', () => {
    const routes = readdirSync('src/pages/kaders/[slug]')
      .filter((name) => !name.startsWith('[') && name !== 'index.astro')
      .map((name) => name.replace(/\.(astro|ts)$/, ''));
    expect([...RESERVED_CHAPTER_SLUGS].sort()).toEqual(expect.arrayContaining(routes.sort()));
  });
});

describe('chapter folder problems', () => {
  it('accepts a document with well-named chapters', () => {
    expect(chapterFolderProblems(['index.mdx', '01-terugblik.mdx', '02-doelen.mdx'])).toEqual([]);
    expect(chapterFolderProblems(['index.mdx'])).toEqual([]);
  });

  it('names a bad file name, a reserved address, duplicate numbers and addresses, and a missing index.mdx', () => {
    const messages = (names: string[]) => chapterFolderProblems(names).map((p) => `${p.file}: ${p.message}`);
    expect(messages(['index.mdx', '2-terugblik.mdx']).join()).toContain('2-terugblik.mdx: de bestandsnaam van een hoofdstuk moet <nn>-<hoofdstuk>.mdx zijn');
    expect(messages(['index.mdx', '03-toets.mdx']).join()).toContain("03-toets.mdx: 'toets' is al een adres van de site");
    expect(messages(['index.mdx', '01-a.mdx', '01-b.mdx']).join()).toContain('01-b.mdx: het volgnummer 01 staat ook al voor 01-a.mdx');
    expect(messages(['index.mdx', '01-a.mdx', '02-a.mdx']).join()).toContain("02-a.mdx: het adres 'a' staat ook al in 01-a.mdx");
    expect(messages(['01-a.mdx']).join()).toContain('01-a.mdx: deze map heeft hoofdstukken maar geen index.mdx');
  });
});

describe('order and position', () => {
  const chapters = orderChapters('doc', [
    { slug: 'c', order: 3, title: 'C' },
    { slug: 'a', order: 1, title: 'A' },
    { slug: 'b', order: 2, title: 'B', description: 'Over B.' },
  ]);

  it('orders by number and gives each chapter its address', () => {
    expect(chapters.map((c) => c.url)).toEqual(['/kaders/doc/a/', '/kaders/doc/b/', '/kaders/doc/c/']);
    expect(chapters[1]!.description).toBe('Over B.');
  });

  it('gives number, total, previous and next', () => {
    expect(chapterPosition(chapters, 'a')).toMatchObject({ number: 1, total: 3, previous: undefined, next: { slug: 'b' } });
    expect(chapterPosition(chapters, 'c')).toMatchObject({ number: 3, total: 3, previous: { slug: 'b' }, next: undefined });
    expect(() => chapterPosition(chapters, 'x')).toThrow(/onbekend hoofdstuk 'x'/);
  });

  it('previous and next walk the whole document once, in order (property)', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 0, max: 99 }), { minLength: 1, maxLength: 20 }), (orders) => {
        const ordered = orderChapters('d', orders.map((order) => ({ slug: `h${order}`, order, title: `H${order}` })));
        const walked: string[] = [];
        for (let c: (typeof ordered)[number] | undefined = ordered[0]; c; c = chapterPosition(ordered, c.slug).next) walked.push(c.slug);
        expect(walked).toEqual([...orders].sort((a, b) => a - b).map((o) => `h${o}`));
        const last = ordered.at(-1)!;
        expect(chapterPosition(ordered, last.slug).number).toBe(ordered.length);
      }),
    );
  });
});

describe('where an anchor lives', () => {
  const data = {
    milestones: [{ id: 'publicatie' }, { id: 'gunning' }],
    requirements: [{ id: 'bibob' }],
    segments: [],
    procurement: { otherProcurements: [{ id: 'trapliften' }] },
  } as unknown as DocumentData;

  it('finds heading anchors as Astro makes them', () => {
    expect(headingAnchors('## Bibob en financiële toets\n\ntekst\n\n### Kwaliteit\n\n### Kwaliteit\n')).toEqual(['bibob-en-financiële-toets', 'kwaliteit', 'kwaliteit-1']);
  });

  it('finds the anchors that author components render', () => {
    const body = '## Planning\n\n<Planning kader="doc" />\n\n<Requirements kader="doc" />\n<FigureTable kader="doc" id="omzet" />\n<OtherProcurements kader="doc" />\n<Callout type="info" title="x">';
    expect(componentAnchorIds(body, (slug) => (slug === 'doc' ? data : undefined))).toEqual([
      'mijlpaal-publicatie',
      'mijlpaal-gunning',
      'eisen-doc',
      'eis-bibob',
      'tabel-omzet',
      'traject-trapliften',
    ]);
    expect(componentAnchorIds('<Planning kader="onbekend" />', () => undefined)).toEqual([]);
  });

  it('maps (document, anchor) to the page that holds it', () => {
    const href = anchorLocator('doc', [
      { url: '/kaders/doc/', anchors: ['inleiding'] },
      { url: '/kaders/doc/proces/', anchors: ['bibob', 'mijlpaal-publicatie'], pageIds: ['inkoopproces'] },
      { url: '/kaders/doc/later/', anchors: ['bibob'], pageIds: ['later'] },
    ]);
    expect(href('inleiding')).toBe('/kaders/doc/#inleiding');
    expect(href('mijlpaal-publicatie')).toBe('/kaders/doc/proces/#mijlpaal-publicatie');
    // The first page in reading order wins.
    expect(href('bibob')).toBe('/kaders/doc/proces/#bibob');
    // A chapter's former heading goes to the chapter page itself.
    expect(href('inkoopproces')).toBe('/kaders/doc/proces/');
    // Unknown anchors and the empty anchor stay on the overview page.
    expect(href('onbekend')).toBe('/kaders/doc/#onbekend');
    expect(href('')).toBe('/kaders/doc/');
  });
});
