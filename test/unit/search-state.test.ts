import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { filterSummary, readSearchState, writeSearchState } from '../../src/lib/search/query-state.ts';
import { MAX_TEXT_LENGTH } from '../../src/lib/url-state.ts';

describe('search state in the URL', () => {
  it('reads query, filters and sort', () => {
    const { state, ignored } = readSearchState('?q=dagbesteding+Heumen&gemeente=Heumen&sort=datum');
    expect(state).toEqual({ q: 'dagbesteding Heumen', sort: 'datum', filters: { gemeente: 'Heumen' } });
    expect(ignored).toEqual([]);
    expect(writeSearchState(state)).toBe('?q=dagbesteding+Heumen&gemeente=Heumen&sort=datum');
  });

  it('drops and reports hostile or unknown input', () => {
    const { state, ignored } = readSearchState(`?q=${'x'.repeat(MAX_TEXT_LENGTH + 1)}&sort=<script>&onload=1&regio=${'y'.repeat(MAX_TEXT_LENGTH + 1)}&gemeente=Heumen&gemeente=Kampen`);
    expect(state).toEqual({ q: '', sort: 'relevantie', filters: { gemeente: 'Heumen' } });
    expect(ignored).toEqual([
      '‘q’ uit de link is genegeerd: de waarde is te lang.',
      '‘sort’ uit de link is genegeerd: de waarde heeft niet de goede vorm.',
      '‘onload’ uit de link is genegeerd: deze zoekpagina kent die niet.',
      '‘regio’ uit de link is genegeerd: de waarde is te lang.',
      '‘gemeente’ uit de link is dubbel: die kwam vaker voor; alleen de eerste keer telt.',
    ]);
  });

  it('keeps a script tag as plain text in the query', () => {
    expect(readSearchState('?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E').state.q).toBe('<script>alert(1)</script>');
  });

  it('round-trips any valid state (property)', () => {
    const value = fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim() === s && s.length > 0);
    fc.assert(
      fc.property(fc.string({ maxLength: MAX_TEXT_LENGTH }).map((s) => s.trim()), fc.constantFrom('relevantie' as const, 'datum' as const), fc.option(value, { nil: undefined }), (q, sort, regio) => {
        const state = { q, sort, filters: regio ? { regio } : {} };
        expect(readSearchState(writeSearchState(state)).state).toEqual(state);
      }),
    );
  });
});

describe('summary of the folded search filters', () => {
  it('says how many filters are set, and a non-default order', () => {
    expect(filterSummary({ sort: 'relevantie', filters: {} })).toBe('Filters');
    expect(filterSummary({ sort: 'relevantie', filters: { gemeente: 'Heumen' } })).toBe('Filters (1 actief)');
    expect(filterSummary({ sort: 'relevantie', filters: { gemeente: 'Heumen', jaar: '2024', regio: '' } })).toBe('Filters (2 actief)');
    expect(filterSummary({ sort: 'datum', filters: {} })).toBe('Filters · nieuwste eerst');
    expect(filterSummary(readSearchState('?q=x&domein=Wmo&soort=Inkoopkader&sort=datum').state)).toBe('Filters (2 actief) · nieuwste eerst');
  });

  it('counts exactly the filters with a value (property)', () => {
    const names = ['regio', 'gemeente', 'soort', 'domein', 'jaar'] as const;
    fc.assert(
      fc.property(fc.subarray([...names]), fc.constantFrom('relevantie' as const, 'datum' as const), (set, sort) => {
        const filters = Object.fromEntries(set.map((name) => [name, 'waarde']));
        const text = filterSummary({ sort, filters });
        expect(text.startsWith(set.length > 0 ? `Filters (${set.length} actief)` : 'Filters')).toBe(true);
        expect(text.includes('nieuwste eerst')).toBe(sort === 'datum');
      }),
    );
  });
});
