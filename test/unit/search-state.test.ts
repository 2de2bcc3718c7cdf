import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readSearchState, writeSearchState } from '../../src/lib/search/query-state.ts';
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
