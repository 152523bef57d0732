import { expect, test } from 'vitest';
import type { Exercise } from '../exercise';
import { exerciseIndexFields, exerciseSummary, guideIndexFields, planIndexFields } from './index-fields';
import { searchLexicon } from './lexicon';

const rdl: Exercise = {
  slug: 'romanian-deadlift',
  name: 'Romanian deadlift',
  aliases: ['RDL', 'stiff-leg deadlift'],
  searchTerms: ['romanian dead lift'],
  pattern: 'hinge',
  primaryMuscles: ['hamstrings', 'glutes'],
  secondaryMuscles: ['lower-back', 'glutes'],
  equipment: ['barbell'],
  level: 'intermediate',
  unilateral: false,
  cues: ['a', 'b'],
  mistakes: ['c'],
  carryover: 'd',
  phases: ['base', 'build'],
  dose: { sets: 3, reps: '6–8' },
  progressions: [],
  regressions: [],
};

test('an exercise is filtered by type, pattern, equipment, phase and every muscle once, as labels', () => {
  expect(exerciseIndexFields(rdl)).toEqual({
    filters: [
      ['type', 'Exercise'],
      ['pattern', 'Hinge'],
      ['equipment', 'Barbell'],
      ['phase', 'Base'],
      ['phase', 'Build'],
      ['muscle', 'Hamstrings'],
      ['muscle', 'Glutes'],
      ['muscle', 'Lower back'],
    ],
    meta: { type: 'Exercise', description: 'Hinge · Hamstrings, Glutes · Barbell' },
    sort: {},
    text: 'Hinge. Hamstrings, Glutes, Lower back. Barbell. Intermediate.',
  });
  expect(exerciseSummary(rdl)).toBe('Hinge · Hamstrings, Glutes · Barbell');
});

test('a guide is filtered by type and tag, and sorts by the day it last changed', () => {
  const published = new Date('2026-01-12T00:00:00Z');
  const fields = guideIndexFields({ description: 'Which lifts carry over.', tags: ['exercise-selection', 'beginners'], published });
  expect(fields.filters).toEqual([
    ['type', 'Guide'],
    ['tag', 'exercise selection'],
    ['tag', 'beginners'],
  ]);
  expect(fields.meta).toEqual({ type: 'Guide', description: 'Which lifts carry over.' });
  expect(fields.sort).toEqual({ updated: '2026-01-12' });
  expect(guideIndexFields({ description: '', tags: [], published, updated: new Date('2026-03-02T00:00:00Z') }).sort).toEqual({ updated: '2026-03-02' });
});

test('a plan template is filtered by type and phase', () => {
  expect(planIndexFields('peak', 'The template.')).toEqual({
    filters: [
      ['type', 'Plan template'],
      ['phase', 'Peak (in-season)'],
    ],
    meta: { type: 'Plan template', description: 'The template.' },
    sort: {},
  });
});

test('the lexicon holds exercise names, aliases, filter labels and tags', () => {
  const lexicon = searchLexicon([rdl], ['posterior-chain']);
  for (const word of ['romanian', 'deadlift', 'stiff', 'hamstrings', 'kettlebell', 'posterior', 'chain', 'exercise']) expect(lexicon).toContain(word);
  expect(lexicon).not.toContain('rdl');
  // Search terms are spellings readers type, not words to correct them to.
  expect(lexicon).not.toContain('lift');
});
