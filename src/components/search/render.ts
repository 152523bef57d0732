/*
 * Builds result markup with DOM calls only: every string from the index or
 * the URL goes in as text, and highlights are `<mark>` elements made here.
 */
import type { ExcerptPart } from '../../lib/search/excerpt';
import type { ShapedResult } from '../../lib/search/results';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  node.append(...children);
  return node;
}

/** An excerpt as text nodes and `<mark>` elements. */
export function excerptNodes(parts: readonly ExcerptPart[]): Node[] {
  return parts.map((part) => (part.mark ? el('mark', '', part.text) : document.createTextNode(part.text)));
}

/**
 * The dialog's options: one per page, then one per matching guide section,
 * each an `<a role="option">` the combobox moves through.
 */
export function dialogOptions(results: readonly ShapedResult[], idPrefix: string): HTMLAnchorElement[] {
  const options: HTMLAnchorElement[] = [];
  const option = (href: string, className: string, ...children: (Node | string)[]) => {
    const a = el('a', className, ...children);
    a.href = href;
    a.id = `${idPrefix}-${options.length}`;
    a.setAttribute('role', 'option');
    a.setAttribute('aria-selected', 'false');
    a.tabIndex = -1;
    options.push(a);
  };
  for (const result of results) {
    option(
      result.href,
      'option',
      ...(result.type ? [el('span', 'type', result.type)] : []),
      el('span', 'title', result.title),
      ...(result.description ? [el('span', 'description', result.description)] : []),
      el('span', 'excerpt', ...excerptNodes(result.excerpt)),
    );
    for (const section of result.sections) {
      option(section.href, 'option section', el('span', 'title', section.title), el('span', 'excerpt', ...excerptNodes(section.excerpt)));
    }
  }
  return options;
}

/** One result on the search page: its type, linked title, description, excerpt and matching sections. */
export function resultItem(result: ShapedResult): HTMLLIElement {
  const title = el('a', '', result.title);
  title.href = result.href;
  const item = el(
    'li',
    'result',
    ...(result.type ? [el('p', 'type', result.type)] : []),
    el('h2', 'title', title),
    ...(result.description ? [el('p', 'description', result.description)] : []),
    el('p', 'excerpt', ...excerptNodes(result.excerpt)),
  );
  if (result.sections.length > 0) {
    const list = el('ul', 'sections');
    list.setAttribute('aria-label', `Matching sections of ${result.title}`);
    for (const section of result.sections) {
      const link = el('a', '', section.title);
      link.href = section.href;
      list.append(el('li', '', link, el('span', 'excerpt', ...excerptNodes(section.excerpt))));
    }
    item.append(list);
  }
  return item;
}
