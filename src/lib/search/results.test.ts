import { describe, expect, test } from 'vitest';
import { MAX_SECTIONS, resultCountMessage, safeHref, shapeResult, typeFromPath, type PagefindResultData } from './results';

describe('safeHref', () => {
  test.each([
    ['/guides/x/', '/guides/x/'],
    ['/guides/x/#the-hinge', '/guides/x/#the-hinge'],
    ['/search/?q=a%20b', '/search/?q=a%20b'],
    ['/a/../b/', '/b/'],
  ])('keeps the site path %s', (url, href) => {
    expect(safeHref(url)).toBe(href);
  });
  test.each(['javascript:alert(1)', 'https://evil.example/', '//evil.example/x', '/\\evil.example', 'data:text/html,x', ''])('refuses %s', (url) => {
    expect(safeHref(url)).toBeUndefined();
  });
});

const guide: PagefindResultData = {
  url: '/guides/strength-for-beginners/',
  excerpt: 'long <mark>hamstrings</mark> &amp; glutes',
  meta: { title: 'Strength for beginners', type: 'Guide', description: 'Where to start.' },
  sub_results: [
    { title: 'Strength for beginners', url: '/guides/strength-for-beginners/', excerpt: 'intro' },
    { title: 'The hinge', url: '/guides/strength-for-beginners/#the-hinge', excerpt: 'the <mark>hamstrings</mark>', anchor: { element: 'h2', id: 'the-hinge' } },
    { title: 'Evil', url: 'javascript:alert(1)', excerpt: 'x', anchor: { element: 'h2', id: 'x' } },
    { title: 'B', url: '/guides/strength-for-beginners/#b', excerpt: 'b', anchor: { element: 'h2', id: 'b' } },
    { title: 'C', url: '/guides/strength-for-beginners/#c', excerpt: 'c', anchor: { element: 'h3', id: 'c' } },
    { title: 'D', url: '/guides/strength-for-beginners/#d', excerpt: 'd', anchor: { element: 'h3', id: 'd' } },
  ],
};

test.each([
  ['/guides/x/', 'Guide'],
  ['/exercises/x/', 'Exercise'],
  ['/plan/peak/', 'Plan template'],
  ['/', ''],
])('typeFromPath(%s) is %s', (path, type) => {
  expect(typeFromPath(path)).toBe(type);
});

describe('shapeResult', () => {
  test('a guide with its matching sections, safe links only, at most three', () => {
    const shaped = shapeResult(guide)!;
    expect(shaped).toMatchObject({
      href: '/guides/strength-for-beginners/',
      title: 'Strength for beginners',
      type: 'Guide',
      description: 'Where to start.',
      excerpt: [
        { text: 'long ', mark: false },
        { text: 'hamstrings', mark: true },
        { text: ' & glutes', mark: false },
      ],
    });
    expect(shaped.sections.map((s) => s.href)).toEqual(['/guides/strength-for-beginners/#the-hinge', '/guides/strength-for-beginners/#b', '/guides/strength-for-beginners/#c']);
    expect(shaped.sections).toHaveLength(MAX_SECTIONS);
    expect(shaped.sections[0]!.excerpt).toContainEqual({ text: 'hamstrings', mark: true });
  });

  test('exercises are one result, without sections', () => {
    const shaped = shapeResult({ ...guide, url: '/exercises/romanian-deadlift/', meta: { title: 'Romanian deadlift', type: 'Exercise' } })!;
    expect(shaped.sections).toEqual([]);
    expect(shaped.description).toBe('');
  });

  test('a result whose URL leaves the site is dropped', () => {
    expect(shapeResult({ ...guide, url: 'https://evil.example/' })).toBeUndefined();
  });

  test('a page without a title falls back to its path', () => {
    expect(shapeResult({ url: '/x/', excerpt: '', meta: {} })!.title).toBe('/x/');
  });

  test('a page without a type takes it from its path', () => {
    expect(shapeResult({ url: '/plan/base/', excerpt: '', meta: { title: 'Base' } })!.type).toBe('Plan template');
    expect(shapeResult({ url: '/elsewhere/', excerpt: '', meta: {} })!.type).toBe('');
  });
});

test.each([
  [0, 'deadlift', undefined, 'No results for “deadlift”.'],
  [1, 'rdl', undefined, '1 result for “rdl”.'],
  [12, 'hamstring', undefined, '12 results for “hamstring”.'],
  [7, '', undefined, '7 results.'],
  [1, 'romainian deadlift', 'romanian deadlift', '1 result for “romanian deadlift” (corrected from “romainian deadlift”).'],
])('%i results for %s', (count, query, corrected, message) => {
  expect(resultCountMessage(count, query, corrected)).toBe(message);
});
