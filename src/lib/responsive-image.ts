/** Formats every content image is offered in, best first; the original format stays as the fallback. */
export const IMAGE_FORMATS = ['avif', 'webp'] as const;

/** Guide images never show wider than the text column (44rem), or the screen on a phone. */
export const IMAGE_SIZES = '(min-width: 60rem) 44rem, 100vw';

/**
 * Widths for `srcset`: the usual steps up to the original, never past it.
 * @example imageWidths(1000) // [480, 800, 1000]
 */
export function imageWidths(original: number): number[] {
  const steps = [480, 800, 1200, 1600].filter((width) => width < original);
  return original <= 1600 ? [...steps, original] : steps;
}
