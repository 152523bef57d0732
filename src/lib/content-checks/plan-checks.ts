import type { Exercise } from '../exercise';
import type { PlanRules } from '../plan/rules';
import { selectForSlot, selectionContext } from '../plan/select';
import { EQUIPMENT_LEVELS, PHASES, SECTIONS, type EquipmentLevel, type Experience, type Phase, type Section } from '../vocabulary';
import type { ContentProblem } from './problem';

/**
 * Every slot of Day A and Day B finds an exercise, possibly through its
 * fallback, for every phase, equipment level and experience.
 */
export function checkSlots(exercises: readonly Exercise[], rules: PlanRules, file = 'content/plan/rules.yaml'): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const day of ['a', 'b'] as const) {
    for (const section of Object.keys(SECTIONS) as Section[]) {
      for (const slot of rules.sessions[day][section]) {
        for (const phase of Object.keys(PHASES) as Phase[]) {
          for (const equipment of Object.keys(EQUIPMENT_LEVELS) as EquipmentLevel[]) {
            for (const experience of Object.keys(rules.experience) as Experience[]) {
              if (!selectForSlot(slot, section, selectionContext(exercises, phase, equipment, experience, rules), new Set())) {
                problems.push({ file, field: `sessions.${day}.${section}.${slot.id}`, message: `has no candidate for ${phase} · ${equipment} · ${experience}` });
              }
            }
          }
        }
      }
    }
  }
  return problems;
}
