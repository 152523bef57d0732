import { escapeHtml } from '../html-entities';

/** How an embedded card is themed; anything else a host passes means `auto`. */
export const EMBED_THEMES = ['light', 'dark', 'auto'] as const;
export type EmbedTheme = (typeof EMBED_THEMES)[number];

/** The default size of the iframe before the card reports its height. */
export const EMBED_SIZE = { width: 480, height: 560 } as const;

/** The sandbox every snippet carries: scripts for the height message, popups so the link opens. */
export const EMBED_SANDBOX = 'allow-scripts allow-popups allow-popups-to-escape-sandbox';

/** The message a card sends its parent on load and on every resize. */
export interface HeightMessage {
  type: 'carryover:height';
  slug: string;
  height: number;
}

/**
 * A theme from a query value, falling back to `auto` for anything unknown.
 * @example embedTheme('dark') // 'dark'
 * @example embedTheme('<script>') // 'auto'
 */
export function embedTheme(value: unknown): EmbedTheme {
  return EMBED_THEMES.includes(value as EmbedTheme) ? (value as EmbedTheme) : 'auto';
}

/** Whether text can be an exercise slug, before it goes into a URL. */
export function isSlug(value: unknown): value is string {
  return typeof value === 'string' && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value) && value.length <= 80;
}

/** The URL of a card, on the site at `origin`. */
export function embedUrl(origin: string, slug: string, theme: EmbedTheme = 'auto'): string {
  const url = new URL(`/embed/exercises/${slug}/`, origin);
  if (theme !== 'auto') url.searchParams.set('theme', theme);
  return url.href;
}

/** The iframe snippet a blogger pastes: works alone at a fixed height, resizes with the host script. */
export function iframeSnippet(origin: string, slug: string, name: string, siteName: string): string {
  return `<iframe src="${escapeHtml(embedUrl(origin, slug))}" title="${escapeHtml(`${name}: exercise card from ${siteName}`)}" width="${EMBED_SIZE.width}" height="${EMBED_SIZE.height}" style="border:0;max-width:100%" loading="lazy" sandbox="${EMBED_SANDBOX}" data-carryover-frame></iframe>`;
}

/** The two-line script-tag embed. */
export function scriptSnippet(origin: string, slug: string): string {
  return `<div data-carryover-exercise="${escapeHtml(slug)}"></div>\n<script src="${escapeHtml(new URL('/embed.js', origin).href)}" async></script>`;
}

/** The oEmbed thumbnail's size: the muscle map as a PNG. */
export const THUMBNAIL = { width: 420, height: 380 } as const;
