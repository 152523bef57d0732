import { FACET_KEYS, facetLabel } from './facets';
import type { SearchState } from './params';

/** The options `pagefind.search()` takes, as far as Carryover uses them. */
export interface PagefindSearchOptions {
  filters: Record<string, string>;
  sort?: Record<string, 'asc' | 'desc'>;
}

/**
 * Pagefind's options for a search: each chosen facet value becomes its
 * label (what the pages were indexed with); filters on different facets
 * must all hold. Sorting by `updated` asks for newest first.
 * @example pagefindOptions({ q: '', filters: { pattern: 'hinge' }, sort: 'updated' }) // { filters: { pattern: 'Hinge' }, sort: { updated: 'desc' } }
 */
export function pagefindOptions(state: SearchState): PagefindSearchOptions {
  const filters: Record<string, string> = {};
  for (const facet of FACET_KEYS) {
    const value = state.filters[facet];
    const label = value === undefined ? undefined : facetLabel(facet, value);
    if (label !== undefined) filters[facet] = label;
  }
  return state.sort === 'updated' ? { filters, sort: { updated: 'desc' } } : { filters };
}

/**
 * The term to hand Pagefind: the query, or `null` (Pagefind's "filters
 * only") when the reader narrowed by filters or sort without typing.
 * `undefined` means there is nothing to search for.
 */
export function pagefindTerm(state: SearchState): string | null | undefined {
  if (state.q) return state.q;
  if (Object.keys(state.filters).length > 0 || state.sort !== 'relevance') return null;
  return undefined;
}
