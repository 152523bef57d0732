import type { PlanExercise } from './plan-exercise';
import { PATTERNS, SECTIONS, type Phase, type Section } from '../vocabulary';
import { addDays, daysBetween } from './calendar-date';
import { planEvents } from './schedule';
import { chooseLiftingDays, isKeyRunDay, sessionOrder, type KeyRuns } from './lifting-days';
import { calendarNotices, catchUpNotices, chosenPhaseNotices, noSessionNotices, easeInNotices, placementNotices, taperStartNotices, unloadedNotice } from './notices';
import { raceOutline, recoveryOutline, withChosenPhase, type Week } from './outline';
import { phaseForDays } from './phase';
import type { PlanRules, Prescription, Slot } from './rules';
import { selectForSlot, selectionContext, type SelectionContext } from './select';
import type { Notice, PhaseTemplate, Plan, PlanInput, PlanItem, Session } from './types';

// Fill main lifts first so they get the first pick of the collection.
const FILL_ORDER: Section[] = ['main', 'accessory', 'warmup', 'cooldown'];
const SECTION_ORDER = Object.keys(SECTIONS) as Section[];

/** Site conventions a plan follows (from `content/site.yaml`), not choices a runner makes. */
export interface PlanSettings {
  /** Weekday the outline's weeks start on, 0 = Monday. */
  weekStart?: number;
}

/*
 * A phase with fewer sessions keeps the first of the usual days: the taper's
 * one session then falls early in the week, as its purpose asks, and on the
 * day the calendar gives it whichever phase the plan was opened in. With
 * five or more key runs the usual pair may hold one; then the free day of
 * the pair is kept instead. With two, Day A (the heavier) takes the day with
 * more time before the next key run.
 */
function usualLiftingDays(sessionsPerWeek: number, runs: KeyRuns): number[] {
  const usual = chooseLiftingDays(Math.max(2, sessionsPerWeek), runs);
  if (sessionsPerWeek >= 2) return sessionOrder(usual, runs);
  const free = usual.filter((day) => !isKeyRunDay(day, runs));
  return [...free, ...usual.filter((day) => !free.includes(day))].slice(0, sessionsPerWeek);
}

/**
 * The two-day strength template for a runner, with its timeline. Total: it
 * never throws on a runner's input; anything odd becomes a notice.
 * @example buildPlan({ today: '2026-11-25', raceDate: '2027-03-14', distance: 'half', phase: 'auto', … }, exercises, rules).phase // 'build'
 */
export function buildPlan(input: PlanInput, exercises: readonly PlanExercise[], rules: PlanRules, settings: PlanSettings = {}): Plan {
  const { raceDate, today, distance } = input;
  const chosen = input.phase !== 'auto';
  const daysToRace = raceDate === undefined ? undefined : daysBetween(today, raceDate);
  const calendarPhase = daysToRace === undefined ? undefined : phaseForDays(daysToRace, distance, rules);

  let weeks: Week[] = [];
  let lastDay: PlanInput['raceDate'];
  let taperStarts: PlanInput['raceDate'];
  if (raceDate !== undefined && daysToRace !== undefined) {
    if (daysToRace > 0) {
      weeks = raceOutline(today, raceDate, distance, rules, settings.weekStart);
      lastDay = raceDate;
      taperStarts = addDays(raceDate, -rules.taperDays[distance]);
    } else if (calendarPhase === 'recovery') {
      weeks = recoveryOutline(today, raceDate, distance, rules, settings.weekStart);
      lastDay = addDays(raceDate, rules.recoveryDays[distance]);
    }
  }

  const assemble = (phase: Phase) => {
    const templateNotices: Notice[] = [];
    const planWeeks = chosen ? withChosenPhase(weeks, phase, rules) : weeks;
    // Only the plan's own phase speaks: the other phases' notices would repeat it or describe weeks not yet here.
    const own = templateFor(phase, input, exercises, rules, templateNotices);
    const templates: Plan['templates'] = { [phase]: own };
    for (const { phase: weekPhase } of planWeeks) templates[weekPhase] ??= templateFor(weekPhase, input, exercises, rules, []);
    const plan: Plan = {
      input,
      phase,
      phaseSource: chosen ? 'chosen' : 'calendar',
      purpose: rules.phases[phase].purpose,
      sessionsPerWeek: own.sessionsPerWeek,
      liftingDays: own.liftingDays,
      notices: [],
      sessions: own.sessions,
      weeks: planWeeks,
      templates,
      deloadVolume: rules.deloadVolume,
      restDaysBeforeRace: rules.restDaysBeforeRace,
      restDaysAfterRace: rules.restDaysAfterRace[distance],
    };
    if (calendarPhase !== undefined) plan.calendarPhase = calendarPhase;
    if (lastDay !== undefined) plan.lastDay = lastDay;
    if (taperStarts !== undefined) plan.taperStarts = taperStarts;
    if (daysToRace !== undefined) {
      plan.daysToRace = daysToRace;
      plan.weeksToRace = Math.max(0, Math.floor(daysToRace / 7));
    }
    return { plan, templateNotices };
  };

  let { plan, templateNotices } = assemble(chosen ? (input.phase as Phase) : (calendarPhase ?? 'base'));
  // Today's phase by the calendar may have no session left before the taper starts; the template shown is then the taper's, the one the runner does next.
  if (!chosen && plan.phase !== 'taper' && planEvents(plan)[0]?.week.phase === 'taper') ({ plan, templateNotices } = assemble('taper'));
  const events = planEvents(plan);

  // No session is left before the race (also when the week's lifting day has passed and the next falls in the rest days), so none is given a day.
  const noSessionLeft = daysToRace !== undefined && daysToRace >= 0 && events.length === 0;
  if (noSessionLeft) for (const session of plan.sessions) delete session.weekday;
  plan.notices = [
    ...(raceDate !== undefined && daysToRace !== undefined ? calendarNotices(daysToRace, calendarPhase!, rules, raceDate, distance, !chosen, events[0]?.date) : []),
    ...easeInNotices(input.experience, plan.phase),
    ...(taperStarts !== undefined ? taperStartNotices(today, taperStarts, plan.phase, calendarPhase!, rules.taperDays[distance], events) : []),
    ...(chosen && calendarPhase !== undefined ? chosenPhaseNotices(plan.phase, calendarPhase) : []),
    ...templateNotices,
    ...(noSessionLeft ? noSessionNotices(daysToRace) : []),
    ...catchUpNotices(plan, events),
    ...placementNotices(plan, { longRun: input.longRun, quality: input.quality }),
  ];
  return plan;
}

/** One phase's two sessions for this runner, on the usual days for that phase's sessions a week. */
function templateFor(phase: Phase, input: PlanInput, exercises: readonly PlanExercise[], rules: PlanRules, notices: Notice[]): PhaseTemplate {
  const liftingDays = usualLiftingDays(rules.phases[phase].sessionsPerWeek, { longRun: input.longRun, quality: input.quality });
  const context = selectionContext(exercises, phase, input.equipment, input.experience, rules);
  // No weight makes four to six reps of a bodyweight squat heavy, so without any the main lifts keep each exercise's own reps.
  const phaseRules = context.unloaded ? { ...rules.phases[phase], main: { ...rules.phases[phase].main, reps: undefined } } : rules.phases[phase];
  if (context.unloaded) notices.push(unloadedNotice(context.equipmentLabel));
  const sessions: Session[] = (['a', 'b'] as const).map((id, i) => {
    const weekday = liftingDays[i % liftingDays.length];
    const session: Session = {
      id,
      title: `Day ${id.toUpperCase()}`,
      focus: rules.sessions[id].focus,
      sections: fillSession(id, rules.sessions[id], phaseRules, context, input.swaps, notices),
    };
    if (weekday !== undefined) session.weekday = weekday;
    return session;
  });
  return { sessionsPerWeek: phaseRules.sessionsPerWeek, volume: phaseRules.volume, liftingDays, sessions };
}


function fillSession(id: Session['id'], template: PlanRules['sessions']['a'], phaseRules: PlanRules['phases'][Phase], context: SelectionContext, swaps: PlanInput['swaps'], notices: Notice[]) {
  const used = new Set<string>();
  const filled = new Map<Section, PlanItem[]>();
  for (const section of FILL_ORDER) {
    const items: PlanItem[] = [];
    for (const slot of template[section]) {
      const item = fillSlot(id, slot, section, phaseRules[section], context, used, swaps[slot.id], notices);
      if (item) {
        used.add(item.slug);
        items.push(item);
      }
    }
    filled.set(section, items);
  }
  return SECTION_ORDER.map((section) => ({ section, items: filled.get(section)! })).filter((s) => s.items.length > 0);
}

function fillSlot(
  id: Session['id'],
  slot: Slot,
  section: Section,
  dose: Prescription,
  context: SelectionContext,
  used: ReadonlySet<string>,
  swap: string | undefined,
  notices: Notice[],
): PlanItem | undefined {
  const selection = selectForSlot(slot, section, context, used);
  if (!selection) {
    const where = `Day ${id.toUpperCase()}’s ${SECTIONS[section].toLowerCase()}`;
    notices.push({ level: 'warning', text: `${where} has no ${PATTERNS[slot.pattern].toLowerCase()} exercise left that fits ${context.equipmentLabel.toLowerCase()}, so it does without one.` });
    return undefined;
  }
  let { exercise } = selection;
  let alternatives = selection.alternatives;
  let swapped = false;
  if (swap !== undefined) {
    const chosen = alternatives.find((alternative) => alternative.slug === swap);
    if (chosen) {
      alternatives = [exercise, ...alternatives.filter((alternative) => alternative !== chosen)];
      exercise = chosen;
      swapped = true;
    } else if (swap !== exercise.slug) {
      notices.push({ level: 'warning', text: 'A swapped exercise does not fit its slot in this plan, so the plan’s own pick is back.' });
    }
  }
  const reps = dose.reps === undefined ? exercise.dose.reps : exercise.unilateral ? `${dose.reps} each side` : dose.reps;
  const item: PlanItem = {
    slotId: slot.id,
    slug: exercise.slug,
    name: exercise.name,
    sets: section === 'main' || section === 'accessory' ? dose.sets : Math.min(dose.sets, exercise.dose.sets),
    reps,
    tempo: dose.tempo,
    rest: dose.rest,
    effort: dose.rir === '—' ? `RPE ${dose.rpe}` : `RPE ${dose.rpe} · ${dose.rir} in reserve`,
    alternatives: alternatives.map(({ slug, name }) => ({ slug, name })),
  };
  if (selection.fallback) item.fallback = selection.fallback;
  if (swapped) item.swapped = true;
  return item;
}
