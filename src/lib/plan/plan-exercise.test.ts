import { expect, test } from 'vitest';
import { bundledExercises, bundledRules } from '../../../test/helpers/content';
import { EQUIPMENT_LEVELS, EXPERIENCE, PHASES, type EquipmentLevel, type Experience, type Phase } from '../vocabulary';
import { buildPlan } from './build-plan';
import { parseCalendarDate } from './calendar-date';
import { planExercise } from './plan-exercise';
import { DEFAULT_INPUT } from './query';

const rules = bundledRules();
const exercises = bundledExercises();
const today = parseCalendarDate('2026-12-08')!;

// The browser's plan once lost `mainLift` on the way and put a Nordic curl in a main slot; the page's plan never did.
test.each(
  (Object.keys(PHASES) as Phase[]).flatMap((phase) =>
    (Object.keys(EQUIPMENT_LEVELS) as EquipmentLevel[]).flatMap((equipment) => (Object.keys(EXPERIENCE) as Experience[]).map((experience) => [phase, equipment, experience] as const)),
  ),
)('%s · %s · %s: the fields sent to the browser make the same plan as the whole exercises', (phase, equipment, experience) => {
  const input = { ...DEFAULT_INPUT, quality: [1, 3], today, swaps: {}, phase, equipment, experience };
  expect(buildPlan(input, exercises.map(planExercise), rules)).toEqual(buildPlan(input, exercises, rules));
});

test('an optional field the exercise sets is kept, and one it leaves out stays absent', () => {
  const nordic = planExercise(exercises.find((e) => e.slug === 'nordic-curl')!);
  expect(nordic.mainLift).toBe(false);
  expect(Object.hasOwn(planExercise(exercises.find((e) => e.slug === 'goblet-squat')!), 'mainLift')).toBe(false);
  expect(Object.keys(nordic)).not.toContain('cues');
});
