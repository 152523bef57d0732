import { join } from 'node:path';
import sharp from 'sharp';
import { cached, cacheFile } from '../file-cache';
import { muscleMapSvg } from '../muscle-map/svg';
import { CARD_COLOURS as C } from '../social-card/card';
import type { Muscle } from '../vocabulary';
import { THUMBNAIL } from './embed';

// The social cards' fixed light palette: an image shared elsewhere should not follow the reader's theme.
const COLOURS = { background: C.background, body: C.body, outline: C.border, muscle: C.accent };
const PNG = { compressionLevel: 9 } as const;

/**
 * An exercise card's oEmbed thumbnail, its muscle map as a PNG, kept in
 * `cacheDir` under a name made from the map and the encoder: drawing one
 * with librsvg took about 25 ms, and all 44 were a few tenths of a second
 * of a two-second rebuild of the bundled site.
 * @example await thumbnailPng(exercise, 'node_modules/.astro') // <Buffer 89 50 4e 47 …>
 */
export function thumbnailPng(exercise: { primaryMuscles: readonly Muscle[]; secondaryMuscles: readonly Muscle[] }, cacheDir: string): Promise<Buffer> {
  const svg = muscleMapSvg(exercise.primaryMuscles, exercise.secondaryMuscles, COLOURS, THUMBNAIL.width, THUMBNAIL.height);
  const file = cacheFile(join(cacheDir, 'embed-thumbnails'), { svg, png: PNG, sharp: sharp.versions });
  return cached(file, () => sharp(Buffer.from(svg)).png(PNG).toBuffer());
}
