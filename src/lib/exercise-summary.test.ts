import { expect, test } from 'vitest';
import { exerciseSummary } from './exercise-summary';

test('names the pattern and each primary muscle, then why it carries over', () => {
  expect(exerciseSummary({ pattern: 'carry', primaryMuscles: ['forearms', 'upper-back'], carryover: 'Builds grip.' })).toBe(
    'Carry exercise for runners that works the forearms and grip and the upper back. Builds grip.',
  );
  expect(exerciseSummary({ pattern: 'hinge', primaryMuscles: ['hamstrings'], carryover: 'Strong hamstrings.' })).toBe('Hinge exercise for runners that works the hamstrings. Strong hamstrings.');
});
