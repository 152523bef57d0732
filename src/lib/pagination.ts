import { pluralize } from './plural';

/** A gap in a list of page links, shown as an ellipsis. */
export const GAP = 'gap';

/**
 * The page numbers a list's page links show: the first and last, the
 * current page and its neighbours, and a gap wherever pages are left out.
 * A gap never stands for a single page, since the page's own number takes
 * no more room than the ellipsis. At most seven items, however many pages.
 * @example pageLinks(6, 20) // [1, 'gap', 5, 6, 7, 'gap', 20]
 * @example pageLinks(3, 5) // [1, 2, 3, 4, 5]
 */
export function pageLinks(current: number, last: number): (number | typeof GAP)[] {
  const shown = new Set([1, current - 1, current, current + 1, last].filter((n) => n >= 1 && n <= last));
  // Near either end, keep the count steady so the links do not jump about as a reader pages through.
  if (current <= 3) [2, 3, 4].forEach((n) => n <= last && shown.add(n));
  if (current >= last - 2) [last - 3, last - 2, last - 1].forEach((n) => n >= 1 && shown.add(n));
  const numbers = [...shown].sort((a, b) => a - b);
  const links: (number | typeof GAP)[] = [];
  for (const [i, n] of numbers.entries()) {
    const before = numbers[i - 1];
    if (before !== undefined && n - before === 2) links.push(before + 1);
    else if (before !== undefined && n - before > 2) links.push(GAP);
    links.push(n);
  }
  return links;
}

/**
 * Whether a slug looks like a page number, which a list's later pages use
 * as their URL (`/guides/2/`), so no guide may be named that way.
 * @example isPageNumber('2') // true
 */
export function isPageNumber(slug: string): boolean {
  return /^\d+$/.test(slug);
}

/**
 * The address of page `n` of a list whose first page is at `first`, as
 * Astro's `paginate()` names them for a `[...page]` route with trailing
 * slashes: the first page has no number.
 * @example pageUrl('/tags/calves/', 3) // '/tags/calves/3/'
 */
export function pageUrl(first: string, n: number): string {
  return n === 1 ? first : `${first}${n}/`;
}

/**
 * What a later page adds to its list's title and description, so every
 * page of a list has its own; nothing on the first page.
 * @example pageSuffix(2, 7) // ', page 2 of 7'
 */
export function pageSuffix(current: number, last: number): string {
  return current > 1 ? `, page ${current} of ${last}` : '';
}

/**
 * The line above a list of guides: how many, in what order, and which page.
 * @example listSummary(13, 2, 3) // '13 guides, newest first. Page 2 of 3.'
 */
export function listSummary(total: number, current: number, last: number): string {
  const count = total === 1 ? '1 guide.' : `${pluralize(total, 'guide')}, newest first.`;
  return last > 1 ? `${count} Page ${current} of ${last}.` : count;
}
