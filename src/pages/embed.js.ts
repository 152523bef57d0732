import type { APIRoute } from 'astro';
import { site } from '../site';
import host from '../embed/host.js?raw';

/**
 * The host script bloggers load: plain ES5 in `src/embed/host.js`, served as
 * written with the site's name put in as a JSON string (it titles the iframes).
 */
export const GET: APIRoute = () =>
  new Response(host.replace('"__SITE_NAME__"', JSON.stringify(site.name)), { headers: { 'content-type': 'text/javascript; charset=utf-8' } });
