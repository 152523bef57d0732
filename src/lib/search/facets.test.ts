import { expect, test } from 'vitest';
import { FACET_KEYS, facetLabel, facetValue, SEARCH_FACETS } from './facets';

test('every closed facet value maps to its label and back', () => {
  for (const facet of FACET_KEYS) {
    const values: Record<string, string> | undefined = SEARCH_FACETS[facet].values;
    for (const [value, label] of Object.entries(values ?? {})) {
      expect(facetLabel(facet, value)).toBe(label);
      expect(facetValue(facet, label)).toBe(value);
    }
  }
});

test('tags map between slug and label', () => {
  expect(facetLabel('tag', 'posterior-chain')).toBe('posterior chain');
  expect(facetValue('tag', 'posterior chain')).toBe('posterior-chain');
  expect(facetLabel('tag', 'Not A Tag')).toBeUndefined();
});

test('unknown values and labels have none', () => {
  expect(facetLabel('muscle', 'toString')).toBeUndefined();
  expect(facetLabel('type', 'article')).toBeUndefined();
  expect(facetValue('pattern', 'Deadlift')).toBeUndefined();
});

test('every facet has a different label, so the filter form reads clearly', () => {
  const labels = FACET_KEYS.map((facet) => SEARCH_FACETS[facet].label);
  expect(new Set(labels).size).toBe(labels.length);
});
