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
 * The address of a facet's page, or of one value's list of exercises.
 * @example facetPath('pattern') // '/exercises/pattern/'
 * @example facetPath('muscle', 'glute-med') // '/exercises/muscle/glute-med/'
 */
export const facetPath = (facet: Facet, value?: string): string => `/exercises/${facet}/${value === undefined ? '' : `${value}/`}`;

/**
 * The heading of a facet's own page, which lists its values.
 * @example facetTitle('pattern') // 'Exercises by movement pattern'
 */
export const facetTitle = (facet: Facet): string => `Exercises by ${FACETS[facet].label.toLowerCase()}`;

/**
 * The heading of one value's page: what the exercises are, in a reader's words.
 * @example facetValueTitle('equipment', 'Trap bar') // 'Trap bar exercises'
 * @example facetValueTitle('muscle', 'Glute medius') // 'Exercises for the glute medius'
 */
export const facetValueTitle = (facet: Facet, label: string): string => (facet === 'muscle' ? `Exercises for the ${label.toLowerCase()}` : `${label} exercises`);

/** Exercises that work `muscle`, split by whether it is one of their primary muscles or a secondary one. */
export function byMuscleRole(exercises: readonly Exercise[], muscle: string): { primary: Exercise[]; secondary: Exercise[] } {
  return {
    primary: exercises.filter((exercise) => (exercise.primaryMuscles as readonly string[]).includes(muscle)),
    secondary: exercises.filter((exercise) => !(exercise.primaryMuscles as readonly string[]).includes(muscle) && (exercise.secondaryMuscles as readonly string[]).includes(muscle)),
  };
}

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
