import type { APIRoute, GetStaticPaths } from 'astro';
import { getContent, type GuideEntry } from '../../../data/content';
import { guideCard, socialCardResponse } from '../../../data/social-cards';

export const getStaticPaths = (async () => {
  const { guides } = await getContent();
  return guides.map((guide) => ({ params: { slug: guide.id }, props: { guide } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ guide: GuideEntry }> = async ({ props: { guide } }) =>
  socialCardResponse(guideCard(guide, (await getContent()).exerciseBySlug));
