import { tagLabel } from '../tags';
import { EQUIPMENT, MUSCLES, PATTERNS, PHASES } from '../vocabulary';

/** The kinds of page search finds; the label is what a reader sees on a result. */
export const PAGE_TYPES = {
  guide: 'Guide',
  exercise: 'Exercise',
  plan: 'Plan template',
} as const;
export type PageType = keyof typeof PAGE_TYPES;

/**
 * The filters a reader can combine on `/search/`, in the order they are
 * shown. Each key is a URL parameter and a Pagefind filter name; a value's
 * label (from `src/lib/vocabulary.ts`) is what Pagefind stores, so results
 * and filter counts read as words, not slugs. `tag` is open: guides make new
 * tags as they are written.
 */
export const SEARCH_FACETS = {
  type: { label: 'Page type', values: PAGE_TYPES },
  tag: { label: 'Tag', values: undefined },
  pattern: { label: 'Movement pattern', values: PATTERNS },
  equipment: { label: 'Equipment', values: EQUIPMENT },
  phase: { label: 'Phase', values: PHASES },
  muscle: { label: 'Muscle', values: MUSCLES },
} as const satisfies Record<string, { label: string; values: Record<string, string> | undefined }>;
export type SearchFacet = keyof typeof SEARCH_FACETS;
export const FACET_KEYS = Object.keys(SEARCH_FACETS) as SearchFacet[];

const TAG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * The label Pagefind stores for a facet value, or `undefined` when the value
 * is not one the facet knows (so a hand-edited URL cannot smuggle anything in).
 * @example facetLabel('pattern', 'hinge') // 'Hinge'
 * @example facetLabel('tag', 'posterior-chain') // 'posterior chain'
 */
export function facetLabel(facet: SearchFacet, value: string): string | undefined {
  const values: Record<string, string> | undefined = SEARCH_FACETS[facet].values;
  if (values === undefined) return TAG.test(value) ? tagLabel(value) : undefined;
  return Object.hasOwn(values, value) ? values[value] : undefined;
}

/**
 * The facet value (URL key) for a label Pagefind returned, the inverse of `facetLabel`.
 * @example facetValue('muscle', 'Hamstrings') // 'hamstrings'
 */
export function facetValue(facet: SearchFacet, label: string): string | undefined {
  const values: Record<string, string> | undefined = SEARCH_FACETS[facet].values;
  if (values === undefined) {
    const tag = label.trim().replace(/\s+/g, '-');
    return TAG.test(tag) ? tag : undefined;
  }
  return Object.entries(values).find(([, l]) => l === label)?.[0];
}
