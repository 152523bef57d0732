import { buildPlan } from '../lib/plan/build-plan';
import { calendarDateOf } from '../lib/plan/calendar-date';
import { DEFAULT_INPUT } from '../lib/plan/query';
import type { Plan } from '../lib/plan/types';
import type { EquipmentLevel, Phase } from '../lib/vocabulary';
import { site } from '../site';
import { getContent } from './content';
import { getPlanRules } from './plan-rules';

/**
 * A phase's template with the default answers and no race date, as the
 * builder shows it before a runner asks for anything. Without a race date
 * the plan needs no real today; the build date labels nothing.
 */
export async function phaseTemplate(phase: Phase, equipment: EquipmentLevel = DEFAULT_INPUT.equipment): Promise<Plan> {
  const { exercises } = await getContent();
  return buildPlan(
    { ...DEFAULT_INPUT, quality: [...DEFAULT_INPUT.quality], phase, equipment, today: calendarDateOf(new Date()), swaps: {} },
    exercises,
    getPlanRules(),
    { weekStart: site.weekStart },
  );
}
