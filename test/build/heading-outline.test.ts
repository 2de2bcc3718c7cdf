/**
 * The heading-outline check (one h1, nothing before it, no skipped levels):
 * what a screen reader's list of headings shows before any script runs. It
 * runs over every built page in site.test.ts, which builds the site once.
 */
import { describe, expect, it } from 'vitest';
import { headingOutlineProblems, headings } from './heading-outline.ts';

describe('headingOutlineProblems', () => {
  it('accepts a sound outline, also when it goes back up several levels', () => {
    expect(headingOutlineProblems('<h1>A</h1><h2>B</h2><h3>C</h3><h4>D</h4><h2>E</h2><h3>F</h3>')).toEqual([]);
  });
  it('reports a skipped level, a missing or second h1 and a heading before the h1', () => {
    expect(headingOutlineProblems('<h1>A</h1><h2>B</h2><h4 class="x">C</h4>')).toEqual(['h4 "C" volgt op h2 "B": niveau h3 overgeslagen']);
    expect(headingOutlineProblems('<h2>B</h2>')).toEqual(['0 koppen van niveau 1 (h1), verwacht precies één', 'de eerste kop is h2 "B", verwacht h1']);
    expect(headingOutlineProblems('<h1>A</h1><h1>B</h1>')).toEqual(['2 koppen van niveau 1 (h1), verwacht precies één']);
  });
  it('reads text without tags and ignores templates and scripts', () => {
    expect(headings('<h2 id="x"><a href="#x">Een <abbr title="t">Wmo</abbr>-kop</a></h2><template><h3>no</h3></template><script>"<h4>no</h4>"</script>'))
      .toEqual([{ level: 2, text: 'Een Wmo-kop' }]);
  });
});
