/** Adult silent reading of instructional prose runs near 230 words a minute. */
const WORDS_PER_MINUTE = 230;

/** Words in an MDX body, leaving out imports, JSX tags, code fences and markup. */
export function countWords(mdx: string): number {
  const prose = mdx
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/^(import|export)\s.*$/gm, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/[#*_`>|[\]()-]/g, ' ');
  return prose.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/**
 * Whole minutes to read a number of words, never less than one.
 * @example readingMinutes(countWords('word '.repeat(460))) // 2
 */
export function readingMinutes(words: number): number {
  return Math.max(1, Math.ceil(words / WORDS_PER_MINUTE));
}
