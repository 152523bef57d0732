import fc from 'fast-check';
import { expect, test } from 'vitest';
import { clip } from './clip';

test('text that fits is kept whole', () => {
  expect(clip('Strength for runners.', 160)).toBe('Strength for runners.');
});

test('longer text ends at a word, not inside one, without a dangling comma', () => {
  expect(clip('Strength for runners, with loads and ab', 33)).toBe('Strength for runners, with loads…');
  expect(clip('Strength for runners, with loads', 22)).toBe('Strength for runners…');
});

test('the result is never longer than asked and keeps the start of the text', () => {
  fc.assert(
    fc.property(fc.string({ maxLength: 300 }), fc.integer({ min: 2, max: 200 }), (text, max) => {
      const cut = clip(text, max);
      expect(cut.length).toBeLessThanOrEqual(Math.max(max, text.length <= max ? text.length : 0));
      if (cut !== text) expect(text.startsWith(cut.slice(0, -1).trimEnd().replace(/[\s,;:.–-]+$/, ''))).toBe(true);
    }),
  );
});
