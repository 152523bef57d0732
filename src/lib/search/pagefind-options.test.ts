import { expect, test } from 'vitest';
import { pagefindOptions, pagefindTerm } from './pagefind-options';
import { parseSearchParams } from './params';

test('facet keys become the labels pages are indexed with', () => {
  expect(pagefindOptions(parseSearchParams('?type=plan&tag=posterior-chain&pattern=single-leg&equipment=box&phase=peak&muscle=calves'))).toEqual({
    filters: {
      type: 'Plan template',
      tag: 'posterior chain',
      pattern: 'Lunge / single-leg',
      equipment: 'Box or step',
      phase: 'Peak (in-season)',
      muscle: 'Calves (gastrocnemius)',
    },
  });
});

test('sorting by updated asks for newest first', () => {
  expect(pagefindOptions(parseSearchParams('?sort=updated'))).toEqual({ filters: {}, sort: { updated: 'desc' } });
});

test.each([
  ['?q=rdl', 'rdl'],
  ['?type=guide', null],
  ['?sort=updated', null],
  ['', undefined],
])('the term for %s is %s', (search, term) => {
  expect(pagefindTerm(parseSearchParams(search))).toBe(term);
});
