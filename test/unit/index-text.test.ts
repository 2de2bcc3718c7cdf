import { describe, expect, it } from 'vitest';
import { separateBlocks } from '../../src/lib/search/index-text.ts';

const text = (html: string) => html.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim();

describe('separateBlocks', () => {
  it('keeps table cells, captions and list items apart as words', () => {
    const html = '<table><caption>Wat wordt ingekocht</caption><tr><th>Product</th><th>Soort</th></tr><tr><td>Heumen</td><td>Wijchen</td></tr></table><ul><li>een</li><li>twee</li></ul>';
    // What an indexer reading text nodes sees without the fix:
    expect(text(html)).toBe('Wat wordt ingekochtProductSoortHeumenWijcheneentwee');
    expect(text(separateBlocks(html))).toBe('Wat wordt ingekocht Product Soort Heumen Wijchen een twee');
  });
  it('leaves inline elements alone, so words with markup inside stay whole', () => {
    const html = '<p>Een <abbr title="Wet maatschappelijke ondersteuning">Wmo</abbr>-kader en <strong>reële</strong> prijs</p>';
    expect(text(separateBlocks(html))).toBe('Een Wmo-kader en reële prijs');
  });
  it('handles upper-case tags and leaves the rest of the HTML unchanged', () => {
    expect(separateBlocks('<TD>a</TD><div class="x">b</div>')).toBe('<TD>a </TD><div class="x">b </div>');
  });
});
