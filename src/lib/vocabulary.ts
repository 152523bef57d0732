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
  'anti-lateral-flexion': 'Anti-lateral flexion',
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

export const DISTANCES = {
  '5k': '5K',
  '10k': '10K',
  half: 'Half marathon',
  marathon: 'Marathon',
  ultra: 'Ultra',
} as const;
export type Distance = keyof typeof DISTANCES;

/** What a runner has to lift with; each level allows a set of `EQUIPMENT`, set in the plan rules. */
export const EQUIPMENT_LEVELS = {
  bodyweight: 'Bodyweight only',
  dumbbells: 'Dumbbells or kettlebells',
  gym: 'Full gym',
} as const;
export type EquipmentLevel = keyof typeof EQUIPMENT_LEVELS;

export const EXPERIENCE = {
  new: 'New to lifting',
  experienced: 'Experienced lifter',
} as const;
export type Experience = keyof typeof EXPERIENCE;

/** The parts of a session, in the order they are done. */
export const SECTIONS = {
  warmup: 'Warm-up and activation',
  main: 'Main lifts',
  accessory: 'Accessory and stability',
  cooldown: 'Cool-down',
} as const;
export type Section = keyof typeof SECTIONS;
