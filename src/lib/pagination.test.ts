import fc from 'fast-check';
import { expect, test } from 'vitest';
import { GAP, isPageNumber, listSummary, pageLinks, pageSuffix, pageUrl } from './pagination';

test('shows every page of a short list', () => {
  expect(pageLinks(1, 1)).toEqual([1]);
  expect(pageLinks(2, 3)).toEqual([1, 2, 3]);
  expect(pageLinks(4, 7)).toEqual([1, 2, 3, 4, 5, 6, 7]);
});

test('leaves out the pages far from the current one', () => {
  expect(pageLinks(6, 20)).toEqual([1, GAP, 5, 6, 7, GAP, 20]);
  expect(pageLinks(1, 20)).toEqual([1, 2, 3, 4, GAP, 20]);
  expect(pageLinks(20, 20)).toEqual([1, GAP, 17, 18, 19, 20]);
  // A gap that would stand for one page shows that page instead.
  expect(pageLinks(4, 20)).toEqual([1, 2, 3, 4, 5, GAP, 20]);
});

const pages = fc.integer({ min: 1, max: 500 }).chain((last) => fc.tuple(fc.integer({ min: 1, max: last }), fc.constant(last)));

test('links the first, last, current and neighbouring pages, in order, in at most seven items', () => {
  fc.assert(
    fc.property(pages, ([current, last]) => {
      const links = pageLinks(current, last);
      const numbers = links.filter((item) => item !== GAP);
      expect(links.length).toBeLessThanOrEqual(7);
      for (const wanted of [1, current - 1, current, current + 1, last]) if (wanted >= 1 && wanted <= last) expect(numbers).toContain(wanted);
      expect(numbers.every((n, i) => Number.isInteger(n) && n >= 1 && n <= last && (i === 0 || n > numbers[i - 1]!))).toBe(true);
    }),
  );
});

test('a gap stands for two or more pages, and every page left out is behind a gap', () => {
  fc.assert(
    fc.property(pages, ([current, last]) => {
      const links = pageLinks(current, last);
      expect(links[0]).toBe(1);
      expect(links.at(-1)).toBe(last);
      for (const [i, item] of links.entries()) {
        const [before, after] = [links[i - 1], links[i + 1]];
        if (item === GAP) expect((after as number) - (before as number)).toBeGreaterThanOrEqual(3);
        else if (typeof after === 'number') expect(after).toBe(item + 1);
      }
    }),
  );
});

test('only digits make a page number', () => {
  expect(isPageNumber('2')).toBe(true);
  expect(isPageNumber('10')).toBe(true);
  expect(isPageNumber('2-week-taper')).toBe(false);
  expect(isPageNumber('')).toBe(false);
});

test('later pages are numbered under the first', () => {
  expect(pageUrl('/guides/', 1)).toBe('/guides/');
  expect(pageUrl('/tags/calves/', 3)).toBe('/tags/calves/3/');
});

test('later pages say which they are, the first says nothing', () => {
  expect(pageSuffix(1, 3)).toBe('');
  expect(pageSuffix(3, 3)).toBe(', page 3 of 3');
});

test('a list says how many guides it holds and which page this is', () => {
  expect(listSummary(1, 1, 1)).toBe('1 guide.');
  expect(listSummary(13, 2, 3)).toBe('13 guides, newest first. Page 2 of 3.');
});
