/** Form checks of codes from public standards (src/lib/standard-codes.ts). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cbsCodeProblem, cbsDigits, productCodeProblem } from '../../src/lib/standard-codes.ts';

const digit = fc.constantFrom(...'0123456789');
const digits = (n: number) => fc.array(digit, { minLength: n, maxLength: n }).map((d) => d.join(''));

describe('CBS gemeentecode', () => {
  it('accepts GM with exactly four digits and keeps the leading zeros', () => {
    fc.assert(fc.property(digits(4), (d) => {
      expect(cbsCodeProblem(`GM${d}`)).toBeNull();
      expect(cbsDigits(`GM${d}`)).toBe(d);
    }));
  });

  it('rejects other numbers of digits, saying how many it got', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 8 }).filter((n) => n !== 4).chain(digits), (d) => {
      expect(cbsCodeProblem(`GM${d}`)).toContain(`kreeg ${d.length} in 'GM${d}'`);
    }));
  });

  it('rejects a code without GM, lower case, or with other characters', () => {
    for (const bad of ['0268', 'gm0268', 'GM02A8', 'GM 0268', '']) {
      expect(cbsCodeProblem(bad), bad).toMatch(/GM gevolgd door vier cijfers|precies vier cijfers/);
    }
  });
});

describe('iStandaarden product code', () => {
  const category = digits(2);
  const rest = fc.array(fc.constantFrom(...'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'), { minLength: 3, maxLength: 3 }).map((c) => c.join(''));

  it('accepts a category alone, and a code that starts with its category', () => {
    fc.assert(fc.property(category, rest, (c, r) => {
      expect(productCodeProblem(c, undefined)).toBeNull();
      expect(productCodeProblem(c, `${c}${r}`)).toBeNull();
    }));
  });

  it('rejects a code outside its category, naming both', () => {
    fc.assert(fc.property(category, category, rest, (c, other, r) => {
      fc.pre(c !== other);
      expect(productCodeProblem(c, `${other}${r}`)).toBe(`productcode ${other}${r} valt niet in productcategorie ${c}: een productcode begint met de twee cijfers van zijn categorie`);
    }));
  });

  it('rejects a category that is not two digits and a code that is not five characters', () => {
    expect(productCodeProblem('2', undefined)).toContain("kreeg '2'");
    expect(productCodeProblem('02', '02A1')).toContain("kreeg '02A1'");
    expect(productCodeProblem('02', '02a01')).toContain("kreeg '02a01'");
  });
});
