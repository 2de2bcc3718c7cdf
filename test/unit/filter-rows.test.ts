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
    readFilterParams('?gemeente=heumen', selects);
    expect(applyFilters(rows, selects, fields)).toBe(2);
    expect(rows.map((r) => r.hidden)).toEqual([false, false, true]);
    selects[2]!.value = 'Wmo';
    expect(applyFilters(rows, selects, fields)).toBe(1);
    expect(writeFilterParams('/percelen/', selects)).toBe('/percelen/?gemeente=heumen&domein=Wmo');
  });

  it('ignores unknown or hostile values in the URL and matches whole words only', () => {
    const selects = [select('gemeente', ['heumen'])];
    readFilterParams('?gemeente=%3Cscript%3Ealert(1)%3C/script%3E&gemeente=heumen', selects);
    expect(selects[0]!.value).toBe('');
    selects[0]!.value = 'heumen';
    expect(applyFilters([{ hidden: false, dataset: { municipalities: 'heumenx' } }], selects, fields)).toBe(0);
    expect(writeFilterParams('/p/', [select('gemeente', [])])).toBe('/p/');
  });
});
