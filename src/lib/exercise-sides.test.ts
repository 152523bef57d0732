import { expect, test } from 'vitest';
import { bundledExercises } from '../../test/helpers/content';
import { exerciseSides } from './exercise-sides';

test.each([
  [true, '6–8 each side', 'One side at a time'],
  [true, '8–10', 'One side at a time'],
  [false, '6–8 each side', 'Each side in turn'],
  [false, '8–10', 'Both sides together'],
])('unilateral %s, reps “%s” → %s', (unilateral, reps, label) => {
  expect(exerciseSides({ unilateral, dose: { sets: 3, reps } })).toBe(label);
});

test('no bundled exercise is said to work both sides together while dosed each side', () => {
  const contradictions = bundledExercises().filter((e) => exerciseSides(e) === 'Both sides together' && /each side/i.test(e.dose.reps));
  expect(contradictions.map((e) => e.slug)).toEqual([]);
  expect(exerciseSides(bundledExercises().find((e) => e.slug === 'pallof-press')!)).toBe('Each side in turn');
});
