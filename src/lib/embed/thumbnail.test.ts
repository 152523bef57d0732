import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, expect, test } from 'vitest';
import { THUMBNAIL } from './embed';
import { thumbnailPng } from './thumbnail';

const cacheDir = mkdtempSync(join(tmpdir(), 'carryover-thumbnails-'));
afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));
const kept = () => readdirSync(join(cacheDir, 'embed-thumbnails')).filter((name) => name.endsWith('.png'));

test('a thumbnail is a PNG of the oEmbed size, drawn once per muscle map and then read from the cache', async () => {
  const squat = { primaryMuscles: ['quadriceps', 'glutes'], secondaryMuscles: ['adductors'] } as const;
  const png = await thumbnailPng(squat, cacheDir);
  const { format, width, height } = await sharp(png).metadata();
  expect({ format, width, height }).toEqual({ format: 'png', ...THUMBNAIL });
  expect(kept()).toHaveLength(1);

  // A second build reads the kept file rather than drawing again: what it returns is whatever the file holds.
  const marker = Buffer.from('kept');
  writeFileSync(join(cacheDir, 'embed-thumbnails', kept()[0]!), marker);
  expect(await thumbnailPng(squat, cacheDir)).toEqual(marker);

  // Another map is another file.
  const calfRaise = await thumbnailPng({ primaryMuscles: ['calves'], secondaryMuscles: [] }, cacheDir);
  expect(kept()).toHaveLength(2);
  expect(calfRaise.equals(png)).toBe(false);
});
