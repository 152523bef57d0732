/**
 * A count and its noun, the noun in the plural unless the count is one.
 * For nouns that take an `s`, which is every noun the site counts.
 * @example pluralize(1, 'week') // '1 week'
 * @example pluralize(3, 'guide') // '3 guides'
 */
export function pluralize(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
