import type { APIRoute, GetStaticPaths } from 'astro';
import { getContent } from '../../../../data/content';
import { cacheDir } from '../../../../lib/build-dirs';
import { thumbnailPng } from '../../../../lib/embed/thumbnail';
import type { Exercise } from '../../../../lib/exercise';

export const getStaticPaths = (async () => {
  const { exercises } = await getContent();
  return exercises.map((exercise) => ({ params: { slug: exercise.slug }, props: { exercise } }));
}) satisfies GetStaticPaths;

/** The card's thumbnail for oEmbed: the muscle map as a PNG, drawn once and kept while the map is unchanged. */
export const GET: APIRoute<{ exercise: Exercise }> = async ({ props: { exercise } }) => {
  const png = await thumbnailPng(exercise, cacheDir(process.env));
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
