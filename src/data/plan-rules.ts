import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parse } from 'yaml';
import { contentDir } from '../lib/content-dir';
import type { PlanRules } from '../lib/plan/rules';
import { planRulesSchema } from '../schemas/plan-rules';

/** Thrown when the plan rules file is unreadable or breaks its schema; the build stops with its message. */
export class PlanRulesError extends Error {
  override name = 'PlanRulesError';
}

/**
 * The plan rules from `<content>/plan/rules.yaml`, validated. A content folder
 * without its own rules (a benchmark's, a fixture's) uses the bundled ones.
 */
export function rulesPath(env: Record<string, string | undefined> = process.env, root = process.cwd()): string {
  const own = resolve(root, contentDir(env), 'plan/rules.yaml');
  return existsSync(own) ? own : resolve(root, 'content/plan/rules.yaml');
}

/** Parses and checks rules text; `file` names it in every message. */
export function parsePlanRules(text: string, file: string): PlanRules {
  let data: unknown;
  try {
    data = parse(text);
  } catch (error) {
    throw new PlanRulesError(`${file} is not valid YAML: ${(error as Error).message}`);
  }
  const result = planRulesSchema.safeParse(data);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `${file} → ${issue.path.join('.') || '(top level)'}: ${issue.message}`);
    throw new PlanRulesError(`The plan rules do not match their schema:\n${lines.join('\n')}`);
  }
  return result.data;
}

let cached: PlanRules | undefined;

/** The plan rules for this build, read once. */
export function getPlanRules(): PlanRules {
  if (!cached) {
    const path = rulesPath();
    cached = parsePlanRules(readFileSync(path, 'utf8'), relative(process.cwd(), path) || join('content', 'plan', 'rules.yaml'));
  }
  return cached;
}
