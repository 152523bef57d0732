/** Adult silent reading of instructional prose runs near 230 words a minute. */
const WORDS_PER_MINUTE = 230;

/** Words in an MDX body, leaving out imports, JSX tags, code fences and markup. */
export function countWords(mdx: string): number {
  const prose = mdx
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/^(import|export)\s.*$/gm, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/[#*_`>|[\]()-]/g, ' ');
  return countWordRuns(prose);
}

/**
 * Runs of non-space characters that hold a letter or a digit, as
 * `text.split(/\s+/).filter(…)` would count them, without making a string of
 * every word: a 5,000-guide site has five million, and splitting them cost
 * its build 0.6 s.
 */
function countWordRuns(text: string): number {
  let words = 0;
  let inCountedRun = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isSpace(code)) inCountedRun = false;
    else if (!inCountedRun && isLetterOrDigit(text, i, code)) {
      words++;
      inCountedRun = true;
    }
  }
  return words;
}

const SPACE = /\s/;
const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;

function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || (code > 127 && SPACE.test(String.fromCharCode(code)));
}

function isLetterOrDigit(text: string, at: number, code: number): boolean {
  const lower = code | 32;
  if (code < 128) return (code >= 48 && code <= 57) || (lower >= 97 && lower <= 122);
  return LETTER_OR_NUMBER.test(String.fromCodePoint(text.codePointAt(at)!));
}

/**
 * Whole minutes to read a number of words, never less than one.
 * @example readingMinutes(countWords('word '.repeat(460))) // 2
 */
export function readingMinutes(words: number): number {
  return Math.max(1, Math.ceil(words / WORDS_PER_MINUTE));
}
