/*
 * CARRYOVER_OUT_DIR and CARRYOVER_CACHE_DIR let tests and benchmarks build
 * other content side by side without sharing output or cache.
 */

/** Where the built site goes: `dist/`, or the folder CARRYOVER_OUT_DIR names. */
export function outDir(env: Record<string, string | undefined>): string {
  return env.CARRYOVER_OUT_DIR?.trim() || './dist';
}

/** Astro's cache, also home to the social cards and oEmbed thumbnails already drawn: CARRYOVER_CACHE_DIR or `node_modules/.astro`. */
export function cacheDir(env: Record<string, string | undefined>): string {
  return env.CARRYOVER_CACHE_DIR?.trim() || './node_modules/.astro';
}
