import type { Pattern } from './vocabulary';

/*
 * One line drawing per movement pattern, on a 24-unit grid with the same
 * round 2-unit stroke. Pages draw them in currentColor; social cards draw
 * them in a fixed colour.
 */
const ICONS: Record<Pattern, { head?: readonly [number, number]; d: string }> = {
  hinge: { head: [5.5, 6.5], d: 'M14 11 7.5 8.5M14 11l1 5-1 5M8.5 9.5 9 15M6 15h6' },
  squat: { head: [12, 4], d: 'M12 6.5 11 12l5 2-1 6M12 8.5l5 .5' },
  'single-leg': { head: [12, 4], d: 'M12 6.5V12m0 0 5 2v6m-5-6-3 6H4' },
  carry: { head: [12, 4], d: 'M12 6.5V14m0 0-2 7m2-7 2 7M12 8l-4 5m4-5 4 5M6 13h4v4H6zm8 0h4v4h-4z' },
  'anti-rotation': { head: [8, 4], d: 'M8 6.5V20m0-9h11m-3-3 3 3-3 3' },
  'anti-extension': { head: [4, 11], d: 'm6.5 12 13.5 4M7 13v4h3M2 20h20' },
  // A side plank on one forearm, with the pull of gravity it resists.
  'anti-lateral-flexion': { head: [4, 8], d: 'M6 10l14 8M6.5 11v6M2 20h20M14 6v5m-2-2 2 2 2-2' },
  'calf-ankle': { d: 'M9 3l1 11 3 5 6 1M3 21h18M16 10V4m-2 2 2-2 2 2' },
  plyometric: { head: [12, 4], d: 'M12 6.5V13m0 0-3 3 2 3m1-6 3 3-2 3M12 8 8 5m4 3 4-3M4 22h4m2 0h4m2 0h4' },
  mobility: { d: 'M19 12a7 7 0 1 1-2.05-4.95M19 4v4h-4' },
};

/** The shapes inside a pattern's 24×24 icon, for an `<svg>` that sets the stroke. */
export function patternIconShapes(pattern: Pattern): string {
  const icon = ICONS[pattern];
  return `${icon.head ? `<circle cx="${icon.head[0]}" cy="${icon.head[1]}" r="2"/>` : ''}<path d="${icon.d}"/>`;
}
