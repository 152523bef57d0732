import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, test } from 'vitest';
import type { Exercise } from '../lib/exercise';
import ExerciseSummary from './ExerciseSummary.astro';
import TableOfContents from './TableOfContents.astro';

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

const render = async (component: Parameters<AstroContainer['renderToString']>[0], props: Record<string, unknown>) =>
  parseHTML(`<body>${await container.renderToString(component, { props })}</body>`).document;

describe('TableOfContents', () => {
  const heading = (depth: number, text: string) => ({ depth, text, slug: text.toLowerCase().replace(/\s+/g, '-') });

  test('lists level 2 and 3 headings, nesting the 3s, and leaves out deeper ones', async () => {
    const document = await render(TableOfContents, {
      headings: [heading(2, 'Start here'), heading(3, 'The detail'), heading(4, 'Too deep'), heading(2, 'Next')],
    });
    const items = [...document.querySelectorAll('nav.wide li')];
    expect(items.map((li) => li.textContent)).toEqual(['Start here', 'The detail', 'Next']);
    expect(items.map((li) => li.className)).toEqual(['depth-2', 'depth-3', 'depth-2']);
    expect(items[1]!.querySelector('a')!.getAttribute('href')).toBe('#the-detail');
    // The folded copy for narrow screens lists the same headings, inside its own named navigation.
    const folded = document.querySelector('details.narrow')!;
    expect(folded.querySelector('summary')!.textContent).toBe('On this page');
    expect([...folded.querySelectorAll('nav[aria-label="On this page"] li')].map((li) => li.outerHTML)).toEqual(items.map((li) => li.outerHTML));
  });

  test('renders nothing for a page with one heading', async () => {
    const document = await render(TableOfContents, { headings: [heading(2, 'Only')] });
    expect(document.querySelector('nav, details')).toBeNull();
  });
});

describe('ExerciseSummary', () => {
  const exercise: Exercise = {
    slug: 'split-squat',
    name: 'Split squat',
    aliases: [],
    searchTerms: [],
    pattern: 'single-leg',
    primaryMuscles: ['quadriceps', 'glutes'],
    secondaryMuscles: [],
    equipment: ['bodyweight'],
    level: 'beginner',
    unilateral: true,
    cues: ['First cue.', 'Second cue.', 'Third cue.'],
    mistakes: ['A mistake.'],
    carryover: 'Why.',
    phases: ['base'],
    dose: { sets: 3, reps: '8 each side' },
    progressions: [],
    regressions: [],
  };

  test('names, links and doses the exercise in reader words', async () => {
    const document = await render(ExerciseSummary, { exercise });
    expect(document.querySelector('h3 a')!.getAttribute('href')).toBe('/exercises/split-squat/');
    expect(document.querySelector('.meta')!.textContent!.trim()).toBe('Lunge / single-leg · Quadriceps, Glutes');
    expect(document.querySelector('.meta svg')!.getAttribute('aria-hidden')).toBe('true');
    expect(document.querySelector('.dose')!.textContent).toContain('3 × 8 each side');
  });

  test('shows as many cues as asked, at the heading level asked', async () => {
    const document = await render(ExerciseSummary, { exercise, cues: 1, headingLevel: 2 });
    expect(document.querySelectorAll('.cues li').length).toBe(1);
    expect(document.querySelector('h2')).not.toBeNull();
  });
});

describe('MuscleMap', () => {
  test('names primary and secondary muscles for screen readers and in a visible caption', async () => {
    const { default: MuscleMap } = await import('./MuscleMap.astro');
    const document = await render(MuscleMap, { primary: ['hamstrings', 'glutes'], secondary: ['lower-back', 'glutes'] });
    expect(document.querySelector('svg')!.getAttribute('role')).toBe('img');
    expect(document.querySelector('svg')!.getAttribute('aria-label')).toBe('Muscles worked. Primary: hamstrings, glutes. Secondary: lower back.');
    expect(document.querySelector('figcaption')!.textContent).toBe('Primary: hamstrings, glutesSecondary: lower back');
    expect(document.querySelectorAll('g.primary ellipse').length).toBe(4);
    expect(document.querySelectorAll('g.secondary ellipse').length).toBe(1);
  });
});
