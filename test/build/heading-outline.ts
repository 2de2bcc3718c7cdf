/**
 * The heading outline of a built HTML page, as a screen reader's heading list
 * shows it: exactly one h1, nothing before it, and no skipped levels going
 * down (h2 → h4). Going back up any number of levels is fine.
 */

export interface Heading {
  readonly level: number;
  readonly text: string;
}

/** h1–h6 in document order, outside <template>, <script> and <style>; text without tags. */
export function headings(html: string): Heading[] {
  const visible = html.replace(/<(template|script|style)\b[\s\S]*?<\/\1>/gi, '');
  return [...visible.matchAll(/<h([1-6])\b[^>]*>([\s\S]*?)<\/h\1>/gi)].map((m) => ({
    level: Number(m[1]),
    text: m[2]!.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim(),
  }));
}

/** Problems in Dutch, one per heading; an empty list means the outline is sound. */
export function headingOutlineProblems(html: string): string[] {
  const list = headings(html);
  const problems: string[] = [];
  const h1s = list.filter((h) => h.level === 1).length;
  if (h1s !== 1) problems.push(`${h1s} koppen van niveau 1 (h1), verwacht precies één`);
  if (list.length > 0 && list[0]!.level !== 1) problems.push(`de eerste kop is h${list[0]!.level} "${list[0]!.text}", verwacht h1`);
  list.forEach((h, i) => {
    const previous = list[i - 1];
    if (previous && h.level > previous.level + 1) {
      problems.push(`h${h.level} "${h.text}" volgt op h${previous.level} "${previous.text}": niveau h${previous.level + 1} overgeslagen`);
    }
  });
  return problems;
}
