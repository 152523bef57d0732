/** The plan engine's public API: pure, framework-free, safe to ship to the browser. */
export * from './build-plan';
export * from './calendar-date';
export * from './lifting-days';
export * from './outline';
export * from './phase';
export * from './select';
export type * from './types';
export * from './ics';
export * from './schedule';
export * from './query';
export * from './render';
