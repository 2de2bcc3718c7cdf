/**
 * Wraps each Markdown table of an MDX page in the same scroll container the
 * components use (.table-scroll), so a wide table scrolls on its own instead
 * of making the whole page scroll sideways on a 320 px screen (WCAG 1.4.10).
 * The container is focusable, so keyboard users can scroll it, and is named
 * after the table's caption or its first column headings.
 *
 * A Sätteri hast plugin (Astro 7 renders MDX with Sätteri, not rehype).
 */
import type { Element, ElementContent } from 'hast';
import type { HastPluginDefinition } from 'satteri';

function texts(node: ElementContent, tagName: string, found: string[] = []): string[] {
  if (node.type !== 'element') return found;
  if (node.tagName === tagName) found.push(textOf(node).trim());
  else for (const child of node.children) texts(child, tagName, found);
  return found;
}

function textOf(node: ElementContent): string {
  if (node.type === 'text') return node.value;
  return node.type === 'element' ? node.children.map(textOf).join('') : '';
}

export function tableLabel(table: Element): string {
  const caption = texts(table, 'caption')[0];
  if (caption) return caption;
  const headings = texts(table, 'th').filter(Boolean).slice(0, 3);
  return headings.length ? `Tabel: ${headings.join(', ')}` : 'Tabel';
}

export const tableScroll: HastPluginDefinition = {
  name: 'inkoopwijzer:table-scroll',
  element: {
    filter: ['table'],
    visit(node, ctx) {
      const parent = ctx.parent(node);
      const classes = parent?.type === 'element' ? parent.properties.className : undefined;
      if (Array.isArray(classes) && classes.includes('table-scroll')) return;
      ctx.wrapNode(node, {
        type: 'element',
        tagName: 'div',
        properties: { className: ['table-scroll'], role: 'region', tabIndex: 0, ariaLabel: tableLabel(node as Element) },
        children: [],
      });
    },
  },
};
