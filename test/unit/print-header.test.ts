import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cssString, printAddressStyle, printDateText } from '../../src/lib/print-header.ts';

describe('print header', () => {
  it('the date of printing in the Netherlands, in Dutch', () => {
    expect(printDateText(new Date('2026-11-29T12:00:00Z'))).toBe('Afgedrukt op 29 november 2026');
    // 23:30 UTC on 31 December is already 1 January in Amsterdam.
    expect(printDateText(new Date('2026-12-31T23:30:00Z'))).toBe('Afgedrukt op 1 januari 2027');
  });

  it('the origin and the page address as CSS strings for print CSS', () => {
    expect(printAddressStyle(new URL('https://inkoopwijzer.nl/rekenhulpen/reele-prijs/?salaris=3.000#uitkomst'))).toBe(
      '--iw-print-origin: "https://inkoopwijzer.nl"; --iw-print-page: "https://inkoopwijzer.nl/rekenhulpen/reele-prijs/?salaris=3.000"',
    );
  });

  it('escapes quotes and backslashes so any text stays one CSS string', () => {
    expect(cssString('a"b\\c')).toBe('"a\\"b\\\\c"');
    fc.assert(
      fc.property(fc.string(), (text) => {
        const css = cssString(text);
        expect(css.startsWith('"') && css.endsWith('"')).toBe(true);
        // No unescaped quote inside: every quote is preceded by an odd number of backslashes.
        const inner = css.slice(1, -1).replace(/\\\\/g, '');
        expect(inner.replace(/\\"/g, '')).not.toContain('"');
        expect(css).not.toMatch(/[\n\r\f]/);
      }),
    );
  });
});
