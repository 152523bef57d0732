/*
 * Loads Pagefind and the misspelling lexicon on demand. Nothing here runs
 * until a reader starts a search: the header launcher imports this module
 * only when the dialog opens.
 */
import { searchWithCorrection, type CorrectedOutcome } from '../../lib/search/corrected-search';
import { pagefindOptions, pagefindTerm, type PagefindSearchOptions } from '../../lib/search/pagefind-options';
import type { SearchState } from '../../lib/search/params';
import type { PagefindResultData } from '../../lib/search/results';

export interface PagefindResult {
  id: string;
  data(): Promise<PagefindResultData>;
}
/** Filter name → value label → how many results. */
export type FilterCounts = Record<string, Record<string, number>>;
export interface PagefindResponse {
  results: PagefindResult[];
  unfilteredResultCount: number;
  filters: FilterCounts;
  totalFilters: FilterCounts;
}
/** The part of Pagefind's JS API (`/pagefind/pagefind.js`) Carryover uses. */
export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, options?: PagefindSearchOptions): Promise<PagefindResponse>;
  preload(term: string, options?: PagefindSearchOptions): Promise<void>;
  filters(): Promise<FilterCounts>;
}

const PAGEFIND_URL = '/pagefind/pagefind.js';
/** Built with the site by `src/pages/search/words.json.ts`. */
const LEXICON_URL = '/search/words.json';

let pagefind: Promise<Pagefind> | undefined;

/** Pagefind's API, imported and set up once; a failed load may be retried. */
export function loadPagefind(): Promise<Pagefind> {
  pagefind ??= (async () => {
    // A runtime URL, so Vite leaves it alone: the bundle is written by Pagefind after Astro builds.
    const api = (await import(/* @vite-ignore */ PAGEFIND_URL)) as Pagefind;
    // Searching on the main thread saves fetching the 43 KB worker, a second copy of Pagefind's code;
    // the index is small enough that a search takes a few milliseconds either way.
    await api.options({ excerptLength: 22, noWorker: true });
    await api.init();
    return api;
  })();
  pagefind.catch(() => (pagefind = undefined));
  return pagefind;
}

let lexicon: Promise<readonly string[]> | undefined;

/** The words misspellings are corrected to (about 2 KB), fetched with the first search. */
function loadLexicon(): Promise<readonly string[]> {
  lexicon ??= fetch(LEXICON_URL)
    .then((response) => (response.ok ? response.json() : []))
    .then((words: unknown) => (Array.isArray(words) ? words.filter((w): w is string => typeof w === 'string') : []))
    .catch(() => []);
  return lexicon;
}

/**
 * Runs a search as the state describes, correcting misspelt words (see
 * `searchWithCorrection`). `undefined` when there is nothing to search for.
 */
export async function find(state: SearchState): Promise<CorrectedOutcome<PagefindResponse> | undefined> {
  const term = pagefindTerm(state);
  if (term === undefined) return undefined;
  const api = await loadPagefind();
  const options = pagefindOptions(state);
  // A quoted word is an exact search in Pagefind: no prefixes, no fallback to shorter words.
  const inIndex = async (word: string) => (await api.search(`"${word}"`)).results.length > 0;
  return searchWithCorrection(term, (t) => api.search(t, options), loadLexicon, inIndex);
}
