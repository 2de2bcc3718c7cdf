/**
 * What a printed page says about itself: the site's name, the date of
 * printing and the full address of the page (see PrintHeader.astro). Pure,
 * so it can be tested and shipped to the browser (a few hundred bytes).
 */

/** "Afgedrukt op 29 november 2026", the date in the Netherlands. */
export function printDateText(now: Date): string {
  return `Afgedrukt op ${now.toLocaleDateString('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Amsterdam' })}`;
}

/**
 * A value for a CSS custom property that print CSS puts in `content`
 * (`content: var(--iw-print-origin) attr(href)`): a CSS string with quotes,
 * backslashes and line breaks escaped.
 */
export function cssString(text: string): string {
  return `"${text.replace(/[\\"]/g, (c) => `\\${c}`).replace(/[\n\r\f]/g, ' ')}"`;
}

/** The inline style for <html>: the origin for root-relative links, the page address for links within the page. */
export function printAddressStyle(pageUrl: URL): string {
  return `--iw-print-origin: ${cssString(pageUrl.origin)}; --iw-print-page: ${cssString(`${pageUrl.origin}${pageUrl.pathname}${pageUrl.search}`)}`;
}
