/**
 * Pagefind matches whole words and prefixes, never near misses, so a typo
 * like “romainian” finds nothing. When a search finds nothing, the search
 * UI corrects each unknown word to the closest word of a small lexicon (the
 * words of exercise names, their aliases and the filter labels, built with
 * the site and fetched only then) and searches again.
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

/**
 * The query with each misspelt word corrected, or `undefined` when nothing
 * changed. Words are compared as Pagefind compares them (lowercase, no
 * accents), and the result is in that form.
 * @example correctQuery('romainian deadlift', ['romanian', 'deadlift']) // 'romanian deadlift'
 * @example correctQuery('deadlift', ['romanian', 'deadlift']) // undefined
 */
export function correctQuery(query: string, lexicon: readonly string[]): string | undefined {
  const typed = words(query);
  let changed = false;
  const corrected = typed.map((word) => {
    const fix = correctWord(word, lexicon);
    if (fix === undefined) return word;
    changed = true;
    return fix;
  });
  return changed ? corrected.join(' ') : undefined;
}
