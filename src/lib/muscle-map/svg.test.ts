import sharp from 'sharp';
import { expect, test } from 'vitest';
import { canvasFrom, over, type RawImage } from '../social-card/blend';
import { muscleMapLayers, muscleMapSvg } from './svg';

const colours = { background: '#ffffff', body: '#f1efe9', outline: '#d6d3cb', muscle: '#0a6448' };

async function pixels(svg: string): Promise<RawImage> {
  const { data, info } = await sharp(Buffer.from(svg)).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}

test('a muscle is the same layer on every map it appears on', () => {
  const [, glutesAlone] = muscleMapLayers(['glutes'], [], colours);
  expect(muscleMapLayers(['hamstrings', 'glutes'], ['calves'], colours)).toContain(glutesAlone);
  expect(muscleMapLayers([], [], colours)).toHaveLength(1);
});

test('the layers drawn in order look like the map drawn whole', async () => {
  const primary = ['glutes', 'hamstrings', 'abs'] as const;
  const secondary = ['calves', 'lower-back'] as const;
  const whole = canvasFrom(await pixels(muscleMapSvg(primary, secondary, colours)));
  const [body, ...muscles] = await Promise.all(muscleMapLayers(primary, secondary, colours).map(pixels));
  expect(muscles).toHaveLength(5);
  const drawn = canvasFrom(body!);
  for (const muscle of muscles) over(drawn, muscle, 0, 0);
  let worst = 0;
  for (let i = 0; i < whole.data.length; i++) worst = Math.max(worst, Math.abs(whole.data[i]! - drawn.data[i]!));
  // Blending apart rounds a little differently at anti-aliased edges; a missing or misplaced layer differs by far more.
  expect(worst).toBeLessThanOrEqual(3);
});
