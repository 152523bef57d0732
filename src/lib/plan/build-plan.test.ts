import { describe, expect, test } from 'vitest';
import { bundledExercises, bundledRules } from '../../../test/helpers/content';
import { DISTANCES, EQUIPMENT_LEVELS, EXPERIENCE, PHASES, type Distance, type EquipmentLevel, type Experience, type Phase } from '../vocabulary';
import { buildPlan } from './build-plan';
import { planEvents } from './schedule';
import { addDays, parseCalendarDate, type CalendarDate } from './calendar-date';
import { DEFAULT_INPUT, raceInWeeks } from './query';
import type { PlanInput } from './types';

const rules = bundledRules();
const exercises = bundledExercises();
const today = parseCalendarDate('2026-11-25')!;
const input = (overrides: Partial<PlanInput> = {}): PlanInput => ({ ...DEFAULT_INPUT, quality: [1, 3], today, swaps: {}, ...overrides });

describe('the phase follows the calendar', () => {
  test.each([
    ['half', 20, 'base'],
    ['half', 10, 'build'],
    ['half', 5, 'peak'],
    ['half', 1, 'taper'],
    ['marathon', 20, 'base'],
    ['marathon', 14, 'build'],
    ['marathon', 10, 'build'],
    ['marathon', 5, 'peak'],
    ['5k', 20, 'base'],
    ['5k', 10, 'build'],
    ['5k', 5, 'peak'],
    ['10k', 1, 'taper'],
    ['ultra', 1, 'taper'],
  ] as const)('%s race %i weeks out → %s', (distance, weeks, phase) => {
    const plan = buildPlan(input({ distance, raceDate: raceInWeeks(today, weeks) }), exercises, rules);
    expect(plan.phase).toBe(phase);
    expect(plan.weeksToRace).toBe(weeks);
    expect(plan.weeks.at(-1)!.kind).toBe('race');
  });

  test('race today: a taper day with a message and no lifting notice missing', () => {
    const plan = buildPlan(input({ raceDate: today }), exercises, rules);
    expect(plan.phase).toBe('taper');
    expect(plan.notices.map((n) => n.text)).toContain('It is race day. No lifting today: good luck out there.');
    expect(plan.weeks).toEqual([]);
  });

  test('race last week: recovery weeks until recovery ends', () => {
    const plan = buildPlan(input({ raceDate: parseCalendarDate('2026-11-22')! }), exercises, rules);
    expect(plan.phase).toBe('recovery');
    expect(plan.notices[0]!.text).toMatch(/^Your race was 3 days ago/);
    expect(plan.weeks.every((week) => week.kind === 'recovery')).toBe(true);
    expect(plan.weeks.length).toBeGreaterThan(0);
  });

  // Before, a marathon run yesterday put Day B's lunges and eccentric calf raises on today's calendar.
  test('right after a race, no lifting until its soreness has passed, and the plan says when lifting starts again', () => {
    const monday = parseCalendarDate('2026-12-07')!;
    const marathon = buildPlan(input({ today: monday, distance: 'marathon', raceDate: addDays(monday, -1) }), exercises, rules);
    // Five days' rest end on Friday 11th; the first lifting day after them is Monday 14th, and the notice names that one.
    expect(marathon.notices[0]!.text).toBe('Your race was 1 day ago. Start lifting again on Mon 14 December, once the race’s soreness has passed. These weeks are for recovery; then set your next race.');
    expect(planEvents(marathon)[0]!.date).toBe('2026-12-14');
    const fiveK = buildPlan(input({ today: monday, distance: '5k', raceDate: addDays(monday, -1) }), exercises, rules);
    expect(fiveK.notices[0]!.text).toContain('Start lifting again on Fri 11 December');
    expect(planEvents(fiveK)[0]!.date).toBe('2026-12-11');
    // Once the rest days are over, the notice no longer mentions them.
    const later = buildPlan(input({ today: monday, distance: '5k', raceDate: addDays(monday, -3) }), exercises, rules);
    expect(later.notices[0]!.text).toBe('Your race was 3 days ago. These weeks are for recovery; then set your next race.');
  });

  test('race long past: a base template and a prompt to set the next race', () => {
    const plan = buildPlan(input({ raceDate: parseCalendarDate('2026-03-01')! }), exercises, rules);
    expect(plan.phase).toBe('base');
    expect(plan.notices[0]!.text).toContain('Set your next race');
  });

  test('race more than a year out: a long base, with a note', () => {
    const plan = buildPlan(input({ raceDate: raceInWeeks(today, 60) }), exercises, rules);
    expect(plan.phase).toBe('base');
    expect(plan.notices[0]!.text).toContain('more than 52 weeks away');
    expect(plan.weeks.length).toBe(61);
  });

  test('a chosen phase wins, and the plan says what the calendar says', () => {
    const plan = buildPlan(input({ raceDate: raceInWeeks(today, 20), phase: 'peak' }), exercises, rules);
    expect(plan.phase).toBe('peak');
    expect(plan.calendarPhase).toBe('base');
    expect(plan.notices.map((n) => n.text)).toContain('You chose the peak (in-season) phase; by the calendar you are in base.');
  });

  test('no race date: a template for the chosen phase, without a timeline', () => {
    const plan = buildPlan(input({ phase: 'build' }), exercises, rules);
    expect(plan.phase).toBe('build');
    expect(plan.weeks).toEqual([]);
    expect(plan.daysToRace).toBeUndefined();
  });
});

describe('the taper', () => {
  const monday = parseCalendarDate('2026-12-07')!;
  const saturday = parseCalendarDate('2026-12-12')!;

  test('its one session falls early in the week, on the earlier of the days base lifts on', () => {
    const taper = buildPlan(input({ today: monday, raceDate: saturday }), exercises, rules);
    const base = buildPlan(input({ today: monday, raceDate: raceInWeeks(monday, 20) }), exercises, rules);
    expect(taper.phase).toBe('taper');
    expect(taper.liftingDays).toEqual([0]);
    // Day A first: Friday leaves Saturday before Sunday's long run; Monday is followed by Tuesday's quality session.
    expect(base.liftingDays).toEqual([4, 0]);
  });

  test('with two sessions, the heavier Day A takes the day with more time before the next key run', () => {
    const plan = (runs: { quality: number[]; longRun?: number }) => buildPlan(input({ ...runs, raceDate: raceInWeeks(monday, 20) }), exercises, rules).liftingDays;
    expect(plan({ quality: [1, 3], longRun: 6 })).toEqual([4, 0]);
    expect(plan({ quality: [3], longRun: 6 })).toEqual([0, 4]);
    expect(plan({ quality: [] })).toEqual([0, 3]);
  });

  test('with key runs Monday to Thursday and Sunday, it keeps the free day of the usual pair, not a quality day', () => {
    const runs = { quality: [0, 1, 2, 3], longRun: 6 };
    const base = buildPlan(input({ ...runs, raceDate: raceInWeeks(monday, 20) }), exercises, rules);
    const taper = buildPlan(input({ ...runs, today: monday, raceDate: saturday }), exercises, rules);
    expect(base.liftingDays.filter((day) => runs.quality.includes(day))).toHaveLength(1);
    expect(taper.liftingDays).toEqual(base.liftingDays.filter((day) => !runs.quality.includes(day)));
  });

  // Before, a marathon 13 days out showed the peak template with Day A on Friday, 10 days out, and nothing said it was too late.
  test('in the week before the taper starts, the plan says the day heavy lifting stops, and shows the taper once no session is left before it', () => {
    const tuesday = parseCalendarDate('2026-12-08')!;
    const marathon = (days: number) => buildPlan(input({ today: tuesday, distance: 'marathon', raceDate: addDays(tuesday, days) }), exercises, rules);
    // 19 days out, Friday's peak session comes before the taper starts on Tuesday 15th.
    expect(marathon(19).phase).toBe('peak');
    expect(marathon(19).notices.map((n) => n.text)).toContain('Heavy lifting stops on Tue 15 December, 12 days before your race. From then, lift as the taper template says: one short, light session a week.');
    // 13 days out, the week's next peak session (Friday) would fall after the taper starts on Wednesday, so the template is the taper's.
    expect(marathon(13).phase).toBe('taper');
    expect(marathon(13).calendarPhase).toBe('peak');
    expect(marathon(13).notices.map((n) => n.text)).toContain('Heavy lifting stops on Wed 9 December, 12 days before your race, before your next session, so this is your taper template.');
    expect(marathon(20).notices.map((n) => n.text).some((text) => text.startsWith('Heavy lifting stops'))).toBe(false);
    expect(marathon(12).notices.map((n) => n.text).some((text) => text.startsWith('Heavy lifting stops'))).toBe(false);
  });

  // Before, a lifting day the night before a key run went unmentioned, and a stacked one was told to be "short and easy", against the guides' run-first advice.
  test('a lifting day next to a key run says so, with the guides’ advice for it', () => {
    const tuesday = parseCalendarDate('2026-12-08')!;
    const texts = (runs: { quality: number[]; longRun?: number }, days = 120) =>
      buildPlan(input({ ...runs, today: tuesday, raceDate: addDays(tuesday, days) }), exercises, rules).notices.map((n) => `${n.level}: ${n.text}`);
    expect(texts({ quality: [1, 3], longRun: 6 })).toEqual([
      'info: Day B falls on Monday, the day before a quality session, since your week leaves no day further from one. If that run suffers, lift after a hard run instead: run first, lift hours later.',
    ]);
    expect(texts({ quality: [1], longRun: 5 })).toEqual([]);
    const everyDay = texts({ quality: [0, 1, 2, 3, 4, 5], longRun: 6 });
    expect(everyDay.filter((text) => text.includes('with a key run, since your week leaves no day clear of them: run first, then lift later that day, hours apart if you can.'))).toHaveLength(2);
    expect(everyDay.filter((text) => text.startsWith('warning:'))).toEqual([]);
    // With no session left before the race, there is no day to speak of.
    expect(texts({ quality: [1, 3], longRun: 6 }, 3).some((text) => text.includes('falls on'))).toBe(false);
  });

  // Before, these said heavy lifting stops on a day already past, or to lift the taper's session, beside "skip lifting until after it".
  test('a plan with no session left before the race says only that, and nothing about sessions to come', () => {
    const tuesday = parseCalendarDate('2026-12-08')!;
    const texts = (overrides: Partial<PlanInput>) => buildPlan(input({ today: tuesday, ...overrides }), exercises, rules).notices.map((n) => n.text);
    for (const notices of [texts({ raceDate: addDays(tuesday, 3), phase: 'peak' }), texts({ raceDate: addDays(tuesday, 8), distance: '5k' })]) {
      expect(notices.some((text) => text.startsWith('Your race is ') && text.endsWith('skip lifting until after it.'))).toBe(true);
      expect(notices.filter((text) => /Heavy lifting stops|falls on|shares/.test(text))).toEqual([]);
    }
  });

  // Before, a half marathon nine days out, opened on a Tuesday, said no session was left: the taper's Monday had passed and race week's fell in the rest days.
  test('a lone session whose day has passed this week moves to the next day left without a key run', () => {
    const tuesday = parseCalendarDate('2026-12-08')!;
    const plan = buildPlan(input({ today: tuesday, raceDate: addDays(tuesday, 9) }), exercises, rules);
    expect(plan.phase).toBe('taper');
    // Tuesday holds intervals, so Wednesday.
    expect(planEvents(plan).map((event) => event.date)).toEqual(['2026-12-09']);
    expect(plan.notices.map((n) => n.text).some((text) => text.includes('skip lifting'))).toBe(false);
    // The template still names its usual day, so the plan says where this week's went.
    expect(plan.sessions[0]!.weekday).toBe(0);
    expect(plan.notices.map((n) => n.text)).toContain('This week’s session moves to Wed 9 December, since Monday has passed.');
  });

  test('the taper’s lone session, early in the week by design, is not said to sit there for want of a better day', () => {
    const notices = buildPlan(input({ phase: 'taper' }), exercises, rules).notices.map((n) => n.text);
    expect(notices.filter((text) => text.includes('since your week leaves no day further from one'))).toEqual([]);
  });

  test('seen on the Monday before a Saturday race, the session is that Monday, in the calendar too', () => {
    const plan = buildPlan(input({ today: monday, raceDate: saturday }), exercises, rules);
    expect(planEvents(plan).map((event) => event.date)).toEqual(['2026-12-07']);
    expect(plan.notices.map((n) => n.text).join()).not.toMatch(/skip lifting/);
  });

  test('once the week’s session day has passed and the next is after the race, the plan says to skip lifting', () => {
    const plan = buildPlan(input({ today: parseCalendarDate('2026-12-08')!, raceDate: saturday }), exercises, rules);
    expect(planEvents(plan)).toEqual([]);
    expect(plan.notices.map((n) => n.text)).toContain('Your race is 4 days away: skip lifting until after it.');
  });

  test('in the rest days before the race there is nothing to lift', () => {
    const plan = buildPlan(input({ today: parseCalendarDate('2026-12-09')!, raceDate: saturday }), exercises, rules);
    expect(rules.restDaysBeforeRace).toBe(3);
    expect(planEvents(plan)).toEqual([]);
    expect(plan.notices.map((n) => n.text)).toContain('Your race is 3 days away: skip lifting until after it.');
  });

  test('a race tomorrow is one day away', () => {
    const plan = buildPlan(input({ today: parseCalendarDate('2026-12-11')!, raceDate: saturday }), exercises, rules);
    expect(plan.notices.map((n) => n.text)).toContain('Your race is 1 day away: skip lifting until after it.');
  });
});

describe('the template', () => {
  const plan = buildPlan(input({ raceDate: raceInWeeks(today, 20) }), exercises, rules);

  test('Day A leans on the posterior chain, Day B on single-leg, ankles and trunk', () => {
    const [a, b] = plan.sessions;
    const mainA = a!.sections.find((s) => s.section === 'main')!.items.map((i) => i.slug);
    expect(mainA).toEqual(['romanian-deadlift', 'box-squat']);
    const bSlugs = b!.sections.flatMap((s) => s.items.map((i) => i.slug));
    expect(bSlugs).toContain('single-leg-rdl');
    expect(bSlugs.some((slug) => slug.includes('calf-raise'))).toBe(true);
  });

  test('base main lifts are moderate loads for 6–8 controlled reps', () => {
    const item = plan.sessions[0]!.sections.find((s) => s.section === 'main')!.items[0]!;
    expect(item).toMatchObject({ sets: 3, reps: '6–8', tempo: '3-1-1-0', effort: 'RPE 7–8 · 2–3 in reserve' });
  });

  test('every section is in session order and no exercise repeats within a day', () => {
    for (const session of plan.sessions) {
      expect(session.sections.map((s) => s.section)).toEqual(['warmup', 'main', 'accessory', 'cooldown']);
      const slugs = session.sections.flatMap((s) => s.items.map((i) => i.slug));
      expect(new Set(slugs).size).toBe(slugs.length);
    }
  });

  // Before, a new lifter ten weeks from a marathon started with 4 × 4–6 at RPE 8–9 and nothing said to ease in.
  test.each([
    ['build', 'New to lifting? Spend your first three weeks on bodyweight versions of these movements and good technique, as the guide for beginners sets out, before you lift this heavy.'],
    // In season, nothing new: the heavy work waits for the next base phase.
    ['peak', 'New to lifting, with a race this close? Keep to bodyweight versions of these movements and good technique until after it, and start the heavier work in your next base phase.'],
    ['base', undefined],
    ['taper', undefined],
    ['recovery', undefined],
  ] as const)('a new lifter in %s is told how to ease in: %s', (phase, told) => {
    const easing = (experience: 'new' | 'experienced') => buildPlan(input({ phase, experience }), exercises, rules).notices.map((n) => n.text).filter((text) => text.startsWith('New to lifting'));
    expect(easing('new')).toEqual(told ? [told] : []);
    expect(easing('experienced')).toEqual([]);
  });

  test('a runner new to lifting gets beginner main lifts', () => {
    const newPlan = buildPlan(input({ raceDate: raceInWeeks(today, 20), experience: 'new' }), exercises, rules);
    const bySlug = new Map(exercises.map((e) => [e.slug, e]));
    for (const session of newPlan.sessions) {
      for (const item of session.sections.find((s) => s.section === 'main')!.items) expect(bySlug.get(item.slug)!.level).toBe('beginner');
    }
  });

  // Before, ties on the slot's muscles went to the alphabet: every new lifter got the lateral lunge on both days.
  test.each(Object.keys(EQUIPMENT_LEVELS) as EquipmentLevel[])('a new lifter with %s: Day B’s single-leg main lift is made for the quadriceps and differs from Day A’s', (equipment) => {
    const newPlan = buildPlan(input({ raceDate: raceInWeeks(today, 20), experience: 'new', equipment }), exercises, rules);
    const bySlug = new Map(exercises.map((e) => [e.slug, e]));
    const singleLeg = (slotId: string) => newPlan.sessions.flatMap((s) => s.sections.flatMap((section) => section.items)).find((i) => i.slotId === slotId)!;
    const mainLift = bySlug.get(singleLeg('b-single-leg').slug)!;
    expect(mainLift.primaryMuscles).toContain('quadriceps');
    expect(mainLift.primaryMuscles.length).toBeLessThanOrEqual(2);
    expect(singleLeg('a-single-leg').slug).not.toBe(mainLift.slug);
  });

  test('between exercises that score alike, the one whose primary muscles are the slot’s comes first', () => {
    const calves = buildPlan(input({ raceDate: raceInWeeks(today, 20) }), exercises, rules).sessions[1]!.sections.flatMap((s) => s.items).find((i) => i.slotId === 'b-plyometric')!;
    // The A-skip and pogo hops both list the calves as primary; the A-skip also lists the hip flexors.
    expect(calves.slug).toBe('pogo-hops');
    expect(calves.alternatives.map((a) => a.slug)).toContain('a-skip');
  });

  // The schedule may put Day B nearer a key run because it is the lighter day; before, both days had two main lifts.
  test.each(Object.keys(PHASES) as Phase[])('in %s, Day B has fewer sets at main-lift effort than Day A', (phase) => {
    const mainSets = (session: { sections: { section: string; items: { sets: number }[] }[] }) =>
      session.sections.filter((s) => s.section === 'main').flatMap((s) => s.items).reduce((sum, item) => sum + item.sets, 0);
    const [a, b] = buildPlan(input({ phase }), exercises, rules).sessions;
    expect(mainSets(b!)).toBeLessThan(mainSets(a!));
  });

  // Four to six reps of a bodyweight squat cannot reach RPE 8–9; before, bodyweight plans asked for exactly that in build.
  test('with bodyweight only, main lifts keep their own reps, and the plan says how to progress', () => {
    const bySlug = new Map(exercises.map((e) => [e.slug, e]));
    const mainItems = (plan: ReturnType<typeof buildPlan>) => plan.sessions.flatMap((s) => s.sections.filter((section) => section.section === 'main').flatMap((section) => section.items));
    const bodyweight = buildPlan(input({ phase: 'build', equipment: 'bodyweight' }), exercises, rules);
    expect(mainItems(bodyweight).length).toBeGreaterThan(0);
    for (const item of mainItems(bodyweight)) {
      expect(item.reps, item.slug).toBe(bySlug.get(item.slug)!.dose.reps);
      expect(item.effort).toBe('RPE 8–9 · 1–2 in reserve');
    }
    const progress = 'With bodyweight only, the main lifts keep each exercise’s own reps at the effort shown. When the top of the range feels easy, move on to the harder version its page lists.';
    expect(bodyweight.notices.map((n) => n.text)).toContain(progress);

    const dumbbells = buildPlan(input({ phase: 'build', equipment: 'dumbbells' }), exercises, rules);
    for (const item of mainItems(dumbbells)) expect(item.reps.startsWith(rules.phases.build.main.reps!), item.slug).toBe(true);
    expect(dumbbells.notices.map((n) => n.text)).not.toContain(progress);
  });

  // Before, a new lifter's bodyweight Day A warmed up with a single-leg hip bridge, then did the easier two-legged one as its main lift.
  test.each(['new', 'experienced'] as const)('with bodyweight only, a %s lifter’s main hinge works one leg at a time, and the warm-up hinge is an easier two-legged one', (experience) => {
    const dayA = buildPlan(input({ equipment: 'bodyweight', experience }), exercises, rules).sessions[0]!;
    const bySlug = new Map(exercises.map((e) => [e.slug, e]));
    const slot = (id: string) => bySlug.get(dayA.sections.flatMap((s) => s.items).find((i) => i.slotId === id)!.slug)!;
    expect(slot('a-hinge').unilateral).toBe(true);
    expect(slot('a-activation').unilateral).toBe(false);
    // With weight to load it, the main hinge is the two-legged lift the slot asks for.
    const gym = buildPlan(input({ equipment: 'dumbbells', experience }), exercises, rules).sessions[0]!;
    expect(bySlug.get(gym.sections.flatMap((s) => s.items).find((i) => i.slotId === 'a-hinge')!.slug)!.unilateral).toBe(false);
  });

  // The plan guide promises "calf and tibialis work"; both ankle slots used to be calf raises.
  test.each(Object.keys(PHASES) as Phase[])('in %s, Day B works the shins as well as the calves', (phase) => {
    const dayB = buildPlan(input({ phase }), exercises, rules).sessions.find((s) => s.id === 'b')!;
    const bySlug = new Map(exercises.map((e) => [e.slug, e]));
    const primaries = dayB.sections.flatMap((s) => s.items).flatMap((i) => bySlug.get(i.slug)!.primaryMuscles);
    expect(primaries).toContain('tibialis-anterior');
    expect(primaries).toContain('calves');
  });

  // "Nothing new" in the taper: its session keeps the exercises of the peak before it, only fewer and lighter.
  test.each(
    (Object.keys(EQUIPMENT_LEVELS) as EquipmentLevel[]).flatMap((equipment) => (Object.keys(EXPERIENCE) as Experience[]).map((experience) => [equipment, experience] as const)),
  )('with %s, %s: the taper’s main lifts are the peak’s', (equipment, experience) => {
    const mains = (phase: Phase) =>
      buildPlan(input({ phase, equipment, experience }), exercises, rules)
        .sessions.flatMap((s) => s.sections.filter((section) => section.section === 'main').flatMap((section) => section.items))
        .map((i) => i.slug);
    expect(mains('taper')).toEqual(mains('peak'));
  });

  test('with bodyweight only, the carry falls back and says so', () => {
    const bodyweight = buildPlan(input({ equipment: 'bodyweight' }), exercises, rules);
    const carry = bodyweight.sessions[0]!.sections.flatMap((s) => s.items).find((i) => i.slotId === 'a-carry')!;
    expect(carry.fallback).toMatch(/^No carry exercise fits bodyweight only, so this uses Side plank instead\.$/);
  });

  test('a swap from the alternatives replaces the exercise; an unknown one is ignored with a notice', () => {
    const item = plan.sessions[0]!.sections.find((s) => s.section === 'main')!.items[0]!;
    const alternative = item.alternatives[0]!.slug;
    const swapped = buildPlan(input({ raceDate: raceInWeeks(today, 20), swaps: { 'a-hinge': alternative } }), exercises, rules);
    const after = swapped.sessions[0]!.sections.find((s) => s.section === 'main')!.items[0]!;
    expect(after.slug).toBe(alternative);
    expect(after.alternatives.map((a) => a.slug)).toContain(item.slug);
    const ignored = buildPlan(input({ swaps: { 'a-hinge': 'box-jump' } }), exercises, rules);
    expect(ignored.notices.map((n) => n.text)).toContain('A swapped exercise does not fit its slot in this plan, so the plan’s own pick is back.');
  });
});

describe('what the plan says when a slot cannot be filled as written', () => {
  test('in recovery the carry gives way because of the phase, not the equipment', () => {
    const recovery = buildPlan(input({ phase: 'recovery', equipment: 'gym' }), exercises, rules);
    const carry = recovery.sessions[0]!.sections.flatMap((s) => s.items).find((i) => i.slotId === 'a-carry')!;
    expect(exercises.some((e) => e.pattern === 'carry' && e.phases.includes('recovery'))).toBe(false);
    expect(carry.fallback).toMatch(/^No carry exercise suits the recovery phase, so this uses Side plank instead\.$/);
  });

  test('a slot left empty is named by its day and section', () => {
    // The bundled exercises fill every slot (below), so leave one hinge: the main lift takes it.
    const fewer = exercises.filter((e) => e.pattern !== 'hinge' || e.slug === 'hip-bridge');
    const plan = buildPlan(input({ equipment: 'bodyweight', experience: 'new' }), fewer, rules);
    const warnings = plan.notices.filter((n) => n.level === 'warning').map((n) => n.text);
    expect(warnings).toContain('Day A’s warm-up and activation has no hinge exercise left that fits bodyweight only, so it does without one.');
    const dayA = plan.sessions[0]!.sections;
    expect(dayA.find((s) => s.section === 'main')!.items.map((i) => i.slotId)).toContain('a-hinge');
    expect(dayA.find((s) => s.section === 'warmup')!.items.map((i) => i.slotId)).not.toContain('a-activation');
  });
});

describe('every combination fills every slot or says why', () => {
  const combos = (Object.keys(PHASES) as Phase[]).flatMap((phase) =>
    (Object.keys(EQUIPMENT_LEVELS) as EquipmentLevel[]).flatMap((equipment) =>
      (Object.keys(EXPERIENCE) as Experience[]).map((experience) => [phase, equipment, experience] as const),
    ),
  );
  test.each(combos)('%s · %s · %s', (phase, equipment, experience) => {
    const plan = buildPlan(input({ phase, equipment, experience }), exercises, rules);
    for (const [i, session] of plan.sessions.entries()) {
      const template = rules.sessions[i === 0 ? 'a' : 'b'];
      const slots = Object.values(template).filter(Array.isArray).flat().length;
      const filled = session.sections.flatMap((s) => s.items).length;
      const warnings = plan.notices.filter((n) => n.level === 'warning').length;
      expect(filled + warnings).toBeGreaterThanOrEqual(slots);
      expect(filled).toBeGreaterThan(0);
    }
  });

  // A warning on every bodyweight plan taught runners to skim past warnings; a Nordic curl is no warm-up.
  test.each(combos)('with the bundled exercises, %s · %s · %s leaves no slot empty and warms up and cools down with nothing advanced', (phase, equipment, experience) => {
    const plan = buildPlan(input({ phase, equipment, experience }), exercises, rules);
    expect(plan.notices.filter((n) => n.level === 'warning').map((n) => n.text)).toEqual([]);
    const bySlug = new Map(exercises.map((e) => [e.slug, e]));
    // Nor is one offered as an alternative: a Nordic curl was, at warm-up effort.
    for (const session of plan.sessions) {
      for (const item of session.sections.filter((s) => s.section === 'warmup' || s.section === 'cooldown').flatMap((s) => s.items)) {
        for (const slug of [item.slug, ...item.alternatives.map((a) => a.slug)]) expect(bySlug.get(slug)!.level, slug).not.toBe('advanced');
      }
    }
  });
});

test('every distance has rules for every threshold', () => {
  for (const distance of Object.keys(DISTANCES) as Distance[]) {
    expect(rules.taperDays[distance]).toBeGreaterThan(0);
    expect(rules.recoveryDays[distance]).toBeGreaterThan(0);
  }
});

export type { CalendarDate };

describe('the site’s week start', () => {
  test.each([
    [undefined, 0],
    [0, 0],
    [6, 6],
    [5, 5],
  ] as const)('weekStart %s → every outline week starts on weekday %i', (weekStart, weekday) => {
    const plan = buildPlan(input({ raceDate: raceInWeeks(today, 12) }), exercises, rules, weekStart === undefined ? {} : { weekStart });
    expect(plan.weeks.length).toBeGreaterThan(10);
    for (const week of plan.weeks) expect((new Date(`${week.start}T00:00:00Z`).getUTCDay() + 6) % 7).toBe(weekday);
  });
});
