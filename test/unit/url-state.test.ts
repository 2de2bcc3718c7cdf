import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_MAX_LENGTH,
  MAX_PARAMETERS,
  describeIgnored,
  numberParam,
  oneOfParam,
  patternParam,
  readUrlState,
  writeUrlState,
} from '../../src/lib/calc/url-state.ts';

const specs = {
  waarde: { check: numberParam },
  grondslag: { check: oneOfParam(['opdrachtwaarde', 'omzet']) },
  start: { check: patternParam(/^\d{4}-\d{2}-\d{2}$/) },
  kader: { maxLength: 80 },
} as const;

describe('readUrlState', () => {
  it('reads known parameters, trimmed', () => {
    const state = readUrlState('?waarde=%20400.000%20&grondslag=omzet&start=2025-01-01', specs);
    expect(state.values).toEqual({ waarde: '400.000', grondslag: 'omzet', start: '2025-01-01' });
    expect(state.ignored).toEqual([]);
  });

  it('accepts Dutch amounts with euro sign, comma and percent', () => {
    expect(readUrlState('waarde=%E2%82%AC%201.234%2C56', specs).values.waarde).toBe('€ 1.234,56');
    expect(readUrlState('waarde=8%25', specs).values.waarde).toBe('8%');
  });

  it('reports unknown, invalid and repeated parameters', () => {
    const state = readUrlState('foo=1&grondslag=iets&waarde=1&waarde=2&start=1-1-2025', specs);
    expect(state.values).toEqual({ waarde: '1' });
    expect(state.ignored).toEqual([
      { name: 'foo', reason: 'onbekend' },
      { name: 'grondslag', reason: 'ongeldig' },
      { name: 'waarde', reason: 'herhaald' },
      { name: 'start', reason: 'ongeldig' },
    ]);
    expect(describeIgnored(state.ignored)).toEqual([
      '‘foo’ uit de link is genegeerd: deze rekenhulp kent die niet.',
      '‘grondslag’ uit de link is genegeerd: de waarde heeft niet de goede vorm.',
      '‘waarde’ uit de link is dubbel: die kwam vaker voor; alleen de eerste keer telt.',
      '‘start’ uit de link is genegeerd: de waarde heeft niet de goede vorm.',
    ]);
  });

  it('refuses script tags and markup in number fields', () => {
    const state = readUrlState(`waarde=${encodeURIComponent('<script>alert(1)</script>')}`, specs);
    expect(state.values.waarde).toBeUndefined();
    expect(state.ignored).toEqual([{ name: 'waarde', reason: 'ongeldig' }]);
  });

  it('keeps free text (kader) as text for the caller to look up, never interprets it', () => {
    const hostile = '"><img src=x onerror=alert(1)>';
    const state = readUrlState(`kader=${encodeURIComponent(hostile)}`, specs);
    expect(state.values.kader).toBe(hostile);
  });

  it('refuses values that are too long', () => {
    const state = readUrlState(`waarde=${'1'.repeat(DEFAULT_MAX_LENGTH + 1)}`, specs);
    expect(state.values).toEqual({});
    expect(state.ignored).toEqual([{ name: 'waarde', reason: 'te-lang' }]);
    expect(readUrlState(`kader=${'a'.repeat(80)}`, specs).values.kader).toHaveLength(80);
  });

  it('cuts long unknown names and strips control characters when showing them', () => {
    const state = readUrlState(`${'x'.repeat(500)}=1&a%00b=2`, specs);
    expect(state.ignored[0]?.name).toBe(`${'x'.repeat(30)}…`);
    expect(state.ignored[1]?.name).toBe('ab');
  });

  it('handles unicode and blank values', () => {
    const state = readUrlState('kader=%F0%9F%98%80&waarde=', specs);
    expect(state.values).toEqual({ kader: '😀', waarde: '' });
  });

  it('ignores inherited property names such as __proto__ and constructor', () => {
    const state = readUrlState('__proto__=1&constructor=2&toString=3', specs);
    expect(state.values).toEqual({});
    expect(state.ignored.map((item) => item.reason)).toEqual(['onbekend', 'onbekend', 'onbekend']);
    expect(Object.getPrototypeOf(state.values)).toBe(Object.prototype);
  });

  it('stops after too many parameters', () => {
    const query = Array.from({ length: MAX_PARAMETERS + 20 }, (_, i) => `p${i}=1`).join('&');
    const state = readUrlState(query, specs);
    expect(state.ignored).toHaveLength(MAX_PARAMETERS + 1);
    expect(state.ignored.at(-1)?.reason).toBe('te-veel');
  });

  it('reports the same unknown parameter once', () => {
    expect(readUrlState('x=1&x=2&x=3', specs).ignored).toEqual([{ name: 'x', reason: 'onbekend' }]);
  });

  it('is case-insensitive for word values', () => {
    expect(readUrlState('grondslag=Omzet', specs).values.grondslag).toBe('Omzet');
  });
});

describe('writeUrlState', () => {
  it('writes in the given order and leaves out blanks', () => {
    expect(writeUrlState({ start: '2025-01-01', waarde: '', grondslag: 'omzet' }, ['waarde', 'grondslag', 'start'])).toBe(
      '?grondslag=omzet&start=2025-01-01',
    );
    expect(writeUrlState({}, ['waarde'])).toBe('');
  });

  it('encodes Dutch notation so it reads back the same', () => {
    const query = writeUrlState({ waarde: '€ 1.234,56' }, ['waarde']);
    expect(readUrlState(query, specs).values.waarde).toBe('€ 1.234,56');
  });
});

describe('properties', () => {
  const keys = ['waarde', 'grondslag', 'start', 'kader'] as const;

  it('never throws and every value comes from a known parameter within its length', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.string(), fc.string({ maxLength: 120 })), { maxLength: 80 }), (pairs) => {
        const params = new URLSearchParams();
        for (const [name, value] of pairs) params.append(name, value);
        const state = readUrlState(params, specs);
        for (const [name, value] of Object.entries(state.values)) {
          expect(keys).toContain(name);
          expect(typeof value).toBe('string');
          expect((value as string).length).toBeLessThanOrEqual(name === 'kader' ? 80 : DEFAULT_MAX_LENGTH);
        }
        for (const item of state.ignored) expect(item.name.length).toBeLessThanOrEqual(31);
      }),
    );
  });

  it('write then read gives back the trimmed, non-blank values (free-text field)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (text) => {
        const state = readUrlState(writeUrlState({ kader: text }, ['kader']), specs);
        const expected = text.trim();
        expect(state.values.kader).toBe(expected === '' ? undefined : expected);
        expect(state.ignored).toEqual([]);
      }),
    );
  });
});
