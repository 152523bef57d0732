import { describe, expect, test } from 'vitest';
import { bundledExercises, bundledRules } from '../../../test/helpers/content';
import { buildPlan } from './build-plan';
import { parseCalendarDate } from './calendar-date';
import { DEFAULT_INPUT } from './query';
import { planEvents, scaledSession, type CalendarEvent } from './schedule';
import type { PlanInput } from './types';

const rules = bundledRules();
const exercises = bundledExercises();
const monday = parseCalendarDate('2026-12-07')!;
const input = (overrides: Partial<PlanInput> = {}): PlanInput => ({ ...DEFAULT_INPUT, quality: [1, 3], today: monday, swaps: {}, ...overrides });
const mainItems = (event: CalendarEvent) => event.session.sections.find((s) => s.section === 'main')!.items;

describe('each calendar session is its own week’s', () => {
  const plan = buildPlan(input({ raceDate: parseCalendarDate('2027-03-29')! }), exercises, rules);
  const events = planEvents(plan);

  test('the season passes through every phase before the race', () => {
    expect(new Set(events.map((event) => event.week.phase))).toEqual(new Set(['base', 'build', 'peak', 'taper']));
  });

  test.each(events.map((event) => [event.summary, event.date, event] as const))('%s on %s carries that phase’s dose', (_, __, event) => {
    const dose = rules.phases[event.week.phase].main;
    const share = event.week.kind === 'deload' ? rules.deloadVolume : event.week.kind === 'race' ? rules.raceWeekVolume : 1;
    expect(event.share).toBeCloseTo(share);
    const sets = Math.max(1, Math.round(dose.sets * share));
    for (const item of mainItems(event)) {
      expect(item.sets).toBe(sets);
      expect(item.effort).toBe(`RPE ${dose.rpe} · ${dose.rir} in reserve`);
    }
  });

  test('the taper session is the light one the taper template shows, once a week', () => {
    const taper = events.filter((event) => event.week.phase === 'taper');
    expect(taper.map((event) => event.summary)).toEqual(['Strength Day A · Taper']);
    expect(mainItems(taper[0]!).map((item) => `${item.sets} × ${item.reps}`)).toEqual(['2 × 3–5', '2 × 3–5']);
  });

  test('a deload week keeps the exercises and cuts the sets', () => {
    const deload = events.find((event) => event.week.kind === 'deload')!;
    const normal = plan.templates[deload.week.phase]!.sessions.find((session) => session.id === deload.session.id)!;
    const normalMain = normal.sections.find((s) => s.section === 'main')!.items;
    expect(mainItems(deload).map((item) => item.slug)).toEqual(normalMain.map((item) => item.slug));
    // 60% of base's three sets.
    expect(normalMain.map((item) => item.sets)).toEqual(normalMain.map(() => 3));
    expect(mainItems(deload).map((item) => item.sets)).toEqual(normalMain.map(() => 2));
  });
});

test('with two sessions a week, Day A and Day B keep the days the template gives them, even when the plan starts mid-week', () => {
  const tuesday = parseCalendarDate('2026-12-08')!;
  const plan = buildPlan(input({ today: tuesday, raceDate: parseCalendarDate('2027-04-18')! }), exercises, rules);
  // Day A, the heavier, on Friday: Saturday is free before Sunday's long run, where Monday's next day is Tuesday's intervals.
  expect(plan.sessions.map((session) => session.weekday)).toEqual([4, 0]);
  const [first, second] = planEvents(plan);
  expect([first!.date, first!.session.id]).toEqual(['2026-12-11', 'a']);
  expect([second!.date, second!.session.id]).toEqual(['2026-12-14', 'b']);
});

test('nothing heavy falls in the taper’s days, though the week around them is a peak week', () => {
  // A half marathon on Sunday 18 April: the taper starts on Thursday 8 April, inside a week that starts in peak.
  const plan = buildPlan(input({ raceDate: parseCalendarDate('2027-04-18')! }), exercises, rules);
  expect(plan.taperStarts).toBe('2027-04-08');
  const late = planEvents(plan).filter((event) => event.date >= '2027-04-05');
  expect(late.map((event) => `${event.date} ${event.summary}`)).toEqual(['2027-04-05 Strength Day B · Peak (in-season)', '2027-04-12 Strength Day A · Taper · race week']);
  expect(late[1]!.share).toBe(rules.raceWeekVolume);
});

describe('a phase the runner chose', () => {
  const plan = buildPlan(input({ raceDate: parseCalendarDate('2027-03-29')!, phase: 'build' }), exercises, rules);

  test('replaces the calendar’s phase for the block they are in, and the calendar takes over after it', () => {
    const auto = buildPlan(input({ raceDate: parseCalendarDate('2027-03-29')! }), exercises, rules);
    const baseWeeks = auto.weeks.filter((week) => week.phase === 'base').length;
    expect(baseWeeks).toBeGreaterThan(3);
    expect(plan.weeks.slice(0, baseWeeks).every((week) => week.phase === 'build')).toBe(true);
    expect(plan.weeks.slice(baseWeeks)).toEqual(auto.weeks.slice(baseWeeks));
    expect(plan.notices.map((n) => n.text)).toContain('You chose the build phase; by the calendar you are in base.');
  });

  test('so this week’s calendar sessions are the template on the screen', () => {
    // Monday's Day B comes first in the week, Friday's Day A after it.
    const [first, second] = planEvents(plan);
    expect(first!.summary).toMatch(/^Strength Day B · Build/);
    expect([first!.session, second!.session]).toEqual([plan.sessions[1], plan.sessions[0]]);
  });
});

test('after a race, the calendar stops when recovery ends', () => {
  const plan = buildPlan(input({ raceDate: parseCalendarDate('2026-12-01')!, distance: 'half' }), exercises, rules);
  expect(plan.lastDay).toBe('2026-12-15');
  const events = planEvents(plan);
  expect(events.length).toBeGreaterThan(0);
  expect(events.every((event) => event.date <= '2026-12-15' && event.week.phase === 'recovery')).toBe(true);
});

test.each([
  [3, 2],
  [4, 2],
  [2, 1],
  [1, 1],
])('a deload keeps %i sets as %i, and leaves the warm-up alone', (sets, kept) => {
  const [session] = buildPlan(input(), exercises, rules).sessions;
  const full = { ...session!, sections: session!.sections.map((s) => ({ ...s, items: s.items.map((item) => ({ ...item, sets })) })) };
  const deloaded = scaledSession(full, 0.6);
  for (const section of deloaded.sections) {
    const expected = section.section === 'main' || section.section === 'accessory' ? kept : sets;
    for (const item of section.items) expect(item.sets).toBe(expected);
  }
});
