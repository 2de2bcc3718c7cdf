import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { breakdownRow, displayValue } from '../../src/lib/calc/breakdown.ts';
import { collectRangeErrors, createFieldReader, isBlank, labelledError } from '../../src/lib/calc/form-fields.ts';
import { rational } from '../../src/lib/rational.ts';

describe('displayValue', () => {
  it('writes each unit in Dutch, money rounded to cents half away from zero', () => {
    expect(displayValue(rational(12345, 10), 'euro')).toBe('€ 12,35');
    expect(displayValue(rational(300_000), 'euro-per-maand')).toBe('€ 3.000,00 per maand');
    expect(displayValue(rational(3_600_000), 'euro-per-jaar')).toBe('€ 36.000,00 per jaar');
    expect(displayValue(rational(-12345, 10), 'euro-per-uur')).toBe('€ -12,35 per uur');
    expect(displayValue(rational(5008, 3), 'uren-per-jaar')).toBe('1.669,33 uur per jaar');
    expect(displayValue(rational(833, 100), 'procent')).toBe('8,33%');
    expect(displayValue(rational(5, 2), 'aantal')).toBe('2,5');
  });

  it('breakdownRow keeps the exact value next to the display text', () => {
    expect(breakdownRow('x', 'Label', 'Formule', rational(1, 3), 'euro')).toEqual({
      step: 'x',
      label: 'Label',
      formula: 'Formule',
      value: rational(1, 3),
      unit: 'euro',
      display: '€ 0,00',
    });
  });
});

describe('form fields', () => {
  it('treats missing, null and whitespace as blank', () => {
    expect(isBlank(undefined)).toBe(true);
    expect(isBlank(null)).toBe(true);
    expect(isBlank(' \t')).toBe(true);
    expect(isBlank('0')).toBe(false);
  });

  it('reads fields, reports blanks only when required and keeps the first error per field', () => {
    const read = createFieldReader<'a' | 'b' | 'c' | 'd'>({ a: '12,50', b: '', c: 'x', d: '8%' });
    expect(read.money('a', {})).toBe(1250);
    expect(read.money('b', {})).toBeUndefined();
    expect(read.money('b', { required: 'Vul b in' })).toBeUndefined();
    expect(read.decimal('c', { required: 'Vul c in' })).toBeUndefined();
    expect(read.decimal('d', { unit: '%' })).toEqual(rational(8));
    read.fail('b', 'Tweede fout');
    expect(read.blank('b')).toBe(true);
    expect(read.errors).toEqual({
      b: 'Vul b in',
      c: 'Vul alleen cijfers in, met een komma voor decimalen, bijvoorbeeld 12,5',
    });
  });

  it('collects range errors for typed values, skipping undefined ones', () => {
    expect(
      collectRangeErrors<'p' | 'q' | 'r'>([
        { field: 'p', cents: -1, options: {} },
        { field: 'q', value: rational(101), options: { unit: '%', max: 100 } },
        { field: 'r', value: undefined, options: { min: 1 } },
        { field: 'p', cents: 1.5, options: {} },
      ]),
    ).toEqual({ p: 'Het bedrag mag niet negatief zijn', q: 'Het percentage mag niet groter zijn dan 100%' });
  });
});

describe('labelledError: the error summary names the field', () => {
  it('starts with the label and lowers the first letter of the message', () => {
    expect(labelledError('Brutosalaris per maand', 'Vul een bedrag in met alleen cijfers, bijvoorbeeld 3.000')).toBe(
      'Brutosalaris per maand: vul een bedrag in met alleen cijfers, bijvoorbeeld 3.000',
    );
    expect(labelledError('Hoe vaak?', 'Kies hoe vaak')).toBe('Hoe vaak?: kies hoe vaak');
    expect(labelledError('Looptijd:', 'De looptijd is te lang')).toBe('Looptijd: de looptijd is te lang');
  });

  it('keeps abbreviations as they are', () => {
    expect(labelledError('Deel via het MVO-bouwblok', 'MVO mag niet groter zijn dan 100%')).toBe('Deel via het MVO-bouwblok: MVO mag niet groter zijn dan 100%');
    expect(labelledError('Opslag', 'OVA ontbreekt')).toBe('Opslag: OVA ontbreekt');
  });

  it('for any label and message: the label comes first and the message follows unchanged apart from its first letter', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 30 }).filter((l) => /[^\s:.]$/.test(l.trim()) && l.trim() === l), fc.string({ minLength: 2, maxLength: 60 }).map((m) => m.trim()).filter((m) => m.length > 1), (label, message) => {
        const text = labelledError(label, message);
        expect(text.startsWith(`${label}: `)).toBe(true);
        expect(text.slice(label.length + 3)).toBe(message.slice(1));
        expect(text.charAt(label.length + 2).toLowerCase()).toBe(message.charAt(0).toLowerCase());
      }),
    );
  });
});
