import type { PlanRules } from '../lib/plan/rules';
import { planRulesSchema } from '../schemas/plan-rules';
import { loadConfig, parseConfig } from './config-file';

/** Parses and checks rules text; `file` names it in every message. */
export function parsePlanRules(text: string, file: string): PlanRules {
  return parseConfig(text, file, planRulesSchema, 'The plan rules');
}

let cached: PlanRules | undefined;

/** The plan rules from `<content>/plan/rules.yaml` (or the bundled ones), validated, read once. */
export function getPlanRules(): PlanRules {
  cached ??= loadConfig('plan/rules.yaml', planRulesSchema, 'The plan rules');
  return cached;
}
