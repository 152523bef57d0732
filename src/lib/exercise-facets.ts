import type { Exercise } from './exercise';
import { EQUIPMENT, MUSCLES, PATTERNS } from './vocabulary';

/** The ways the exercise index can be narrowed; each key is also a URL segment. */
export const FACETS = {
  pattern: { label: 'Movement pattern', values: PATTERNS },
  equipment: { label: 'Equipment', values: EQUIPMENT },
  muscle: { label: 'Muscle', values: MUSCLES },
} as const;
export type Facet = keyof typeof FACETS;

/**
 * The heading of a facet's own page, which lists its values.
 * @example facetTitle('pattern') // 'Exercises by movement pattern'
 */
export const facetTitle = (facet: Facet): string => `Exercises by ${FACETS[facet].label.toLowerCase()}`;

/** The facet values an exercise carries; for muscles, primary and secondary alike. */
export function facetValues(exercise: Exercise, facet: Facet): readonly string[] {
  switch (facet) {
    case 'pattern':
      return [exercise.pattern];
    case 'equipment':
      return exercise.equipment;
    case 'muscle':
      return [...exercise.primaryMuscles, ...exercise.secondaryMuscles];
  }
}

/** Exercises that carry `value` for `facet`, in the order given. */
export function filterExercises(exercises: readonly Exercise[], facet: Facet, value: string): Exercise[] {
  return exercises.filter((exercise) => facetValues(exercise, facet).includes(value));
}

/**
 * Each facet value that at least one exercise carries, in vocabulary order,
 * with its label and count; values nobody carries are left out so no filter
 * leads to an empty page.
 */
export function facetOptions(exercises: readonly Exercise[], facet: Facet): { value: string; label: string; count: number }[] {
  return Object.entries(FACETS[facet].values)
    .map(([value, label]) => ({ value, label, count: filterExercises(exercises, facet, value).length }))
    .filter((option) => option.count > 0);
}
