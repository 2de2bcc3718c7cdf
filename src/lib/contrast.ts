/**
 * Colour contrast as WCAG 2.x defines it: relative luminance of sRGB colours
 * and the contrast ratio (L1 + 0.05) / (L2 + 0.05). Used by the tests that
 * check the colour tokens of both colour schemes without a browser.
 */

export interface Rgb {
  readonly r: number;
  readonly g: number;
  readonly b: number;
}

/** WCAG thresholds: normal text, large text and user-interface components / graphics. */
export const AA_TEXT = 4.5;
export const AA_LARGE_TEXT = 3;
export const AA_NON_TEXT = 3;

/** Parses `#rgb` or `#rrggbb` (case-insensitive); anything else is an error, so a typo in a token never passes silently. */
export function parseHex(hex: string): Rgb {
  const match = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex.trim());
  if (!match) throw new Error(`Geen kleur als #rgb of #rrggbb: '${hex}'`);
  const digits = match[1]!.length === 3 ? [...match[1]!].map((d) => d + d).join('') : match[1]!;
  return {
    r: parseInt(digits.slice(0, 2), 16),
    g: parseInt(digits.slice(2, 4), 16),
    b: parseInt(digits.slice(4, 6), 16),
  };
}

/** sRGB channel (0–255) to linear light, with the 0.04045 threshold of the sRGB standard (WCAG 2.2 uses it too). */
function linear(channel: number): number {
  const c = channel / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

export function relativeLuminance(colour: Rgb | string): number {
  const { r, g, b } = typeof colour === 'string' ? parseHex(colour) : colour;
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** Contrast ratio between 1 and 21; the order of the two colours does not matter. */
export function contrastRatio(a: Rgb | string, b: Rgb | string): number {
  const la = relativeLuminance(a);
  const lb = relativeLuminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** Ratio rounded down to two decimals, as contrast checkers report it (never rounds a failure up to a pass). */
export function formatRatio(ratio: number): string {
  return `${(Math.floor(ratio * 100) / 100).toFixed(2)}:1`;
}
