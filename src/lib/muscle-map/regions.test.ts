import { expect, test } from 'vitest';
import { MUSCLES, type Muscle } from '../vocabulary';
import { highlight, MUSCLE_REGIONS } from './regions';

test('every muscle in the vocabulary has a region on the map', () => {
  for (const muscle of Object.keys(MUSCLES) as Muscle[]) expect(MUSCLE_REGIONS[muscle].length, muscle).toBeGreaterThan(0);
});

test('regions stay inside the two views', () => {
  for (const shapes of Object.values(MUSCLE_REGIONS)) {
    for (const [cx, cy, rx, ry] of shapes) {
      expect(cx - rx).toBeGreaterThanOrEqual(0);
      expect(cx + rx).toBeLessThanOrEqual(210);
      expect(cy + ry).toBeLessThanOrEqual(190);
    }
  }
});

test('primary muscles are drawn last, over secondary ones, and a muscle listed in both is primary', () => {
  const drawn = highlight(['glutes'], ['hamstrings', 'glutes']);
  expect(drawn.map((d) => [d.muscle, d.role])).toEqual([
    ['hamstrings', 'secondary'],
    ['glutes', 'primary'],
  ]);
});
