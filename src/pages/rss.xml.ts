import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getContent } from '../data/content';
import { escapeHtml as xml } from '../lib/html-entities';
import { tagLabel } from '../lib/tags';
import { feedTitle, site } from '../site';

/** Guides, newest first, as summaries; readers follow the link for the whole guide. */
export const GET: APIRoute = async (context) => {
  const { guides } = await getContent();
  const origin = context.site ?? new URL(site.url);
  return rss({
    title: feedTitle,
    description: site.tagline,
    site: origin,
    trailingSlash: true,
    xmlns: { dc: 'http://purl.org/dc/elements/1.1/', atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>${xml(site.locale)}</language><atom:link href="${xml(new URL('/rss.xml', origin).href)}" rel="self" type="application/rss+xml"/>`,
    items: guides.map((guide) => ({
      title: guide.data.title,
      description: guide.data.description,
      link: `/guides/${guide.id}/`,
      pubDate: guide.data.published,
      categories: guide.data.tags.map(tagLabel),
      customData: `<dc:creator>${xml(site.author)}</dc:creator>`,
    })),
  });
};
