import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  abbreviationCandidates,
  abbreviationForms,
  abbreviationTitle,
  createMatcher,
  isShortForm,
  letterOf,
  markFirstUses,
  termPattern,
  termSlug,
  type GlossaryTerm,
} from '../../src/lib/glossary-match.ts';
import { sectionsOf, usageIn } from '../../src/lib/glossary-usage.ts';

const term = (t: Partial<GlossaryTerm> & { term: string }): GlossaryTerm => ({
  id: termSlug(t.term),
  abbreviation: true,
  aliases: [],
  definition: 'Uitleg.',
  ...t,
});

const TERMS = [
  term({ term: 'Wmo', fullName: 'Wet maatschappelijke ondersteuning 2015', aliases: ['Wmo 2015'] }),
  term({ term: 'HH', fullName: 'hulp bij het huishouden' }),
  term({ term: 'HHM', definition: 'Een adviesbureau voor gemeenten. Het doet kostprijsonderzoek.' }),
  term({ term: 'LVB', fullName: 'licht verstandelijke beperking' }),
  term({ term: 'TV LVB', fullName: 'tijdelijk verblijf LVB', aliases: ['TV LVB 18+'] }),
  term({ term: 'P×Q', fullName: 'prijs maal hoeveelheid', aliases: ['P*Q', 'PxQ', 'p·q'] }),
  term({ term: 'B&W', fullName: 'burgemeester en wethouders' }),
  term({ term: 'pgb', fullName: 'persoonsgebonden budget', aliases: ['PGB'] }),
  term({ term: 'SROI', fullName: 'social return on investment', aliases: ['social return'] }),
  term({ term: 'reële prijs', abbreviation: false, aliases: ['reële prijzen'] }),
];
const matcher = createMatcher(abbreviationForms(TERMS));
const mark = (text: string, seen = new Set<string>()) => markFirstUses(text, matcher, seen);
const abbrs = (text: string, seen = new Set<string>()) => (mark(text, seen) ?? []).filter((s) => s.type === 'abbr').map((s) => s.value);

describe('termSlug', () => {
  it.each([
    ['Wmo', 'wmo'],
    ['reële prijs', 'reele-prijs'],
    ['P×Q', 'pxq'],
    ['B&W', 'b-en-w'],
    ['BW', 'bw'],
    ['TV LVB 18+', 'tv-lvb-18'],
    ['e-health', 'e-health'],
  ])('%s → %s', (input, expected) => expect(termSlug(input)).toBe(expected));

  it('always gives a valid id (lowercase, digits, single hyphens)', () => {
    fc.assert(fc.property(fc.string({ minLength: 1 }).filter((s) => /[a-z0-9]/i.test(s)), (s) => {
      const slug = termSlug(s);
      return slug === '' || /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug);
    }));
  });

  it('sorts accents and case away for A–Z', () => {
    expect(letterOf('reële prijs')).toBe('R');
    expect(letterOf('Éénmalig')).toBe('E');
    expect(letterOf('P×Q')).toBe('P');
  });
});

describe('markFirstUses', () => {
  it('marks only the first use of each abbreviation', () => {
    const seen = new Set<string>();
    expect(abbrs('De Wmo regelt ondersteuning. De Wmo is een wet.', seen)).toEqual(['Wmo']);
    expect(abbrs('Later weer de Wmo.', seen)).toEqual([]);
  });

  it('keeps the text around the abbreviation intact', () => {
    const segments = mark('Volgens de Wmo en HH.')!;
    expect(segments.map((s) => s.value).join('')).toBe('Volgens de Wmo en HH.');
    expect(segments[1]).toEqual({ type: 'abbr', value: 'Wmo', id: 'wmo', title: 'Wet maatschappelijke ondersteuning 2015' });
  });

  it('marks the abbreviation in a Dutch compound ("Wmo-ondersteuning", "PGB\'s")', () => {
    expect(abbrs('Alle Wmo-ondersteuning')).toEqual(['Wmo']);
    expect(abbrs("twee PGB's")).toEqual(['PGB']);
    expect(abbrs('de SROI-eis en NAH-somatisch'.replace('SROI', 'HH'))).toEqual(['HH']);
  });

  it('matches whole words only', () => {
    expect(abbrs('HHM doet onderzoek')).toEqual(['HHM']);
    expect(mark('Wmo2015 en HHHH en xLVB')).toBeUndefined();
  });

  it('is case-sensitive for abbreviations', () => {
    expect(mark('de wmo en de hh')).toBeUndefined();
    expect(abbrs('een pgb of een PGB')).toEqual(['pgb']);
  });

  it('prefers the longest form', () => {
    expect(abbrs('cliënten die TV LVB 18+ gebruikten')).toEqual(['TV LVB 18+']);
    expect(abbrs('de Wmo 2015 en later')).toEqual(['Wmo 2015']);
  });

  it('knows other spellings and symbols', () => {
    expect(abbrs('bekostiging op basis van P*Q')).toEqual(['P*Q']);
    expect(abbrs('het college van B&W')).toEqual(['B&W']);
    expect(abbrs('P×Q en daarna PxQ')).toEqual(['P×Q']);
  });

  it('never marks ordinary terms, nor word aliases of an abbreviation', () => {
    expect(mark('een reële prijs')).toBeUndefined();
    expect(mark('eisen voor social return')).toBeUndefined();
    expect(isShortForm('TV LVB 18+')).toBe(true);
    expect(isShortForm('p·q')).toBe(true);
    expect(isShortForm('zorg in natura')).toBe(false);
  });

  it('uses the first sentence of the definition when there is no full name', () => {
    expect(mark('HHM')![0]).toMatchObject({ title: 'Een adviesbureau voor gemeenten.' });
    expect(abbreviationTitle(term({ term: 'X', definition: 'Zonder punt' }))).toBe('Zonder punt');
  });

  it('never changes the text, whatever the input', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom('Wmo', 'HH', 'HHM', ' ', '-', 'x', 'P×Q', "'s", 'LVB', 'TV LVB 18+', '.')), (parts) => {
      const text = parts.join('');
      const segments = mark(text);
      return segments === undefined || segments.map((s) => s.value).join('') === text;
    }));
  });
});

describe('abbreviationCandidates', () => {
  it('finds words with two or more capitals and joined letters', () => {
    expect(abbreviationCandidates('De SROI, het PvE, een AMvB, P×Q, B&W en de Wmo.').sort()).toEqual(['AMvB', 'B&W', 'PvE', 'P×Q', 'SROI']);
  });
  it('reads the Dutch IJ as one capital', () => {
    expect(abbreviationCandidates('Midden-IJssel en IJsselland')).toEqual([]);
  });
  it('ignores CamelCase names', () => {
    expect(abbreviationCandidates('JavaScript, LibreOffice en TenderNed; wel DigiD en ZvW')).toEqual(['DigiD', 'ZvW']);
  });
    it('ignores ordinary words and initials', () => {
    expect(abbreviationCandidates('Het college, A.P.W. van de Klift, 2025-Q3')).toEqual([]);
  });
});

describe('termPattern', () => {
  it('matches ordinary terms case-insensitively at the start of a word, with endings', () => {
    const p = termPattern({ term: 'segment', aliases: [], abbreviation: false });
    expect(p.test('De drie segmenten')).toBe(true);
    expect(p.test('Segment ouderen')).toBe(true);
    expect(p.test('deelsegment')).toBe(false);
  });
});

describe('usageIn', () => {
  const body = ['Intro over de Wmo.', '', '## Social return (SROI)', '', 'Tekst.', '', '## Bibob', '', '<Requirements kader="x" />', 'De gemeente vraagt een Bibob-formulier.'].join('\n');
  it('splits a body into sections with Astro-style anchors', () => {
    expect(sectionsOf(body).map((s) => s.id)).toEqual(['', 'social-return-sroi', 'bibob']);
  });
  it('finds the section where a term first appears, headings included', () => {
    expect(usageIn({ term: 'SROI', aliases: [], abbreviation: true }, { body, data: '' })).toEqual({ section: { id: 'social-return-sroi', title: 'Social return (SROI)' } });
    expect(usageIn({ term: 'Wmo', aliases: [], abbreviation: true }, { body, data: '' })).toEqual({ section: undefined });
  });
  it('falls back to the data, and ignores component names', () => {
    expect(usageIn({ term: 'UEA', aliases: [], abbreviation: true }, { body, data: 'Ingevuld UEA' })).toEqual({});
    expect(usageIn({ term: 'Requirements', aliases: [], abbreviation: false }, { body, data: '' })).toBeUndefined();
  });
});
