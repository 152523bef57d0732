import { closest, distance } from 'fastest-levenshtein';

/**
 * The known name closest to a mistyped one, when it is close enough to be
 * the likely intent (at most a third of its letters differ).
 * @example suggest('romanian-deadlfit', ['romanian-deadlift', 'hip-bridge']) // 'romanian-deadlift'
 */
export function suggest(typed: string, known: readonly string[]): string | undefined {
  if (known.length === 0) return undefined;
  const best = closest(typed, known as string[]);
  return distance(typed, best) <= Math.max(2, Math.floor(typed.length / 3)) ? best : undefined;
}

/** `Did you mean \`x\`?` or an empty string. */
export function didYouMean(typed: string, known: readonly string[]): string {
  const best = suggest(typed, known);
  return best ? ` Did you mean \`${best}\`?` : '';
}
