/**
 * Which headings the "Op deze pagina" list shows, and whether it shows at all.
 * Pages use hasTableOfContents to pick the two-column layout only when there
 * is a list for the second column (an empty grid cell would squeeze the text).
 */
export interface TocHeading {
  depth: number;
  slug: string;
  text: string;
}

export const tocHeadings = <T extends TocHeading>(headings: readonly T[]): T[] => headings.filter((h) => h.depth === 2 || h.depth === 3);

export const hasTableOfContents = (headings: readonly TocHeading[]): boolean => tocHeadings(headings).length >= 3;
