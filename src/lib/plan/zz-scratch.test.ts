import { test } from 'vitest';
import { bundledExercises, bundledRules } from '../../../test/helpers/content';
import { EQUIPMENT_LEVELS, EXPERIENCE } from '../vocabulary';
import { buildPlan } from './build-plan';
import { parseCalendarDate } from './calendar-date';
import { DEFAULT_INPUT } from './query';
const rules = bundledRules();
const exercises = bundledExercises();
const today = parseCalendarDate('2026-11-25')!;
test('dump', () => {
  const out: string[] = [];
  for (const experience of Object.keys(EXPERIENCE)) for (const equipment of Object.keys(EQUIPMENT_LEVELS)) for (const phase of ['base','build','peak','taper','recovery']) {
    const plan = buildPlan({ ...DEFAULT_INPUT, quality: [1, 3], today, swaps: {}, experience, equipment, phase } as any, exercises, rules);
    const s = plan.sessions.map((x: any) => x.id + ': ' + x.sections.map((sec: any) => sec.section + '=' + sec.items.map((i: any) => `${i.slug}(${i.sets}x${i.reps})`).join(',')).join(' | ')).join('\n   ');
    out.push(`${experience} ${equipment} ${phase}\n   ${s}\n   notices: ${plan.notices.filter((n: any) => n.level === 'warning').map((n: any) => n.text).join(' / ')}`);
  }
  console.log(out.join('\n'));
});
