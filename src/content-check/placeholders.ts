/**
 * Finds the template placeholders (VUL-IN) that `npm run new` writes and an
 * author has not replaced yet, so `npm run check` can say "vul dit veld in"
 * instead of a confusing schema error about the placeholder's value.
 */
import { isMap, isPair, isScalar, isSeq, visit, type Document } from 'yaml';

export const PLACEHOLDER = 'VUL-IN';

export interface Placeholder {
  /** Field path, e.g. ['municipalities', 0]; empty for the text below the frontmatter. */
  path: PropertyKey[];
  line: number;
  message: string;
}

function lineAt(text: string, offset: number, firstLine: number): number {
  return firstLine + text.slice(0, offset).split('\n').length - 1;
}

/** Placeholders in the YAML (with their field) and in the MDX body (with their line). */
export function findPlaceholders(doc: Document, yamlText: string, firstLine: number, body?: string, bodyFirstLine?: number): Placeholder[] {
  const found: Placeholder[] = [];
  visit(doc, {
    Scalar(_key, node, ancestors) {
      if (typeof node.value !== 'string' || !node.value.includes(PLACEHOLDER)) return;
      const path: PropertyKey[] = [];
      ancestors.forEach((ancestor, i) => {
        const next = ancestors[i + 1] ?? node;
        if (isPair(ancestor) && isScalar(ancestor.key)) path.push(ancestor.key.value as PropertyKey);
        else if (isSeq(ancestor)) path.push(ancestor.items.indexOf(next as never));
      });
      // The key scalar of a pair is not a value to fill in.
      const parent = ancestors.at(-1);
      if (isPair(parent) && parent.key === node) return;
      if (isMap(node)) return;
      found.push({
        path,
        line: lineAt(yamlText, node.range?.[0] ?? 0, firstLine),
        message: `vul dit veld in: er staat nog '${PLACEHOLDER}' uit het sjabloon (zie de uitleg in het commentaar erboven en docs/authoring.md)`,
      });
    },
  });
  if (body !== undefined && bodyFirstLine !== undefined) found.push(...findBodyPlaceholders(body, bodyFirstLine));
  return found;
}

/** Placeholders in the text below the frontmatter, one per line; also usable when the frontmatter cannot be read. */
export function findBodyPlaceholders(body: string, bodyFirstLine: number): Placeholder[] {
  const found: Placeholder[] = [];
  body.split('\n').forEach((text, i) => {
    if (text.includes(PLACEHOLDER)) {
      found.push({ path: [], line: bodyFirstLine + i, message: `vervang '${PLACEHOLDER}' in de tekst door uw eigen tekst` });
    }
  });
  return found;
}
