import { z } from 'astro/zod';
import { keysOf } from '../lib/vocabulary';

/**
 * A `z.enum` over a closed vocabulary whose error lists every allowed value,
 * so an author who writes `hamstring` sees that `hamstrings` is the word.
 */
export function closedList<T extends Record<string, string>>(vocabulary: T, what: string) {
  const allowed = keysOf(vocabulary);
  return z.enum(allowed, {
    error: (issue) =>
      `expected one of the ${what}: ${allowed.map((v) => `\`${v}\``).join(', ')}; received \`${String(issue.input)}\``,
  });
}
