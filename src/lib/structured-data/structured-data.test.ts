import { describe, expect, test } from 'vitest';
import type { Exercise } from '../exercise';
import { jsonLd } from './json-ld';
import { article, breadcrumbList, exerciseHowTo, exercisePlan } from './schema-org';

const publisher = { name: 'Carryover', url: 'https://carryover.example/' };

const plank: Exercise = {
  slug: 'plank',
  name: 'Plank',
  aliases: [],
  searchTerms: [],
  pattern: 'anti-extension',
  primaryMuscles: ['abs'],
  secondaryMuscles: [],
  equipment: ['bodyweight'],
  level: 'beginner',
  unilateral: false,
  cues: ['Squeeze your glutes', 'Push the floor away'],
  mistakes: [],
  carryover: 'A stiff trunk passes force from the ground.',
  phases: ['base'],
  dose: { sets: 3, reps: '30 s' },
  progressions: [],
  regressions: [],
};

describe('jsonLd', () => {
  test('nothing in the data can close the script block or open markup, and it reads back the same', () => {
    const data = { name: '</script><script>alert(1)</script>', note: 'a & b <!-- c -->', line: 'x\u2028y' };
    const text = jsonLd(data);
    expect(text).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(text)).toEqual(data);
  });
});

describe('schema.org objects', () => {
  test('a breadcrumb trail is numbered from 1', () => {
    const list = breadcrumbList([
      { name: 'Home', url: 'https://carryover.example/' },
      { name: 'Guides', url: 'https://carryover.example/guides/' },
    ]);
    expect(list['itemListElement']).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Home', item: 'https://carryover.example/' },
      { '@type': 'ListItem', position: 2, name: 'Guides', item: 'https://carryover.example/guides/' },
    ]);
  });

  test('an article without an update is modified when published', () => {
    const a = article(
      {
        title: 'T',
        description: 'D',
        url: 'https://carryover.example/guides/t/',
        image: 'https://carryover.example/og/guides/t.png',
        published: new Date('2026-03-02T00:00:00Z'),
        tags: ['posterior-chain', 'season'],
        author: 'The editors',
        locale: 'en',
        wordCount: 900,
      },
      publisher,
    );
    expect(a).toMatchObject({ '@type': 'Article', datePublished: '2026-03-02', dateModified: '2026-03-02', keywords: 'posterior chain, season', author: { name: 'The editors' } });
  });

  test('an exercise is a HowTo whose steps are its cues; bodyweight is not a tool', () => {
    const howTo = exerciseHowTo(
      plank,
      'https://carryover.example/exercises/plank/',
      'https://carryover.example/og/exercises/plank.png',
    );
    expect(howTo['step']).toEqual([
      { '@type': 'HowToStep', position: 1, name: 'Squeeze your glutes', text: 'Squeeze your glutes', url: 'https://carryover.example/exercises/plank/#cues' },
      { '@type': 'HowToStep', position: 2, name: 'Push the floor away', text: 'Push the floor away', url: 'https://carryover.example/exercises/plank/#cues' },
    ]);
    expect(howTo).not.toHaveProperty('tool');
    expect(howTo).not.toHaveProperty('yield');
    expect(howTo).not.toHaveProperty('alternateName');
  });

  test('an exercise’s other names are its alternate names, and its search spellings are not', () => {
    const named = { ...plank, aliases: ['forearm plank'], searchTerms: ['planks'] };
    expect(exerciseHowTo(named, 'https://carryover.example/exercises/plank/', 'https://carryover.example/og/exercises/plank.png')['alternateName']).toEqual(['forearm plank']);
  });

  test('a phase template is an ExercisePlan with its dose', () => {
    const plan = exercisePlan(
      {
        phase: 'taper',
        description: 'D',
        url: 'https://carryover.example/plan/taper/',
        image: 'https://carryover.example/og/plan/taper.png',
        sessionsPerWeek: 1,
        sets: 2,
        reps: '3–5',
        restPeriods: '2–3 min',
        intensity: 'RPE 6–7',
        exercises: [{ name: 'Trap-bar deadlift', url: 'https://carryover.example/exercises/trap-bar-deadlift/' }],
      },
      publisher,
    );
    expect(plan).toMatchObject({ '@type': 'ExercisePlan', name: 'Taper strength template', activityFrequency: '1 session per week', additionalVariable: '2 sets of each main lift' });
    expect(plan['repetitions']).toEqual({ '@type': 'QuantitativeValue', minValue: 3, maxValue: 5, unitText: 'repetitions per set' });
  });
});
