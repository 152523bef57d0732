import { applyCorrections, corrections } from './spelling';

/** A search's outcome: the response shown, and the corrected query when the results are for it. */
export interface CorrectedOutcome<R> {
  response: R;
  corrected?: string;
}

/**
 * Runs a search and, when some typed words look misspelt (near a lexicon
 * word but not in it), checks each against the index (`inIndex`: is this
 * exact word on any page?) so real words like “half” stay as typed. If a
 * correction remains and the corrected query finds pages, those are the
 * results. Filters-only searches (`null`) are never corrected.
 * @example await searchWithCorrection('romainian deadlift', search, async () => ['romanian', 'deadlift'], inIndex) // { response, corrected: 'romanian deadlift' }
 */
export async function searchWithCorrection<R extends { results: readonly unknown[] }>(
  term: string | null,
  search: (term: string | null) => Promise<R>,
  lexicon: () => Promise<readonly string[]>,
  inIndex: (word: string) => Promise<boolean>,
): Promise<CorrectedOutcome<R>> {
  if (term === null) return { response: await search(null) };
  const [response, words] = await Promise.all([search(term), lexicon()]);
  const candidates = corrections(term, words);
  if (candidates.length === 0) return { response };
  const known = await Promise.all(candidates.map((fix) => inIndex(fix.typed)));
  const fixes = candidates.filter((_, i) => !known[i]);
  if (fixes.length === 0) return { response };
  const corrected = applyCorrections(term, fixes);
  const retry = await search(corrected);
  return retry.results.length > 0 ? { response: retry, corrected } : { response };
}
