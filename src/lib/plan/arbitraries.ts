import fc from 'fast-check';
import { DISTANCES, EQUIPMENT_LEVELS, EXPERIENCE, PHASES } from '../vocabulary';
import { addDays, type CalendarDate } from './calendar-date';
import type { PlanInput } from './types';

/** Today anywhere from 2000 to 2099: wide enough for leap years and century rules, narrow enough to stay realistic. */
const FIRST_DAY = '2000-01-01' as CalendarDate;
const DAYS_IN_RANGE = 36_500;
/** Races from a year and a half ago to two years ahead: past races, race day, and long leads. */
const RACE_OFFSET = { min: -540, max: 730 };

export const calendarDate = fc.integer({ min: 0, max: DAYS_IN_RANGE }).map((offset) => addDays(FIRST_DAY, offset));
export const weekdayArb = fc.integer({ min: 0, max: 6 });

export const planInput: fc.Arbitrary<PlanInput> = fc
  .record({
    today: calendarDate,
    raceOffset: fc.option(fc.integer(RACE_OFFSET), { nil: undefined }),
    distance: fc.constantFrom(...(Object.keys(DISTANCES) as (keyof typeof DISTANCES)[])),
    phase: fc.constantFrom('auto' as const, ...(Object.keys(PHASES) as (keyof typeof PHASES)[])),
    equipment: fc.constantFrom(...(Object.keys(EQUIPMENT_LEVELS) as (keyof typeof EQUIPMENT_LEVELS)[])),
    experience: fc.constantFrom(...(Object.keys(EXPERIENCE) as (keyof typeof EXPERIENCE)[])),
    longRun: fc.option(weekdayArb, { nil: undefined }),
    quality: fc.uniqueArray(weekdayArb, { maxLength: 5 }),
  })
  .map(({ raceOffset, today, ...rest }) => ({
    ...rest,
    today,
    raceDate: raceOffset === undefined ? undefined : addDays(today, raceOffset),
    swaps: {},
  }));
