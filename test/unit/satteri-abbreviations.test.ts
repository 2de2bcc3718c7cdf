/** The abbreviation plugin run through Sätteri, the Markdown/MDX engine Astro 7 uses. */
import { describe, expect, it } from 'vitest';
import { markdownToHtml, mdxToJs } from 'satteri';
import { satteriAbbreviations, readGlossary } from '../../src/integrations/satteri-abbreviations.ts';
import type { GlossaryTerm } from '../../src/lib/glossary-match.ts';

const terms: GlossaryTerm[] = [
  { id: 'wmo', term: 'Wmo', fullName: 'Wet maatschappelijke ondersteuning 2015', abbreviation: true, aliases: [], definition: 'De wet.' },
  { id: 'sroi', term: 'SROI', fullName: 'social return on investment', abbreviation: true, aliases: [], definition: 'Social return.' },
  { id: 'pxq', term: 'P×Q', fullName: 'prijs maal hoeveelheid', abbreviation: true, aliases: ['P*Q'], definition: 'Betalen per eenheid.' },
];
const plugin = satteriAbbreviations(terms);
// Sätteri's result type allows a promise when plugins are async; ours are not, but await anyway.
const html = async (md: string) => (await markdownToHtml(md, { mdastPlugins: [plugin] })).html;
const abbr = (value: string, id: string, title: string) => `<a href="/begrippen/#${id}" class="begrip"><abbr title="${title}">${value}</abbr></a>`;
const count = (haystack: string, needle: string) => haystack.split(needle).length - 1;

describe('glossary abbreviations plugin', () => {
  it('marks the first use with <abbr> inside a link to the glossary', async () => {
    const out = await html('De Wmo regelt veel. Ook de Wmo-ondersteuning valt onder de Wmo.');
    expect(out).toContain(`De ${abbr('Wmo', 'wmo', 'Wet maatschappelijke ondersteuning 2015')} regelt veel.`);
    expect(count(out, '<abbr')).toBe(1);
  });

  it('marks "Wmo" in a Dutch compound', async () => {
    expect(await html('Alle Wmo-ondersteuning.')).toContain(`${abbr('Wmo', 'wmo', 'Wet maatschappelijke ondersteuning 2015')}-ondersteuning`);
  });

  it('skips headings, links and code; the first use in running text gets the markup', async () => {
    const out = await html(['## Social return (SROI)', '', 'Zie [de SROI-regels](/x) en `SROI`.', '', 'Normaal geldt een SROI-eis van 5%.'].join('\n'));
    expect(out).toContain('<h2>Social return (SROI)</h2>');
    expect(out).toContain('<a href="/x">de SROI-regels</a>');
    expect(out).toContain('<code>SROI</code>');
    expect(out).toContain(`Normaal geldt een ${abbr('SROI', 'sroi', 'social return on investment')}-eis`);
    expect(count(out, '<abbr')).toBe(1);
  });

  it('works inside emphasis, lists and tables', async () => {
    expect(await html('- **Bekostiging op basis van P×Q**')).toContain(`<strong>Bekostiging op basis van ${abbr('P×Q', 'pxq', 'prijs maal hoeveelheid')}</strong>`);
    expect(await html('| a |\n| - |\n| P*Q |')).toContain(abbr('P*Q', 'pxq', 'prijs maal hoeveelheid'));
  });

  it('counts first use per document', async () => {
    expect(count(await html('De Wmo.'), '<abbr')).toBe(1);
    expect(count(await html('Weer de Wmo.'), '<abbr')).toBe(1);
  });

  it('marks text inside MDX components but not inside an existing <abbr> or <a>', async () => {
    const { code } = await mdxToJs('<abbr title="x">Wmo</abbr> en <a href="/y">SROI</a>\n\n<Callout>\nDe SROI en de Wmo.\n</Callout>\n', { mdastPlugins: [plugin] });
    const callout = code.slice(code.indexOf('_jsx(Callout'));
    expect(callout).toContain('href: "/begrippen/#sroi"');
    expect(callout).toContain('href: "/begrippen/#wmo"');
    expect(count(code, '/begrippen/#')).toBe(2);
  });

  it('reads the real glossary', () => {
    const glossary = readGlossary('content/begrippen');
    expect(glossary.find((t) => t.id === 'wmo')).toMatchObject({ term: 'Wmo', abbreviation: true, fullName: 'Wet maatschappelijke ondersteuning 2015' });
    expect(readGlossary('does-not-exist')).toEqual([]);
  });
});
