import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { escapeHtml } from '../html-entities';
import { excerptParts, fitExcerpt, type ExcerptPart } from './excerpt';

test('splits marked and plain runs and decodes what Pagefind escaped', () => {
  expect(excerptParts('Drive the <mark>hips</mark> forward &amp; stand &lt;tall&gt;')).toEqual([
    { text: 'Drive the ', mark: false },
    { text: 'hips', mark: true },
    { text: ' forward & stand <tall>', mark: false },
  ]);
});

test('several highlights, adjacent ones merged', () => {
  expect(excerptParts('<mark>hip</mark><mark> bridge</mark> and <mark>glute</mark>')).toEqual([
    { text: 'hip bridge', mark: true },
    { text: ' and ', mark: false },
    { text: 'glute', mark: true },
  ]);
});

test.each([
  ['<img src=x onerror=alert(1)>', '<img src=x onerror=alert(1)>'],
  ['<script>alert(1)</script>', '<script>alert(1)</script>'],
  ['&lt;script&gt;', '<script>'],
  ['<mark onclick="x">hi</mark>', '<mark onclick="x">hi'],
])('any tag but <mark> stays literal text: %s', (excerpt, text) => {
  const parts = excerptParts(excerpt);
  expect(parts.map((p) => p.text).join('')).toBe(text);
  expect(parts.every((p) => !p.mark)).toBe(true);
});

test('the text of the parts is the excerpt without its mark tags, for any escaped text', () => {
  fc.assert(
    fc.property(fc.array(fc.tuple(fc.string(), fc.boolean())), (runs) => {
      const excerpt = runs.map(([text, mark]) => (mark ? `<mark>${escapeHtml(text)}</mark>` : escapeHtml(text))).join('');
      expect(excerptParts(excerpt).map((p) => p.text).join('')).toBe(runs.map(([text]) => text).join(''));
    }),
  );
});

describe('an excerpt that reads as sentences', () => {
  const content = 'Strong hips hold a stride together. Hinges for the hamstrings come first, then bridges. Keep the back long and stop short of rounding.';
  const plain = (text: string) => [{ text, mark: false }];
  const text = (parts: ExcerptPart[]) => parts.map((part) => part.text).join('');

  test.each([
    ['starts at the next sentence when a few words of the last open it', 'stride together. Hinges for the hamstrings come first,', 'Hinges for the hamstrings come first, …'],
    ['says it starts inside a sentence when no sentence starts soon', 'for the hamstrings come first, then bridges.', '… for the hamstrings come first, then bridges.'],
    ['leaves a whole sentence alone', 'Hinges for the hamstrings come first, then bridges.', 'Hinges for the hamstrings come first, then bridges.'],
    ['needs no ellipsis at the end of the text', 'Keep the back long and stop short of rounding.', 'Keep the back long and stop short of rounding.'],
    ['needs no ellipsis at the start of the text', 'Strong hips hold a stride', 'Strong hips hold a stride …'],
  ])('%s', (_, excerpt, fitted) => {
    expect(text(fitExcerpt(plain(excerpt), content))).toBe(fitted);
  });

  test('never drops a highlighted word, and keeps the highlights', () => {
    const parts = [
      { text: 'together.', mark: true },
      { text: ' Hinges for the ', mark: false },
      { text: 'hamstrings', mark: true },
    ];
    expect(fitExcerpt(parts, content)).toEqual([
      { text: '… ', mark: false },
      { text: 'together.', mark: true },
      { text: ' Hinges for the ', mark: false },
      { text: 'hamstrings', mark: true },
      { text: ' …', mark: false },
    ]);
  });

  test('an excerpt not found in the text, or no text, is left as it is', () => {
    expect(fitExcerpt(plain('words the page never had'), content)).toEqual(plain('words the page never had'));
    expect(fitExcerpt(plain('stride together. Hinges'), undefined)).toEqual(plain('stride together. Hinges'));
    expect(fitExcerpt([], content)).toEqual([]);
  });

  test('whatever the window, the words kept are the window’s own, in order, highlights included', () => {
    const words = content.split(' ');
    fc.assert(
      fc.property(fc.nat(words.length - 1), fc.integer({ min: 1, max: 12 }), (start, length) => {
        const window = words.slice(start, start + length).join(' ');
        const fitted = text(fitExcerpt(plain(window), content)).replace(/^… /, '').replace(/ …$/, '');
        expect(window.endsWith(fitted)).toBe(true);
        expect(fitted.length).toBeGreaterThan(0);
      }),
    );
  });
});
