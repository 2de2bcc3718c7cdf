import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contrastRatio, formatRatio, parseHex, relativeLuminance } from '../../src/lib/contrast.ts';

const hex = fc
  .tuple(fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 }))
  .map(([r, g, b]) => `#${[r, g, b].map((c) => c.toString(16).padStart(2, '0')).join('')}`);

describe('parseHex', () => {
  it('reads #rrggbb and #rgb, in any case', () => {
    expect(parseHex('#0b4f8a')).toEqual({ r: 11, g: 79, b: 138 });
    expect(parseHex('#FFF')).toEqual({ r: 255, g: 255, b: 255 });
    expect(parseHex(' #a1B2c3 ')).toEqual({ r: 161, g: 178, b: 195 });
  });
  it.each(['fff', '#ffff', '#gggggg', 'red', 'rgb(0,0,0)', ''])('rejects %j', (input) => {
    expect(() => parseHex(input)).toThrow(/Geen kleur/);
  });
});

describe('relativeLuminance and contrastRatio (WCAG 2.x)', () => {
  it('matches known values', () => {
    expect(relativeLuminance('#000000')).toBe(0);
    expect(relativeLuminance('#ffffff')).toBeCloseTo(1, 10);
    expect(contrastRatio('#000', '#fff')).toBeCloseTo(21, 10);
    // The classic borderline greys on white: #767676 passes 4.5:1, #777777 does not.
    expect(contrastRatio('#767676', '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio('#777777', '#ffffff')).toBeLessThan(4.5);
    expect(contrastRatio('#0b4f8a', '#ffffff')).toBeCloseTo(8.4, 1);
  });

  it('formats the ratio rounded down, so a failure never reads as a pass', () => {
    expect(formatRatio(4.4999)).toBe('4.49:1');
    expect(formatRatio(21)).toBe('21.00:1');
  });

  it('is symmetric, between 1 and 21, and 1 for the same colour', () => {
    fc.assert(
      fc.property(hex, hex, (a, b) => {
        const ratio = contrastRatio(a, b);
        expect(ratio).toBeCloseTo(contrastRatio(b, a), 12);
        expect(ratio).toBeGreaterThanOrEqual(1);
        expect(ratio).toBeLessThanOrEqual(21 + 1e-9);
        expect(contrastRatio(a, a)).toBeCloseTo(1, 12);
      }),
    );
  });

  it('grows with every channel: a lighter colour never has less contrast against black', () => {
    fc.assert(
      fc.property(hex, fc.integer({ min: 0, max: 2 }), (colour, channel) => {
        const rgb = parseHex(colour);
        const key = (['r', 'g', 'b'] as const)[channel]!;
        const lighter = { ...rgb, [key]: 255 };
        expect(relativeLuminance(lighter)).toBeGreaterThanOrEqual(relativeLuminance(rgb));
        expect(contrastRatio(lighter, '#000000')).toBeGreaterThanOrEqual(contrastRatio(rgb, '#000000') - 1e-12);
      }),
    );
  });
});
