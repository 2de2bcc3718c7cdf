/** The one module for state in the URL (src/lib/url-state.ts): reading, limits, notices, writing; property tests. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MAX_LIST_LENGTH,
  MAX_PARAMETERS,
  MAX_SHORT_LENGTH,
  MAX_SHOWN_LENGTH,
  MAX_TEXT_LENGTH,
  describeIgnored,
  listParam,
  numberParam,
  oneOfParam,
  patternParam,
  readUrlState,
  shortParam,
  textParam,
  writeUrlState,
  type ParamSpecs,
} from '../../src/lib/url-state.ts';

const specs = {
  waarde: numberParam,
  grondslag: oneOfParam(['opdrachtwaarde', 'omzet']),
  start: patternParam(/^\d{4}-\d{2}-\d{2}$/),
  antwoord: oneOfParam(['ja', 'nee', 'weet-niet'], 'ja, nee of weet-niet'),
  kader: textParam,
  term: shortParam,
  segmenten: listParam(['tijdelijk', 'ouderen', 'jongeren']),
  kaders: listParam(),
} as const satisfies ParamSpecs;

const LIMIT: Record<keyof typeof specs, number> = {
  waarde: MAX_SHORT_LENGTH,
  grondslag: MAX_SHORT_LENGTH,
  start: MAX_SHORT_LENGTH,
  antwoord: MAX_SHORT_LENGTH,
  term: MAX_SHORT_LENGTH,
  kader: MAX_TEXT_LENGTH,
  segmenten: MAX_LIST_LENGTH,
  kaders: MAX_LIST_LENGTH,
};

describe('limits', () => {
  it('are one documented set, from short to long', () => {
    expect(MAX_PARAMETERS).toBe(60);
    expect(MAX_SHORT_LENGTH).toBeLessThan(MAX_TEXT_LENGTH);
    expect(MAX_TEXT_LENGTH).toBeLessThan(MAX_LIST_LENGTH);
    expect(MAX_SHOWN_LENGTH).toBeLessThan(MAX_SHORT_LENGTH);
  });

  it.each(Object.entries(LIMIT))('%s accepts a value of exactly its limit (%i) and refuses one longer', (name, limit) => {
    const filler = name === 'waarde' ? '1' : name === 'segmenten' ? 'x' : 'a';
    const at = readUrlState(new URLSearchParams([[name, filler.repeat(limit)]]), specs);
    expect(at.ignored.map((item) => item.reason)).not.toContain('te-lang');
    const over = readUrlState(new URLSearchParams([[name, filler.repeat(limit + 1)]]), specs);
    expect(over.values).toEqual({});
    expect(over.ignored).toEqual([{ name, reason: 'te-lang' }]);
  });
});

describe('readUrlState', () => {
  it('reads known parameters, trimmed, from a string with or without "?" or from URLSearchParams', () => {
    const expected = { waarde: '400.000', grondslag: 'omzet', start: '2025-01-01' };
    expect(readUrlState('?waarde=%20400.000%20&grondslag=omzet&start=2025-01-01', specs)).toEqual({ values: expected, ignored: [] });
    expect(readUrlState('waarde=400.000&grondslag=omzet&start=2025-01-01', specs).values).toEqual(expected);
    expect(readUrlState(new URLSearchParams(expected), specs).values).toEqual(expected);
  });

  it('accepts Dutch amounts with euro sign, comma and percent', () => {
    expect(readUrlState('waarde=%E2%82%AC%201.234%2C56', specs).values.waarde).toBe('€ 1.234,56');
    expect(readUrlState('waarde=8%25', specs).values.waarde).toBe('8%');
  });

  it('reports unknown, invalid and repeated parameters in order, in Dutch', () => {
    const state = readUrlState('foo=1&grondslag=iets&waarde=1&waarde=2&start=1-1-2025&antwoord=misschien', specs);
    expect(state.values).toEqual({ waarde: '1' });
    expect(state.ignored.map((item) => [item.name, item.reason])).toEqual([
      ['foo', 'onbekend'],
      ['grondslag', 'ongeldig'],
      ['waarde', 'herhaald'],
      ['start', 'ongeldig'],
      ['antwoord', 'ongeldig'],
    ]);
    expect(describeIgnored(state.ignored, 'deze rekenhulp')).toEqual([
      '‘foo’ uit de link is genegeerd: deze rekenhulp kent die niet.',
      '‘grondslag’ uit de link is genegeerd: de waarde heeft niet de goede vorm.',
      '‘waarde’ uit de link is dubbel: die kwam vaker voor; alleen de eerste keer telt.',
      '‘start’ uit de link is genegeerd: de waarde heeft niet de goede vorm.',
      '‘antwoord’ uit de link is genegeerd: ‘misschien’ is geen ja, nee of weet-niet.',
    ]);
  });

  it('names the page in the "unknown" sentence', () => {
    expect(describeIgnored(readUrlState('x=1', specs).ignored, 'deze check')).toEqual(['‘x’ uit de link is genegeerd: deze check kent die niet.']);
  });

  it('refuses script tags and markup in number fields', () => {
    const state = readUrlState(`waarde=${encodeURIComponent('<script>alert(1)</script>')}`, specs);
    expect(state.values.waarde).toBeUndefined();
    expect(state.ignored).toEqual([{ name: 'waarde', reason: 'ongeldig' }]);
  });

  it('keeps free text as text for the caller to look up, never interprets it', () => {
    const hostile = '"><img src=x onerror=alert(1)>';
    const state = readUrlState(`kader=${encodeURIComponent(hostile)}`, specs);
    expect(state.values.kader).toBe(hostile);
  });

  it('cuts long names and shown values, and strips control characters', () => {
    const state = readUrlState(`${'x'.repeat(500)}=1&a%00b=2&antwoord=${'q'.repeat(35)}`, specs);
    expect(state.ignored[0]?.name).toBe(`${'x'.repeat(MAX_SHOWN_LENGTH)}…`);
    expect(state.ignored[1]?.name).toBe('ab');
    expect(describeIgnored(state.ignored, 'deze check')[2]).toBe(`‘antwoord’ uit de link is genegeerd: ‘${'q'.repeat(MAX_SHOWN_LENGTH)}…’ is geen ja, nee of weet-niet.`);
  });

  it('handles unicode and accepts blank values ("not filled in")', () => {
    const state = readUrlState('kader=%F0%9F%98%80&waarde=&grondslag=', specs);
    expect(state.values).toEqual({ kader: '😀', waarde: '', grondslag: '' });
    expect(state.ignored).toEqual([]);
  });

  it('ignores inherited property names such as __proto__ and constructor', () => {
    const state = readUrlState('__proto__=1&constructor=2&toString=3', specs);
    expect(state.values).toEqual({});
    expect(state.ignored.map((item) => item.reason)).toEqual(['onbekend', 'onbekend', 'onbekend']);
    expect(Object.getPrototypeOf(state.values)).toBe(Object.prototype);
  });

  it('stops after MAX_PARAMETERS parameters with one notice for the rest', () => {
    const query = ['waarde=5', ...Array.from({ length: MAX_PARAMETERS + 20 }, (_, i) => `p${i}=1`), 'grondslag=omzet'].join('&');
    const state = readUrlState(query, specs);
    expect(state.values).toEqual({ waarde: '5' });
    expect(state.ignored).toHaveLength(MAX_PARAMETERS);
    expect(state.ignored.at(-1)).toEqual({ name: '…', reason: 'te-veel' });
    expect(describeIgnored(state.ignored, 'deze rekenhulp').at(-1)).toBe('Niet alles uit de link is gebruikt: de link bevat te veel gegevens; de rest is overgeslagen.');
  });

  it('reports the same unknown parameter once', () => {
    expect(readUrlState('x=1&x=2&x=3', specs).ignored).toEqual([{ name: 'x', reason: 'onbekend' }]);
  });

  it('matches words case-insensitively and gives the word as listed', () => {
    expect(readUrlState('grondslag=Omzet&antwoord=JA', specs).values).toEqual({ grondslag: 'omzet', antwoord: 'ja' });
  });
});

describe('lists', () => {
  it('keeps known ids in the listed order without repeats, and reports the rest', () => {
    const state = readUrlState('segmenten=ouderen,hacker,tijdelijk,ouderen', specs);
    expect(state.values).toEqual({ segmenten: ['tijdelijk', 'ouderen'] });
    expect(describeIgnored(state.ignored, 'deze check')).toEqual(['Bij ‘segmenten’ is een keuze uit de link genegeerd (‘hacker’): die bestaat niet.']);
  });

  it('names at most three refused ids', () => {
    const state = readUrlState('segmenten=a,b,c,d,tijdelijk', specs);
    expect(state.values.segmenten).toEqual(['tijdelijk']);
    expect(describeIgnored(state.ignored, 'deze check')).toEqual(['Bij ‘segmenten’ zijn 4 keuzes uit de link genegeerd (‘a’, ‘b’, ‘c’, …): die bestaan niet.']);
  });

  it('an empty list is ignored with a notice; a list of only unknown ids gives only the refusal', () => {
    expect(describeIgnored(readUrlState('segmenten=', specs).ignored, 'deze check')).toEqual(['‘segmenten’ uit de link is genegeerd: er was niets gekozen.']);
    expect(describeIgnored(readUrlState('segmenten=,%20,', specs).ignored, 'deze check')).toEqual(['‘segmenten’ uit de link is genegeerd: er was niets gekozen.']);
    const unknown = readUrlState('segmenten=x', specs);
    expect(unknown.values).toEqual({});
    expect(unknown.ignored.map((item) => item.reason)).toEqual(['deels']);
  });

  it('a list without known ids keeps every id in link order', () => {
    expect(readUrlState('kaders=b,a,,b', specs).values).toEqual({ kaders: ['b', 'a'] });
  });
});

describe('writeUrlState', () => {
  it('writes in the given order and leaves out blanks, empty lists and names not in the order', () => {
    expect(writeUrlState({ start: '2025-01-01', waarde: '', grondslag: 'omzet', kaders: [], extra: 'x' }, ['waarde', 'grondslag', 'kaders', 'start'])).toBe(
      '?grondslag=omzet&start=2025-01-01',
    );
    expect(writeUrlState({}, ['waarde'])).toBe('');
  });

  it('writes lists with readable commas', () => {
    expect(writeUrlState({ segmenten: ['tijdelijk', 'ouderen'], waarde: '1.234,56' }, ['segmenten', 'waarde'])).toBe('?segmenten=tijdelijk,ouderen&waarde=1.234,56');
  });

  it('encodes Dutch notation and markup so it reads back the same', () => {
    const query = writeUrlState({ waarde: '€ 1.234,56', kader: '<b>&x=1#y' }, ['waarde', 'kader']);
    expect(query).not.toMatch(/[<>#]/);
    expect(readUrlState(query, specs).values).toEqual({ waarde: '€ 1.234,56', kader: '<b>&x=1#y' });
  });
});

describe('properties', () => {
  const names = Object.keys(specs) as (keyof typeof specs)[];
  const anyName = fc.oneof(fc.constantFrom(...names, '__proto__', 'constructor'), fc.string({ unit: 'binary' }));
  const anyValue = fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), fc.constantFrom('ja', 'Omzet', 'tijdelijk,x,ouderen', '', ' , '));

  it('hostile input never throws; every value is known, within its limit and of its kind; every notice is short text', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(anyName, anyValue), { maxLength: 90 }), (pairs) => {
        const params = new URLSearchParams();
        for (const [name, value] of pairs) params.append(name, value);
        const state = readUrlState(params, specs);
        for (const [name, value] of Object.entries(state.values)) {
          expect(names).toContain(name);
          const spec = specs[name as keyof typeof specs];
          if (spec.kind === 'list') {
            expect(Array.isArray(value)).toBe(true);
            expect((value as string[]).join(',').length).toBeLessThanOrEqual(MAX_LIST_LENGTH);
            if (spec.oneOf) for (const id of value as string[]) expect(spec.oneOf).toContain(id);
          } else {
            expect(typeof value).toBe('string');
            expect((value as string).length).toBeLessThanOrEqual(LIMIT[name as keyof typeof specs]);
            if ('oneOf' in spec && spec.oneOf && value !== '') expect(spec.oneOf).toContain(value);
          }
        }
        expect(state.ignored.length).toBeLessThanOrEqual(MAX_PARAMETERS);
        for (const item of state.ignored) expect(item.name.length).toBeLessThanOrEqual(MAX_SHOWN_LENGTH + 1);
        for (const line of describeIgnored(state.ignored, 'deze rekenhulp')) expect(line.length).toBeLessThan(250);
      }),
      { numRuns: 300 },
    );
  });

  it('a raw query string of any characters never throws', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 500 }), (query) => {
        expect(() => describeIgnored(readUrlState(query, specs).ignored, 'deze zoekpagina')).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });

  it('write then read gives back every trimmed, non-blank value within its limit', () => {
    const text = (maxLength: number) => fc.string({ unit: 'grapheme', maxLength }).filter((s) => s.trim().length <= maxLength);
    const ids = fc.subarray(['tijdelijk', 'ouderen', 'jongeren']);
    fc.assert(
      fc.property(text(MAX_TEXT_LENGTH), text(MAX_SHORT_LENGTH), ids, fc.uniqueArray(fc.stringMatching(/^[a-z0-9-]{1,20}$/), { maxLength: 10 }), fc.constantFrom('', 'omzet', 'opdrachtwaarde'), (kader, term, segmenten, kaders, grondslag) => {
        const query = writeUrlState({ kader, term, segmenten, kaders, grondslag }, names);
        const state = readUrlState(query, specs);
        const expected: Record<string, unknown> = {};
        if (kader.trim() !== '') expected.kader = kader.trim();
        if (term.trim() !== '') expected.term = term.trim();
        if (grondslag !== '') expected.grondslag = grondslag;
        if (segmenten.length > 0) expected.segmenten = segmenten;
        if (kaders.length > 0) expected.kaders = kaders;
        expect(state.values).toEqual(expected);
        expect(state.ignored).toEqual([]);
        // Writing what was read gives the same query.
        expect(writeUrlState(state.values, names)).toBe(query);
      }),
      { numRuns: 300 },
    );
  });
});
