import { describe, expect, it } from 'vitest';
import { applyFilters, readFilterParams, writeFilterParams, type FilterSelect } from '../../src/lib/filter-rows.ts';

const select = (name: string, values: string[]): FilterSelect => ({ name, value: '', options: ['', ...values].map((value) => ({ value })) });

describe('list filters', () => {
  const rows = [
    { hidden: false, dataset: { municipalities: 'heumen nijmegen', products: 'begeleiding', domains: 'Wmo' } },
    { hidden: false, dataset: { municipalities: 'heumen', products: 'ggz-jeugd', domains: 'Jeugdhulp' } },
    { hidden: false, dataset: { municipalities: 'apeldoorn', products: 'begeleiding', domains: 'Wmo' } },
  ];
  const fields = { gemeente: 'municipalities', product: 'products', domein: 'domains' };

  it('answers "which lots could I offer in Heumen?"', () => {
    const selects = [select('gemeente', ['heumen', 'apeldoorn']), select('product', ['begeleiding']), select('domein', ['Wmo'])];
    expect(readFilterParams('?gemeente=heumen', selects)).toEqual([]);
    expect(applyFilters(rows, selects, fields)).toBe(2);
    expect(rows.map((r) => r.hidden)).toEqual([false, false, true]);
    selects[2]!.value = 'Wmo';
    expect(applyFilters(rows, selects, fields)).toBe(1);
    expect(writeFilterParams('/percelen/', selects)).toBe('/percelen/?gemeente=heumen&domein=Wmo');
  });

  it('ignores unknown or hostile values in the URL and matches whole words only', () => {
    const selects = [select('gemeente', ['heumen'])];
    const notices = readFilterParams('?gemeente=%3Cscript%3Ealert(1)%3C/script%3E&gemeente=heumen&foo=1', selects);
    expect(selects[0]!.value).toBe('');
    expect(notices).toEqual([
      '‘gemeente’ uit de link is genegeerd: ‘<script>alert(1)</script>’ is geen keuze in dit overzicht.',
      '‘gemeente’ uit de link is dubbel: die kwam vaker voor; alleen de eerste keer telt.',
      '‘foo’ uit de link is genegeerd: dit overzicht kent die niet.',
    ]);
    selects[0]!.value = 'heumen';
    expect(applyFilters([{ hidden: false, dataset: { municipalities: 'heumenx' } }], selects, fields)).toBe(0);
    expect(writeFilterParams('/p/', [select('gemeente', [])])).toBe('/p/');
  });

  it('restores a choice given in other letter case as the option value, and round-trips', () => {
    const selects = [select('domein', ['Wmo', 'Jeugdhulp']), select('gemeente', ['heumen'])];
    expect(readFilterParams('?domein=jeugdhulp', selects)).toEqual([]);
    expect(selects[0]!.value).toBe('Jeugdhulp');
    selects[1]!.value = 'heumen';
    const url = writeFilterParams('/percelen/', selects);
    expect(url).toBe('/percelen/?domein=Jeugdhulp&gemeente=heumen');
    const restored = [select('domein', ['Wmo', 'Jeugdhulp']), select('gemeente', ['heumen'])];
    readFilterParams(url.slice(url.indexOf('?')), restored);
    expect(restored.map((s) => s.value)).toEqual(['Jeugdhulp', 'heumen']);
  });
});
