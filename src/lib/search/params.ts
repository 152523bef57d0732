import { FACET_KEYS, facetLabel, type SearchFacet } from './facets';

/** The orders results can come in; `updated` lists guides, most recently updated first. */
export const SORTS = {
  relevance: 'Best match',
  updated: 'Recently updated guides',
} as const;
export type SearchSort = keyof typeof SORTS;

/** One search as the URL of `/search/` carries it. */
export interface SearchState {
  /** What the reader typed, trimmed; may be empty when filters alone narrow the list. */
  q: string;
  /** At most one value per facet, as URL keys: `{ pattern: 'hinge' }`. */
  filters: Partial<Record<SearchFacet, string>>;
  sort: SearchSort;
}

/** A query longer than this is cut: no real search needs more, and it bounds the work per keystroke. */
export const MAX_QUERY_LENGTH = 200;

export const EMPTY_STATE: SearchState = { q: '', filters: {}, sort: 'relevance' };

/**
 * Reads a search from a query string, keeping only what is valid: unknown
 * facet values and unknown parameters are dropped, never passed on.
 * @example parseSearchParams('?q=rdl&pattern=hinge&muscle=nope') // { q: 'rdl', filters: { pattern: 'hinge' }, sort: 'relevance' }
 */
export function parseSearchParams(search: string | URLSearchParams): SearchState {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const q = (params.get('q') ?? '').replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY_LENGTH);
  const filters: SearchState['filters'] = {};
  for (const facet of FACET_KEYS) {
    const value = params.get(facet);
    if (value !== null && facetLabel(facet, value) !== undefined) filters[facet] = value;
  }
  const sort = params.get('sort') === 'updated' ? 'updated' : 'relevance';
  return { q, filters, sort };
}

/**
 * The query string for a search, in a stable order and without defaults,
 * so equal searches share one URL.
 * @example toSearchParams({ q: 'hip bridge', filters: { type: 'exercise' }, sort: 'relevance' }) // '?q=hip+bridge&type=exercise'
 */
export function toSearchParams(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const facet of FACET_KEYS) {
    const value = state.filters[facet];
    if (value !== undefined && facetLabel(facet, value) !== undefined) params.set(facet, value);
  }
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Whether a search asks for anything at all; an empty one shows no results. */
export function isEmptySearch(state: SearchState): boolean {
  return state.q === '' && Object.keys(state.filters).length === 0 && state.sort === 'relevance';
}

/**
 * The search page's title for a search, so a tab and the browser's history
 * say what was searched for.
 * @example searchPageTitle('rdl', 'Search · Carryover') // '“rdl”: Search · Carryover'
 */
export function searchPageTitle(query: string, pageTitle: string): string {
  return query === '' ? pageTitle : `“${query}”: ${pageTitle}`;
}
