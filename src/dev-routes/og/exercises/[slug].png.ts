import type { APIRoute, GetStaticPaths } from 'astro';
import { getContent } from '../../../data/content';
import { exerciseCard, socialCardResponse } from '../../../data/social-cards';
import type { Exercise } from '../../../lib/exercise';

export const getStaticPaths = (async () => {
  const { exercises } = await getContent();
  return exercises.map((exercise) => ({ params: { slug: exercise.slug }, props: { exercise } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ exercise: Exercise }> = ({ props: { exercise } }) => socialCardResponse(exerciseCard(exercise));
