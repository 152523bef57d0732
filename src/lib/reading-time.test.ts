import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { countWords, readingMinutes } from './reading-time';

describe('countWords', () => {
  test('counts prose and leaves out components, code and markup', () => {
    const body = [
      'import X from "y";',
      '## Two words',
      '<Callout type="tip">Three more words</Callout>',
      '```ts',
      'const notCounted = 1;',
      '```',
      '- a *listed* item',
    ].join('\n');
    expect(countWords(body)).toBe(2 + 3 + 3);
  });

  /** Splitting on white space and keeping the pieces with a letter or digit: slow, and plainly right. */
  const reference = (prose: string) => prose.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;

  test('counts as splitting on white space would, in any script and with any spaces', () => {
    // Letters beyond ASCII and beyond the Basic Multilingual Plane, digits, marks, Unicode spaces, emoji.
    const piece = fc.constantFrom('a', 'Z', '7', 'é', 'ß', 'я', '中', '𝐀', '٣', '😀', '—', '.', ',', "'", ' ', '\t', '\n', '\u00a0', '\u2003', '\u3000', '\ufeff', '\u0085', '\u200b');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }).map((pieces) => pieces.join('')), (prose) => {
        expect(countWords(prose)).toBe(reference(prose));
      }),
    );
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (prose) => {
      // Markup characters become spaces before counting, as in countWords.
      expect(countWords(prose)).toBe(reference(prose.replace(/```[\s\S]*?```/g, ' ').replace(/^(import|export)\s.*$/gm, ' ').replace(/<[^>]+>/g, ' ').replace(/[#*_`>|[\]()-]/g, ' ')));
    }));
  });
});

describe('readingMinutes', () => {
  test.each([
    [0, 1],
    [230, 1],
    [231, 2],
    [1150, 5],
  ])('%i words take %i minute(s)', (words, minutes) => {
    expect(readingMinutes(countWords('run '.repeat(words)))).toBe(minutes);
  });
});
