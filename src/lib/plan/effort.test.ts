import { expect, test } from 'vitest';
import { rirMismatch } from './effort';

test.each([
  ['7–8', '2–3'],
  ['8–9', '1–2'],
  ['8', '2'],
  ['7', '3'],
  ['6', '4'],
  ['6', '4+'],
  ['5', '4+'],
  ['4–5', '4+'],
  ['2–3', '—'],
])('RPE %s leaves %s reps in reserve', (rpe, rir) => {
  expect(rirMismatch(rpe, rir)).toBeUndefined();
});

test.each([
  ['7', '2–3', '3'],
  ['7–8', '2', '2–3'],
  ['6', '3–4', '4+'],
  ['9', '2', '1'],
])('RPE %s does not leave %s reps in reserve but %s', (rpe, rir, expected) => {
  expect(rirMismatch(rpe, rir)).toBe(expected);
});
