import type { Distance, Phase } from '../vocabulary';
import type { PlanRules } from './rules';

type PhaseRules = Pick<PlanRules, 'taperDays' | 'peakWeeks' | 'buildWeeks' | 'recoveryDays'>;

/**
 * The phase of the season by the calendar, from the days left to the race
 * (negative once it is past).
 * @example phaseForDays(70, 'half', rules) // 'peak' with the default rules
 */
export function phaseForDays(daysToRace: number, distance: Distance, rules: PhaseRules): Phase {
  if (daysToRace < 0) return -daysToRace <= rules.recoveryDays[distance] ? 'recovery' : 'base';
  const taper = rules.taperDays[distance];
  if (daysToRace <= taper) return 'taper';
  const peakEnd = taper + 7 * rules.peakWeeks[distance];
  if (daysToRace <= peakEnd) return 'peak';
  if (daysToRace <= peakEnd + 7 * rules.buildWeeks[distance]) return 'build';
  return 'base';
}
