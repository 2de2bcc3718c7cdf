import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readSearchState, writeSearchState } from '../../src/lib/search/query-state.ts';

describe('search state in the URL', () => {
  it('reads query, filters and sort', () => {
    const { state, ignored } = readSearchState('?q=dagbesteding+Heumen&gemeente=Heumen&sort=datum');
    expect(state).toEqual({ q: 'dagbesteding Heumen', sort: 'datum', filters: { gemeente: 'Heumen' } });
    expect(ignored).toEqual([]);
    expect(writeSearchState(state)).toBe('?q=dagbesteding+Heumen&gemeente=Heumen&sort=datum');
  });

  it('drops and reports hostile or unknown input', () => {
    const { state, ignored } = readSearchState(`?q=${'x'.repeat(500)}&sort=<script>&onload=1&regio=${'y'.repeat(100)}`);
    expect(state).toEqual({ q: '', sort: 'relevantie', filters: {} });
    expect(ignored).toEqual(['q (te lang)', 'sort', 'regio (te lang)', 'onload']);
  });

  it('keeps a script tag as plain text in the query', () => {
    expect(readSearchState('?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E').state.q).toBe('<script>alert(1)</script>');
  });

  it('round-trips any valid state (property)', () => {
    const value = fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim() === s && s.length > 0);
    fc.assert(
      fc.property(fc.string({ maxLength: 100 }).map((s) => s.trim()), fc.constantFrom('relevantie' as const, 'datum' as const), fc.option(value, { nil: undefined }), (q, sort, regio) => {
        const state = { q, sort, filters: regio ? { regio } : {} };
        expect(readSearchState(writeSearchState(state)).state).toEqual(state);
      }),
    );
  });
});
