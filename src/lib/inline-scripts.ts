import { createHash } from 'node:crypto';

/*
 * The few scripts that must run inline, before the page's bundled code. They
 * live here, as text, so the content security policy can carry their hashes:
 * Astro hashes the scripts it bundles, not `is:inline` ones.
 */

/**
 * Runs before first paint so a remembered theme never flashes the other one,
 * and marks the page as scripted so the theme toggle's place is kept for it.
 */
export const THEME_INIT = `document.documentElement.dataset.js = '';
try {
  const theme = localStorage.getItem('carryover-theme');
  if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme;
} catch {}`;

/** An embed card's theme comes from a fixed list, never from the query text itself. */
export const EMBED_THEME = `const theme = new URLSearchParams(location.search).get('theme');
if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme;`;

/** Tells the page that embeds a card how tall it is and what it shows: { type, slug, name, height }. */
export const EMBED_HEIGHT = `const report = () =>
  parent.postMessage(
    { type: 'carryover:height', slug: document.documentElement.dataset.slug, name: document.documentElement.dataset.name, height: Math.ceil(document.documentElement.getBoundingClientRect().height) },
    '*',
  );
addEventListener('load', report);
new ResizeObserver(report).observe(document.documentElement);`;

/**
 * A card address with a slug that names no exercise gets the site's 404
 * page. Inside a blogger's frame that page shrinks to one line and a link,
 * and reports its height, instead of showing the whole site in the post.
 */
export const EMBED_MISSING = `addEventListener('DOMContentLoaded', () => {
  if (!location.pathname.startsWith('/embed/') || parent === window) return;
  const note = document.createElement('p');
  note.className = 'embed-missing';
  const link = document.createElement('a');
  link.href = '/exercises/';
  link.target = '_blank';
  link.rel = 'noopener';
  link.textContent = 'Browse the exercises (opens in a new tab)';
  note.append('This exercise card could not be found. ', link);
  document.body.replaceChildren(note);
  // The note's own bottom: the page's layout keeps it at least a screen tall.
  parent.postMessage({ type: 'carryover:height', height: Math.ceil(note.getBoundingClientRect().bottom + scrollY) }, '*');
});`;

/** A CSP source for a script's exact text, e.g. `sha256-…`. */
export function scriptHash(code: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(code).digest('base64')}`;
}

/** Hashes for `security.csp.scriptDirective.hashes`. */
export const INLINE_SCRIPT_HASHES = [THEME_INIT, EMBED_THEME, EMBED_HEIGHT, EMBED_MISSING].map(scriptHash);
