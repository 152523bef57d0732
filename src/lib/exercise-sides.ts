import type { Exercise } from './exercise';

/**
 * How an exercise works the two sides, in the words its page shows.
 * `unilateral` means one side loaded at a time; a bilateral exercise dosed
 * "each side" (a Pallof press facing one way then the other, a bird dog's
 * alternating reps) works the sides in turn, not together.
 * @example exerciseSides({ unilateral: false, dose: { sets: 3, reps: '6–8 each side' } }) // 'Each side in turn'
 */
export function exerciseSides(exercise: Pick<Exercise, 'unilateral' | 'dose'>): string {
  if (exercise.unilateral) return 'One side at a time';
  return /\beach side\b/i.test(exercise.dose.reps) ? 'Each side in turn' : 'Both sides together';
}
