import { expect, test } from 'vitest';
import type { Exercise } from './exercise';
import { byMuscleRole, facetOptions, facetTitle, facetValueTitle, filterExercises } from './exercise-facets';

const exercise = (slug: string, overrides: Partial<Exercise>): Exercise => ({
  slug,
  name: slug,
  aliases: [],
  searchTerms: [],
  pattern: 'hinge',
  primaryMuscles: ['glutes'],
  secondaryMuscles: [],
  equipment: ['bodyweight'],
  level: 'beginner',
  unilateral: false,
  cues: [],
  mistakes: [],
  carryover: '',
  phases: ['base'],
  dose: { sets: 3, reps: '8' },
  progressions: [],
  regressions: [],
  ...overrides,
});

const list = [
  exercise('bridge', { secondaryMuscles: ['hamstrings'] }),
  exercise('rdl', { primaryMuscles: ['hamstrings'], equipment: ['barbell'] }),
  exercise('plank', { pattern: 'anti-extension', primaryMuscles: ['abs'] }),
];

test('a muscle filter matches primary and secondary muscles', () => {
  expect(filterExercises(list, 'muscle', 'hamstrings').map((e) => e.slug)).toEqual(['bridge', 'rdl']);
});

test('options list only values some exercise carries, in vocabulary order', () => {
  expect(facetOptions(list, 'pattern')).toEqual([
    { value: 'hinge', label: 'Hinge', count: 2 },
    { value: 'anti-extension', label: 'Anti-extension', count: 1 },
  ]);
  expect(facetOptions(list, 'equipment').map((o) => o.value)).toEqual(['bodyweight', 'barbell']);
});

test('a facet page is titled by what it groups by, in the words of the filter', () => {
  expect(facetTitle('pattern')).toBe('Exercises by movement pattern');
  expect(facetTitle('equipment')).toBe('Exercises by equipment');
});

test('a value page is titled by what its exercises are, and muscles by what they work', () => {
  expect(facetValueTitle('pattern', 'Hinge')).toBe('Hinge exercises');
  expect(facetValueTitle('equipment', 'Trap bar')).toBe('Trap bar exercises');
  expect(facetValueTitle('muscle', 'Glute medius')).toBe('Exercises for the glute medius');
});

test('exercises that work a muscle split into those where it is primary and those where it is secondary, in the order given', () => {
  const list = [
    exercise('a', { primaryMuscles: ['glutes'], secondaryMuscles: ['glute-med'] }),
    exercise('b', { primaryMuscles: ['glute-med'] }),
    exercise('c', { primaryMuscles: ['quadriceps'] }),
    exercise('d', { primaryMuscles: ['adductors'], secondaryMuscles: ['glute-med'] }),
  ];
  const { primary, secondary } = byMuscleRole(list, 'glute-med');
  expect(primary.map((e) => e.slug)).toEqual(['b']);
  expect(secondary.map((e) => e.slug)).toEqual(['a', 'd']);
});
