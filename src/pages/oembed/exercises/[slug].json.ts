import type { APIRoute, GetStaticPaths } from 'astro';
import { getContent } from '../../../data/content';
import { EMBED_SIZE, iframeSnippet, THUMBNAIL } from '../../../lib/embed/embed';
import type { Exercise } from '../../../lib/exercise';
import { site } from '../../../site';

export const getStaticPaths = (async () => {
  const { exercises } = await getContent();
  return exercises.map((exercise) => ({ params: { slug: exercise.slug }, props: { exercise } }));
}) satisfies GetStaticPaths;

/** A static oEmbed 1.0 response of type `rich` for one exercise card. */
export const GET: APIRoute<{ exercise: Exercise }> = ({ props: { exercise } }) =>
  Response.json({
    version: '1.0',
    type: 'rich',
    title: exercise.name,
    provider_name: site.name,
    provider_url: site.url,
    html: iframeSnippet(site.url, exercise.slug, exercise.name, site.name),
    width: EMBED_SIZE.width,
    height: EMBED_SIZE.height,
    thumbnail_url: new URL(`/embed/exercises/${exercise.slug}/thumbnail.png`, site.url).href,
    thumbnail_width: THUMBNAIL.width,
    thumbnail_height: THUMBNAIL.height,
    cache_age: 86400,
  });
