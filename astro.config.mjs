// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { site } from './src/site';

/*
 * CARRYOVER_OUT_DIR and CARRYOVER_CACHE_DIR let tests and benchmarks build
 * other content side by side without sharing output or cache.
 */
const outDir = process.env.CARRYOVER_OUT_DIR || './dist';
const cacheDir = process.env.CARRYOVER_CACHE_DIR || './node_modules/.astro';

export default defineConfig({
  site: site.url,
  outDir,
  cacheDir,
  trailingSlash: 'always',
  integrations: [mdx()],
  markdown: {
    shikiConfig: { theme: 'github-light' },
  },
});
