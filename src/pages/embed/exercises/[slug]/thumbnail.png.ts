import type { APIRoute, GetStaticPaths } from 'astro';
import sharp from 'sharp';
import { getContent } from '../../../../data/content';
import { THUMBNAIL } from '../../../../lib/embed/embed';
import type { Exercise } from '../../../../lib/exercise';
import { muscleMapSvg } from '../../../../lib/muscle-map/svg';

export const getStaticPaths = (async () => {
  const { exercises } = await getContent();
  return exercises.map((exercise) => ({ params: { slug: exercise.slug }, props: { exercise } }));
}) satisfies GetStaticPaths;

/** The card's thumbnail for oEmbed: the muscle map as a PNG. */
export const GET: APIRoute<{ exercise: Exercise }> = async ({ props: { exercise } }) => {
  const svg = muscleMapSvg(exercise.primaryMuscles, exercise.secondaryMuscles, { background: '#fbfaf7', body: '#f1efe9', outline: '#d6d3cb', muscle: '#0a6448' }, THUMBNAIL.width, THUMBNAIL.height);
  const png = await sharp(Buffer.from(svg)).png({ compressionLevel: 9 }).toBuffer();
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
