import type { Muscle } from '../vocabulary';

/*
 * A stylised body seen from the front (x 0–100) and the back (x 110–210),
 * 190 units tall. Each muscle is one or more ellipses over the outline;
 * simple shapes keep the SVG small enough to inline on every card.
 */

export type Ellipse = readonly [cx: number, cy: number, rx: number, ry: number];

/** Both sides of the body: the shape and its mirror about the view's midline. */
const pair = (mid: number, [cx, cy, rx, ry]: Ellipse): Ellipse[] => [
  [cx, cy, rx, ry],
  [2 * mid - cx, cy, rx, ry],
];
const front = (shape: Ellipse) => pair(50, shape);
const back = (shape: Ellipse) => pair(160, shape);

/** Where each muscle sits; every muscle in the vocabulary has at least one region. */
export const MUSCLE_REGIONS: Record<Muscle, readonly Ellipse[]> = {
  shoulders: [...front([33, 33, 6, 5]), ...back([143, 33, 6, 5])],
  abs: [[50, 58, 6, 15]],
  obliques: front([39, 62, 3.5, 10]),
  'hip-flexors': front([43, 86, 4.5, 5]),
  quadriceps: front([41.5, 112, 6.5, 17]),
  adductors: front([47.5, 104, 2.5, 11]),
  'tibialis-anterior': front([41.5, 152, 3, 14]),
  feet: [...front([41.5, 177, 5.5, 3]), ...back([151.5, 177, 5.5, 3])],
  forearms: [...front([24, 77, 3.5, 11]), ...back([134, 77, 3.5, 11])],
  'upper-back': [[160, 38, 14, 8]],
  lats: back([148, 57, 5.5, 12]),
  'lower-back': [[160, 73, 6, 8]],
  'glute-med': back([147, 85, 4.5, 4]),
  glutes: back([152, 94, 8, 8]),
  hamstrings: back([151.5, 118, 6.5, 15]),
  calves: back([151.5, 147, 5, 9]),
  soleus: back([151.5, 162, 4, 5]),
};

/** The outline both views share, as rounded rectangles `[x, y, width, height, radius]` and the head. */
export const OUTLINE = (offset: number) => ({
  head: [50 + offset, 13, 9] as const,
  parts: [
    [34, 25, 32, 60, 9],
    [36, 79, 28, 17, 7],
    [24, 29, 9, 34, 4.5],
    [67, 29, 9, 34, 4.5],
    [20, 61, 8, 31, 4],
    [72, 61, 8, 31, 4],
    [35, 91, 13, 44, 6],
    [52, 91, 13, 44, 6],
    [36, 133, 11, 40, 5],
    [53, 133, 11, 40, 5],
  ].map(([x, y, w, h, r]) => [x! + offset, y!, w!, h!, r!] as const),
});

/** Which regions to draw, and how strongly, for an exercise's muscles. */
export function highlight(primary: readonly Muscle[], secondary: readonly Muscle[]): { muscle: Muscle; shapes: readonly Ellipse[]; role: 'primary' | 'secondary' }[] {
  const chosen = new Set(primary);
  return [
    ...secondary.filter((muscle) => !chosen.has(muscle)).map((muscle) => ({ muscle, shapes: MUSCLE_REGIONS[muscle], role: 'secondary' as const })),
    ...primary.map((muscle) => ({ muscle, shapes: MUSCLE_REGIONS[muscle], role: 'primary' as const })),
  ];
}
