export * from './exercise-checks';
export * from './guide-checks';
export * from './plan-checks';
export type * from './problem';
export * from './prose';
