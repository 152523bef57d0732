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
 * Whole minutes to read a body, never less than one.
 * @example readingMinutes('word '.repeat(460)) // 2
 */
export function readingMinutes(mdx: string): number {
  return Math.max(1, Math.ceil(countWords(mdx) / WORDS_PER_MINUTE));
}
