/*
 * The plan rules' types, re-exported so the engine never imports a schema
 * library: the island ships only what it runs.
 */
export type { PlanRules, Prescription, Slot } from '../../schemas/plan-rules';
