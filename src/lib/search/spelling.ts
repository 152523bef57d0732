/**
 * Pagefind matches words and prefixes, not near misses: “romainian
 * deadlift” finds every deadlift but not the Romanian one first, and
 * “bulgarain” falls back to pages with a lone “B”. The search UI corrects
 * such words to the closest word of a small lexicon (the words of exercise
 * names, their aliases and the filter labels, built with the site as
 * `/search/words.json`) and searches again.
 */

/** Words shorter than this are never corrected: too many real words sit one letter apart. */
export const MIN_CORRECTABLE = 4;

/**
 * The lowercase words of a text, split on anything that is not a letter or
 * digit, accents removed, as Pagefind compares them.
 * @example words("Farmer's walk, 90/90") // ['farmer', 's', 'walk', '90', '90']
 */
export function words(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/**
 * The lexicon for corrections: distinct words of at least
 * `MIN_CORRECTABLE` letters from the given names, most frequent first so a
 * tie goes to the commoner word.
 * @example buildLexicon(['Romanian deadlift', 'Single-leg Romanian deadlift']) // ['romanian', 'deadlift', 'single']
 */
export function buildLexicon(names: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const name of names) {
    for (const word of words(name)) {
      if (word.length >= MIN_CORRECTABLE && !/\d/.test(word)) counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  }
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([word]) => word);
}

/**
 * Edit distance counting an insertion, a deletion, a substitution or a swap
 * of two neighbouring letters as one edit (optimal string alignment), and
 * giving up once it exceeds `max`.
 * @example editDistance('bulgarain', 'bulgarian') // 1
 * @example editDistance('romainian', 'romanian') // 1
 */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2]! + 1);
      current.push(value);
      best = Math.min(best, value);
    }
    if (best > max) return max + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length]!;
}

/** How many edits a word of this length may be away from its correction. */
export function allowedEdits(length: number): number {
  if (length < MIN_CORRECTABLE) return 0;
  return length >= 8 ? 2 : 1;
}

/**
 * The lexicon word a typed word most likely meant, or `undefined` when it
 * is known, too short, a prefix of a known word (still being typed), or
 * not close to any word.
 * @example correctWord('bulgarain', ['bulgarian', 'split', 'squat']) // 'bulgarian'
 */
export function correctWord(word: string, lexicon: readonly string[]): string | undefined {
  const max = allowedEdits(word.length);
  if (max === 0 || /\d/.test(word)) return undefined;
  if (lexicon.some((known) => known.startsWith(word))) return undefined;
  let best: string | undefined;
  let bestScore = Infinity;
  for (const known of lexicon) {
    const distance = editDistance(word, known, max);
    if (distance > max) continue;
    // Typos rarely change the first letter: at equal distance, prefer a word that keeps it.
    const score = distance * 2 + (known[0] === word[0] ? 0 : 1);
    if (score < bestScore) {
      best = known;
      bestScore = score;
    }
  }
  return best;
}

/** One misspelt word of a query and the lexicon word it likely meant. */
export interface Correction {
  typed: string;
  meant: string;
}

/**
 * The words of a query that look misspelt, each with the lexicon word it
 * most likely meant. Words are compared as Pagefind compares them
 * (lowercase, no accents). A candidate may still be a real word of some
 * guide (“half” is one edit from “calf”), so callers check the index before
 * applying it.
 * @example corrections('romainian deadlift', ['romanian', 'deadlift']) // [{ typed: 'romainian', meant: 'romanian' }]
 */
export function corrections(query: string, lexicon: readonly string[]): Correction[] {
  const found: Correction[] = [];
  for (const typed of new Set(words(query))) {
    const meant = correctWord(typed, lexicon);
    if (meant !== undefined) found.push({ typed, meant });
  }
  return found;
}

/**
 * The query in Pagefind's form (lowercase words, single spaces) with the
 * given corrections applied.
 * @example applyCorrections('Romainian  deadlift', [{ typed: 'romainian', meant: 'romanian' }]) // 'romanian deadlift'
 */
export function applyCorrections(query: string, fixes: readonly Correction[]): string {
  const meant = new Map(fixes.map((fix) => [fix.typed, fix.meant]));
  return words(query)
    .map((word) => meant.get(word) ?? word)
    .join(' ');
}
