/**
 * Pagefind reads a page's text as it stands in the HTML. Astro writes table
 * cells, list items and other blocks without whitespace between them, so the
 * index saw "ProductSoortHoe" as one word: a search for "Soort" missed it and
 * excerpts showed glued words. A space before each closing tag of a block or
 * cell keeps words apart in the index. Only the copy given to Pagefind changes;
 * the published HTML stays as built.
 */
const BLOCK_END = /<\/(td|th|caption|tr|li|dt|dd|p|h[1-6]|div|section|article|aside|nav|header|footer|figcaption|summary|blockquote|pre|label|legend|button|option)>/gi;

export function separateBlocks(html: string): string {
  return html.replace(BLOCK_END, ' </$1>');
}
