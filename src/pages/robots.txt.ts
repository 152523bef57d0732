import type { APIRoute } from 'astro';
import { site } from '../site';

/*
 * Everything may be crawled. Embed cards stay crawlable so crawlers can read
 * their `noindex`; blocking them here would hide that and let links index them.
 */
export const GET: APIRoute = ({ site: origin }) => {
  const sitemap = new URL('/sitemap-index.xml', origin ?? site.url).href;
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
};
