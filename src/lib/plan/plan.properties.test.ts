import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { bundledExercises, bundledRules } from '../../../test/helpers/content';
import { PHASES } from '../vocabulary';
import { planInput, weekdayArb } from './arbitraries';
import { buildPlan } from './build-plan';
import { addDays, daysBetween } from './calendar-date';
import { chooseLiftingDays, daysToNextKeyRun, isKeyRunDay, weekdayGap } from './lifting-days';
import { planEvents } from './schedule';

const rules = bundledRules();
const exercises = bundledExercises();
const slugs = new Set(exercises.map((e) => e.slug));
const plan = (input: Parameters<typeof buildPlan>[0]) => buildPlan(input, exercises, rules);

describe('plan invariants', () => {
  test('a phase is always defined', () => {
    fc.assert(fc.property(planInput, (input) => Object.hasOwn(PHASES, plan(input).phase)));
  });

  test('weeks are consecutive and the last one contains race day', () => {
    fc.assert(
      fc.property(planInput, (input) => {
        const { weeks } = plan(input);
        weeks.forEach((week, i) => i > 0 && expect(daysBetween(weeks[i - 1]!.start, week.start)).toBe(7));
        if (input.raceDate && daysBetween(input.today, input.raceDate) > 0) {
          const last = weeks.at(-1)!;
          expect(last.kind).toBe('race');
          expect(daysBetween(last.start, input.raceDate)).toBeGreaterThanOrEqual(0);
          expect(daysBetween(last.start, input.raceDate)).toBeLessThan(7);
          expect(daysBetween(weeks[0]!.start, input.today)).toBeLessThan(7);
        }
      }),
    );
  });

  test('volume never rises in the taper', () => {
    fc.assert(
      fc.property(planInput, (input) => {
        const tail = plan(input).weeks.filter((week) => week.phase === 'taper');
        tail.forEach((week, i) => i > 0 && expect(week.volume).toBeLessThanOrEqual(tail[i - 1]!.volume));
      }),
    );
  });

  test('the same input always gives the same plan', () => {
    fc.assert(
      fc.property(planInput, (input) => {
        expect(plan(input)).toEqual(plan(structuredClone(input)));
      }),
    );
  });

  test('every item is an exercise from the collection, and nothing is NaN or empty', () => {
    fc.assert(
      fc.property(planInput, (input) => {
        const result = plan(input);
        expect(JSON.stringify(result)).not.toMatch(/NaN|null/);
        for (const session of result.sessions) {
          expect(session.sections.length).toBeGreaterThan(0);
          for (const item of session.sections.flatMap((s) => s.items)) {
            expect(slugs.has(item.slug)).toBe(true);
            item.alternatives.forEach((a) => expect(slugs.has(a.slug)).toBe(true));
          }
        }
      }),
    );
  });

  test('calendar sessions never fall in the rest days before or after the race, nor before today', () => {
    fc.assert(
      fc.property(planInput, (input) => {
        for (const event of planEvents(plan(input))) {
          const before = daysBetween(event.date, input.raceDate!);
          expect(before > rules.restDaysBeforeRace || before < 0, `a session ${before} days before the race`).toBe(true);
          expect(before >= 0 || -before > rules.restDaysAfterRace[input.distance], `a session ${-before} days after the race`).toBe(true);
          expect(daysBetween(input.today, event.date)).toBeGreaterThanOrEqual(0);
        }
      }),
    );
  });

  test('every calendar session carries its own week’s phase and dose, and none falls after the plan’s last day', () => {
    fc.assert(
      fc.property(planInput, (input) => {
        const result = plan(input);
        for (const event of planEvents(result)) {
          const dose = rules.phases[event.week.phase].main;
          expect(event.share).toBeCloseTo(event.week.volume / rules.phases[event.week.phase].volume);
          const sets = Math.max(1, Math.round(dose.sets * event.share));
          expect(event.summary).toContain(PHASES[event.week.phase]);
          for (const item of event.session.sections.find((s) => s.section === 'main')?.items ?? []) expect(item.sets).toBe(sets);
          expect(event.date <= result.lastDay!).toBe(true);
          // Heavy lifting stops when the taper starts.
          if (daysBetween(event.date, input.raceDate!) >= 0 && daysBetween(event.date, input.raceDate!) <= rules.taperDays[input.distance]) expect(event.week.phase).toBe('taper');
          // With two sessions a week, each day keeps its own session, as the template on the screen says.
          const template = result.templates[event.week.phase]!;
          if (template.sessionsPerWeek > 1 && event.week.kind !== 'race') expect(template.liftingDays[event.session.id === 'a' ? 0 : 1]).toBe((new Date(`${event.date}T00:00:00Z`).getUTCDay() + 6) % 7);
        }
      }),
    );
  });

  test('with a race ahead, the calendar holds a session before it or the plan says to skip lifting', () => {
    fc.assert(
      fc.property(planInput, (input) => {
        const result = plan(input);
        fc.pre(result.daysToRace !== undefined && result.daysToRace > 0);
        const before = planEvents(result).filter((event) => event.date < input.raceDate!);
        const skip = result.notices.some((notice) => /^Your race is \d+ days? away: skip lifting until after it\.$/.test(notice.text));
        expect(before.length > 0, 'a session before the race or the notice, never both').not.toBe(skip);
      }),
    );
  });

  test('the taper’s one session falls on the first of the usual lifting days that holds no key run, whichever phase the plan opens in', () => {
    fc.assert(
      fc.property(planInput, (input) => {
        const taper = plan({ ...input, phase: 'taper' });
        const base = plan({ ...input, phase: 'base' });
        const runs = { longRun: input.longRun, quality: input.quality };
        const usual = [...base.liftingDays].sort((a, b) => a - b);
        const expected = usual.find((day) => !isKeyRunDay(day, runs)) ?? usual[0];
        expect(taper.liftingDays).toEqual([expected]);
      }),
    );
  });
});

test('no main lift is one its entry keeps out of main slots, such as the kettlebell swing, in any phase', () => {
  const bySlug = new Map(exercises.map((exercise) => [exercise.slug, exercise]));
  expect(exercises.filter((exercise) => exercise.mainLift === false).length).toBeGreaterThan(0);
  fc.assert(
    fc.property(planInput, fc.constantFrom(...(Object.keys(PHASES) as (keyof typeof PHASES)[])), (input, phase) => {
      const result = plan({ ...input, phase });
      const mains = result.sessions.flatMap((session) => session.sections.filter((part) => part.section === 'main').flatMap((part) => part.items));
      for (const item of mains) expect(bySlug.get(item.slug)!.mainLift, item.slug).not.toBe(false);
    }),
  );
});

test('with two sessions a week, Day A never has less time before the next key run than Day B', () => {
  fc.assert(
    fc.property(planInput, (input) => {
      const result = plan({ ...input, phase: 'base' });
      fc.pre(result.liftingDays.length === 2);
      const runs = { longRun: input.longRun, quality: input.quality };
      const [a, b] = result.liftingDays as [number, number];
      expect(daysToNextKeyRun(a, runs)).toBeGreaterThanOrEqual(daysToNextKeyRun(b, runs));
    }),
  );
});

describe('lifting day invariants', () => {
  const runs = fc.record({ longRun: fc.option(weekdayArb, { nil: undefined }), quality: fc.uniqueArray(weekdayArb, { maxLength: 4 }) });

  test('no two lifting days are adjacent, Sunday to Monday included', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 3 }), runs, (count, keyRuns) => {
        const days = chooseLiftingDays(count, keyRuns);
        expect(days.length).toBe(count);
        for (const [i, a] of days.entries()) for (const b of days.slice(i + 1)) expect(weekdayGap(a, b)).toBeGreaterThanOrEqual(2);
      }),
    );
  });

  test('nothing lands on a key run day when another choice exists', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 }), runs, (count, keyRuns) => {
        const key = new Set([...(keyRuns.longRun === undefined ? [] : [keyRuns.longRun]), ...keyRuns.quality]);
        const free = [0, 1, 2, 3, 4, 5, 6].filter((day) => !key.has(day));
        const anyFreeChoice = count === 1 ? free.length > 0 : free.some((a) => free.some((b) => weekdayGap(a, b) >= 2));
        fc.pre(anyFreeChoice);
        expect(chooseLiftingDays(count, keyRuns).filter((day) => key.has(day))).toEqual([]);
      }),
    );
  });
});

test('leap days and year ends keep the outline whole', () => {
  const input = { today: '2028-02-27', raceDate: '2028-03-05', distance: 'half', phase: 'auto', equipment: 'gym', experience: 'new', quality: [], swaps: {} } as const;
  const result = plan({ ...input, today: input.today as never, raceDate: input.raceDate as never, quality: [] });
  expect(result.weeks.map((w) => w.start)).toEqual(['2028-02-21', '2028-02-28']);
  expect(addDays('2028-02-28' as never, 1)).toBe('2028-02-29');
});
