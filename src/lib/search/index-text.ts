/**
 * Pagefind reads a page's text as it stands in the HTML. Astro writes table
 * cells, list items and other blocks without whitespace between them, so the
 * index saw "ProductSoortHoe" as one word: a search for "Soort" missed it and
 * excerpts showed glued words. A space before each closing tag of a block or
 * cell keeps words apart in the index. Inline elements written side by side
 * ("<span>Inkoopkader</span><span>Concept</span>") get a space between them
 * too; an inline element followed by text ("<a>Wmo</a>-kader", "<b>5</b>,")
 * is left alone, so words and punctuation stay as written. Only the copy
 * given to Pagefind changes; the published HTML stays as built.
 */
const BLOCK_END = /<\/(td|th|caption|tr|li|dt|dd|p|h[1-6]|div|section|article|aside|nav|header|footer|figcaption|summary|blockquote|pre|label|legend|button|option)>/gi;
const INLINE_END_BEFORE_TAG = /<\/(span|a|abbr|strong|em|b|i|small|time|mark|code|data|dfn|q|s|sub|sup)>(?=<(?!\/))/gi;

export function separateBlocks(html: string): string {
  return html.replace(BLOCK_END, ' </$1>').replace(INLINE_END_BEFORE_TAG, '</$1> ');
}
