import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

const ALIGNMENTS = new Set(['left', 'center', 'right']);

/**
 * A Markdown table's column alignment (`| :-: |`) as a class on each cell,
 * `align-center` and so on, which the global stylesheet aligns. Left alone,
 * MDX writes it as a style attribute, which the content security policy
 * blocks, and plain Markdown as the obsolete `align` attribute.
 */
export function rehypeCellAlign() {
  return (tree: Root) => {
    visit(tree, 'element', (cell: Element) => {
      if (cell.tagName !== 'td' && cell.tagName !== 'th') return;
      const { align, ...rest } = cell.properties;
      if (align === undefined) return;
      const classes = Array.isArray(rest.className) ? rest.className : rest.className === undefined ? [] : [String(rest.className)];
      cell.properties = ALIGNMENTS.has(String(align)) ? { ...rest, className: [...classes, `align-${align}`] } : rest;
    });
  };
}
