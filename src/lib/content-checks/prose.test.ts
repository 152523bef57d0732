import { describe, expect, test } from 'vitest';
import { exerciseProseOf, lintProse, proseOf, PROSE_RULES } from './prose';

describe('lintProse holds each rule', () => {
  test.each([
    ['repeated-words', 'Push the the floor away.'],
    ['indefinite-article', 'Take a hour off between sessions.'],
    ['equality', 'Every runner should check his form.'],
    ['filler', 'This is really simple.'],
  ] as const)('%s fires', async (rule, text) => {
    const problems = await lintProse(text);
    expect(problems.map((p) => p.rule)).toContain(rule);
  });

  test('clean prose passes', async () => {
    expect(await lintProse('Push the floor away and stand tall. Take an hour off between sessions.')).toEqual([]);
  });

  test('every held rule has a description for the README', () => {
    expect(Object.keys(PROSE_RULES)).toEqual(['repeated-words', 'indefinite-article', 'equality', 'filler']);
  });
});

describe('proseOf', () => {
  test('keeps lines and drops markup, code, components and link targets', () => {
    const source = '---\ntitle: x\n---\n## The hinge\n<Callout type="tip">Lift the the bar</Callout>\n`just code`\n[read](/guides/just-this/)';
    const prose = proseOf(source);
    expect(prose.split('\n').length).toBe(source.split('\n').length);
    expect(prose).not.toContain('just');
    expect(prose).toContain('Lift the the bar');
    expect(prose).toContain('The hinge');
  });
});

test('exercise prose is the cues, mistakes, carryover and body, on their own lines', () => {
  const source = '---\nname: "Squat"\naliases: ["air squat", "squat"]\ncues:\n  - "Sit down tall."\ncarryover: "It helps."\nphases: [base]\n---\n\nStand up.';
  const prose = exerciseProseOf(source).split('\n');
  expect(prose[2]!.trim()).toBe('');
  expect(prose[4]!.trim()).toBe('Sit down tall.');
  expect(prose[5]!.trim()).toBe('It helps.');
  expect(prose[6]!.trim()).toBe('');
  expect(prose[9]).toBe('Stand up.');
});

test('training words like "easy run" are not flagged', async () => {
  expect(await lintProse('Keep the easy runs easy and the plan simple.')).toEqual([]);
});
