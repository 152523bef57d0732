import type { PlanExercise as Exercise } from './plan-exercise';
import { EQUIPMENT_LEVELS, PATTERNS, PHASES, type Equipment, type EquipmentLevel, type Experience, type Level, type Phase, type Section } from '../vocabulary';
import type { PlanRules, Slot } from './rules';

/** What selection may choose from for one session. */
export interface SelectionContext {
  exercises: readonly Exercise[];
  phase: Phase;
  equipment: ReadonlySet<Equipment>;
  /** Levels allowed for main lifts, for warm-ups and cool-downs, and for everything else. */
  levels: { main: readonly Level[]; warmup: readonly Level[]; other: readonly Level[] };
  /** What the equipment level is called, for messages. */
  equipmentLabel: string;
  /** Nothing in the equipment adds weight, so only reps and one-legged versions make a lift hard. */
  unloaded: boolean;
}

/** What selection may choose from for a runner's equipment and experience in one phase, as the rules allow. */
export function selectionContext(exercises: readonly Exercise[], phase: Phase, equipment: EquipmentLevel, experience: Experience, rules: PlanRules): SelectionContext {
  const levels = rules.experience[experience];
  return {
    exercises,
    phase,
    equipment: new Set(rules.equipmentLevels[equipment]),
    levels: { ...levels, warmup: levels.other.filter((level) => rules.warmupLevels.includes(level)) },
    equipmentLabel: EQUIPMENT_LEVELS[equipment],
    unloaded: !addsLoad(rules.equipmentLevels[equipment]),
  };
}

export interface Selection {
  exercise: Exercise;
  /** Other exercises that fit the same slot, best first. */
  alternatives: Exercise[];
  /** Set when the slot could not be filled as written, saying what was used instead. */
  fallback?: string;
}

// Main lifts favour heavier kit and the hardest level allowed; the rest, lighter and easier.
const LOAD: Partial<Record<Equipment, number>> = { barbell: 3, 'trap-bar': 3, dumbbell: 2, kettlebell: 2, cable: 2, band: 1 };
const loadOf = (exercise: Exercise) => Math.max(0, ...exercise.equipment.map((item) => LOAD[item] ?? 0));
/** Whether some of this equipment adds weight to a lift, as a bench or a box does not. */
const addsLoad = (equipment: Iterable<Equipment>) => [...equipment].some((item) => (LOAD[item] ?? 0) > 0);
const LEVEL_ORDER: Record<Level, number> = { beginner: 0, intermediate: 1, advanced: 2 };

/** How well an exercise works the slot's preferred muscles: 1 per primary match, ½ per secondary. */
function score(exercise: Exercise, prefer: readonly string[]): number {
  return prefer.reduce(
    (sum, muscle) =>
      sum + ((exercise.primaryMuscles as string[]).includes(muscle) ? 1 : (exercise.secondaryMuscles as string[]).includes(muscle) ? 0.5 : 0),
    0,
  );
}

/*
 * The share of an exercise's primary muscles that the slot asks for. Between
 * equal scores it keeps a lift that mostly trains something else (a lateral
 * lunge's adductors in a slot for the quadriceps) behind one made for the slot.
 */
const focus = (exercise: Exercise, prefer: readonly string[]) =>
  exercise.primaryMuscles.filter((muscle) => prefer.includes(muscle)).length / Math.max(1, exercise.primaryMuscles.length);

function rank(candidates: Exercise[], slot: Slot, section: Section, oneSidedFirst = false): Exercise[] {
  const main = section === 'main';
  return [...candidates].sort(
    (a, b) =>
      (oneSidedFirst ? Number(b.unilateral) - Number(a.unilateral) : 0) ||
      score(b, slot.prefer) - score(a, slot.prefer) ||
      focus(b, slot.prefer) - focus(a, slot.prefer) ||
      (main ? loadOf(b) - loadOf(a) : loadOf(a) - loadOf(b)) ||
      (main ? LEVEL_ORDER[b.level] - LEVEL_ORDER[a.level] : LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level]) ||
      a.slug.localeCompare(b.slug),
  );
}

const fits = (exercise: Exercise, equipment: ReadonlySet<Equipment>) => exercise.equipment.every((item) => equipment.has(item));

/**
 * The best exercise for a slot, and its alternatives, from those that match
 * the pattern, phase, equipment and level and are not already in the session.
 * When the equipment rules everything out, it walks down the best match's
 * regressions, then tries the slot's fallback pattern, and says so; it
 * returns undefined only when nothing at all fits.
 */
export function selectForSlot(slot: Slot, section: Section, context: SelectionContext, used: ReadonlySet<string>): Selection | undefined {
  const levels = section === 'main' ? context.levels.main : section === 'warmup' || section === 'cooldown' ? context.levels.warmup : context.levels.other;
  // Without weight, one leg at a time is what makes a main lift heavy: an unloaded main slot takes either side and ranks one-sided lifts first.
  const unloadedMain = section === 'main' && context.unloaded;
  const matches = (exercise: Exercise, pattern = slot.pattern) =>
    exercise.pattern === pattern &&
    !used.has(exercise.slug) &&
    exercise.phases.includes(context.phase) &&
    levels.includes(exercise.level) &&
    (section !== 'main' || exercise.mainLift !== false) &&
    (slot.unilateral === undefined || unloadedMain || exercise.unilateral === slot.unilateral || pattern !== slot.pattern);

  const ranked = rank(context.exercises.filter((exercise) => matches(exercise) && fits(exercise, context.equipment)), slot, section, unloadedMain);
  if (ranked.length > 0) return { exercise: ranked[0]!, alternatives: ranked.slice(1, 4) };

  const patternLabel = PATTERNS[slot.pattern].toLowerCase();
  const withoutEquipment = rank(context.exercises.filter((exercise) => matches(exercise)), slot, section);
  const bySlug = new Map(context.exercises.map((exercise) => [exercise.slug, exercise]));
  for (const ideal of withoutEquipment) {
    const regression = easierThatFits(ideal, bySlug, (easier) => fits(easier, context.equipment) && !used.has(easier.slug) && (section !== 'main' || easier.mainLift !== false));
    if (regression) {
      return {
        exercise: regression,
        alternatives: [],
        fallback: `No ${patternLabel} exercise fits ${context.equipmentLabel.toLowerCase()}, so this uses ${regression.name}, an easier version of ${ideal.name}.`,
      };
    }
  }

  if (slot.fallback) {
    const substitutes = rank(context.exercises.filter((exercise) => matches(exercise, slot.fallback) && fits(exercise, context.equipment)), slot, section);
    if (substitutes.length > 0) {
      // Say what ruled the pattern out: the equipment only when something would fit without it.
      const why =
        withoutEquipment.length > 0 ? `fits ${context.equipmentLabel.toLowerCase()}`
        : !context.exercises.some((exercise) => exercise.pattern === slot.pattern && exercise.phases.includes(context.phase)) ? `suits the ${PHASES[context.phase].toLowerCase()} phase`
        : !context.exercises.some((exercise) => exercise.pattern === slot.pattern && exercise.phases.includes(context.phase) && levels.includes(exercise.level)) ? 'suits your lifting experience'
        : 'is left for this slot';
      return {
        exercise: substitutes[0]!,
        alternatives: substitutes.slice(1, 4),
        fallback: `No ${patternLabel} exercise ${why}, so this uses ${substitutes[0]!.name} instead.`,
      };
    }
  }
  return undefined;
}

/** The nearest exercise down the regression ladder, in the same pattern, that `allowed` accepts. */
function easierThatFits(start: Exercise, bySlug: Map<string, Exercise>, allowed: (easier: Exercise) => boolean): Exercise | undefined {
  const seen = new Set([start.slug]);
  let frontier = [start];
  while (frontier.length > 0) {
    const next: Exercise[] = [];
    for (const exercise of frontier) {
      for (const slug of exercise.regressions) {
        const easier = bySlug.get(slug);
        if (!easier || seen.has(slug)) continue;
        seen.add(slug);
        // An easier version in another pattern (a stretch below a lift) would not train what the slot asks.
        if (easier.pattern === start.pattern && allowed(easier)) return easier;
        next.push(easier);
      }
    }
    frontier = next;
  }
  return undefined;
}
