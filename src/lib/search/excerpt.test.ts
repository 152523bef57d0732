import fc from 'fast-check';
import { expect, test } from 'vitest';
import { escapeHtml } from '../html-entities';
import { excerptParts } from './excerpt';

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
