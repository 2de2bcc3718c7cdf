import { describe, expect, it } from 'vitest';
import { excerptProblems } from '../build/excerpt-quality.ts';

describe('excerptProblems (used by the search-quality build test)', () => {
  it('finds glued words and keyword lists', () => {
    expect(excerptProblems('<mark>GemeenteWijchenRijk</mark> van Nijmegen')).toEqual(['woorden aan elkaar: "GemeenteWijchenRijk"']);
    expect(excerptProblems('inkoopkader inkoopkader nieuwe Wmo Wmo ambulant', ['inkoopkader', 'nieuwe', 'Wmo', 'ambulant'])).toEqual([
      'zoekwoordenlijst in de tekst: "inkoopkader inkoopkader"',
      'zoekwoordenlijst in de tekst: "Wmo Wmo"',
    ]);
    expect(excerptProblems('… verblijf begeleiding ambulante begeleiding reguliere begeleiding …', ['begeleiding', 'ambulante begeleiding', 'reguliere begeleiding'])).toEqual([
      'zoekwoordenlijst in de tekst: "begeleiding ambulante begeleiding reguliere begeleiding"',
    ]);
    // Running text and tables that repeat a word are ordinary text.
    expect(excerptProblems('Inkoopkader Wmo ambulant, dagbesteding HH HH, perceel Perceel', ['inkoopkader', 'Wmo', 'HH', 'perceel'])).toEqual([]);
    expect(excerptProblems('Wmo Wmo Wmo')).toContain('drie keer achter elkaar "wmo"');
  });

  it('accepts ordinary text and names written with an inner capital', () => {
    expect(excerptProblems('Publicatie op TenderNed, zie het PvE. <mark>Hulp</mark> bij het huishouden in Midden-IJssel.')).toEqual([]);
  });
});
