import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { FACET_KEYS, SEARCH_FACETS } from './facets';
import { isEmptySearch, MAX_QUERY_LENGTH, parseSearchParams, searchPageTitle, type SearchState, toSearchParams } from './params';

describe('parseSearchParams', () => {
  test('reads the query and every known facet', () => {
    expect(parseSearchParams('?q=hip+bridge&type=exercise&tag=posterior-chain&pattern=hinge&equipment=dumbbell&phase=base&muscle=glutes&sort=updated')).toEqual({
      q: 'hip bridge',
      filters: { type: 'exercise', tag: 'posterior-chain', pattern: 'hinge', equipment: 'dumbbell', phase: 'base', muscle: 'glutes' },
      sort: 'updated',
    });
  });

  test.each([
    ['an unknown facet value', '?pattern=deadlift', {}],
    ['a label instead of a key', '?muscle=Hamstrings', {}],
    ['a tag that is not a tag', '?tag=Posterior%20Chain', {}],
    ['markup in a value', '?type=%3Cscript%3E', {}],
    ['an inherited property name', '?pattern=constructor', {}],
    ['an unknown parameter', '?colour=red&pattern=squat', { pattern: 'squat' }],
  ])('drops %s', (_what, search, filters) => {
    expect(parseSearchParams(search).filters).toEqual(filters);
  });

  test('collapses whitespace, trims and bounds the query', () => {
    expect(parseSearchParams('?q=%20%20romanian%0A%20deadlift%20').q).toBe('romanian deadlift');
    expect(parseSearchParams(`?q=${'a'.repeat(500)}`).q).toHaveLength(MAX_QUERY_LENGTH);
  });

  test('keeps markup in the query as text: escaping is the renderer’s job', () => {
    expect(parseSearchParams('?q=%3Cimg%20src%3Dx%3E').q).toBe('<img src=x>');
  });

  test('an unknown sort falls back to relevance', () => {
    expect(parseSearchParams('?sort=random').sort).toBe('relevance');
  });

  test('reads URLSearchParams too', () => {
    expect(parseSearchParams(new URLSearchParams({ q: 'rdl' })).q).toBe('rdl');
  });
});

describe('toSearchParams', () => {
  test('writes a stable order and leaves out defaults', () => {
    expect(toSearchParams({ q: 'rdl', filters: { muscle: 'hamstrings', type: 'exercise' }, sort: 'relevance' })).toBe('?q=rdl&type=exercise&muscle=hamstrings');
    expect(toSearchParams({ q: '', filters: {}, sort: 'relevance' })).toBe('');
  });

  const facetValue = fc.constantFrom(...FACET_KEYS).chain((facet) => {
    const values = SEARCH_FACETS[facet].values;
    const value = values ? fc.constantFrom(...Object.keys(values)) : fc.constantFrom('beginners', 'posterior-chain', 'race-week');
    return fc.tuple(fc.constant(facet), value);
  });
  const state: fc.Arbitrary<SearchState> = fc.record({
    q: fc.string({ maxLength: 40 }).map((q) => q.replace(/\s+/g, ' ').trim()),
    filters: fc.array(facetValue, { maxLength: 6 }).map((pairs) => Object.fromEntries(pairs)),
    sort: fc.constantFrom('relevance', 'updated'),
  });

  test('a search survives the round trip through its URL', () => {
    fc.assert(
      fc.property(state, (s) => {
        expect(parseSearchParams(toSearchParams(s))).toEqual(s);
      }),
    );
  });
});

test('isEmptySearch: nothing typed, filtered or sorted', () => {
  expect(isEmptySearch(parseSearchParams(''))).toBe(true);
  expect(isEmptySearch(parseSearchParams('?type=guide'))).toBe(false);
  expect(isEmptySearch(parseSearchParams('?sort=updated'))).toBe(false);
  expect(isEmptySearch(parseSearchParams('?q=x'))).toBe(false);
});

test('the search page is titled by its query, and plainly with none', () => {
  expect(searchPageTitle('rdl', 'Search · Carryover')).toBe('“rdl”: Search · Carryover');
  expect(searchPageTitle('', 'Search · Carryover')).toBe('Search · Carryover');
});
