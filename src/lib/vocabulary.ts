/**
 * The closed vocabularies shared by content schemas, the plan engine and the
 * pages. Each list is the single place a term is defined; its `label` is the
 * word a reader sees, its key is the word in types, files and URLs.
 */

export const PATTERNS = {
  hinge: 'Hinge',
  squat: 'Squat',
  'single-leg': 'Lunge / single-leg',
  carry: 'Carry',
  'anti-rotation': 'Anti-rotation',
  'anti-extension': 'Anti-extension',
  'calf-ankle': 'Calf / ankle',
  plyometric: 'Plyometric',
  mobility: 'Mobility',
} as const;
export type Pattern = keyof typeof PATTERNS;

export const MUSCLES = {
  glutes: 'Glutes',
  'glute-med': 'Glute medius',
  hamstrings: 'Hamstrings',
  quadriceps: 'Quadriceps',
  adductors: 'Adductors',
  'hip-flexors': 'Hip flexors',
  calves: 'Calves (gastrocnemius)',
  soleus: 'Soleus',
  'tibialis-anterior': 'Tibialis anterior',
  feet: 'Feet',
  abs: 'Abdominals',
  obliques: 'Obliques',
  'lower-back': 'Lower back',
  'upper-back': 'Upper back',
  lats: 'Lats',
  shoulders: 'Shoulders',
  forearms: 'Forearms and grip',
} as const;
export type Muscle = keyof typeof MUSCLES;

export const EQUIPMENT = {
  bodyweight: 'Bodyweight',
  dumbbell: 'Dumbbell',
  kettlebell: 'Kettlebell',
  barbell: 'Barbell',
  'trap-bar': 'Trap bar',
  bench: 'Bench',
  box: 'Box or step',
  band: 'Resistance band',
  cable: 'Cable machine',
  'slant-board': 'Slant board',
} as const;
export type Equipment = keyof typeof EQUIPMENT;

export const LEVELS = {
  beginner: 'Beginner',
  intermediate: 'Intermediate',
  advanced: 'Advanced',
} as const;
export type Level = keyof typeof LEVELS;

export const PHASES = {
  base: 'Base',
  build: 'Build',
  peak: 'Peak (in-season)',
  taper: 'Taper',
  recovery: 'Recovery',
} as const;
export type Phase = keyof typeof PHASES;

/** The keys of a vocabulary as a non-empty tuple, the shape `z.enum` wants. */
export function keysOf<T extends Record<string, string>>(vocabulary: T): [keyof T & string, ...(keyof T & string)[]] {
  return Object.keys(vocabulary) as [keyof T & string, ...(keyof T & string)[]];
}
