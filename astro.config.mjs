// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { cacheDir, outDir } from './src/lib/build-dirs';
import { site } from './src/site';

export default defineConfig({
  site: site.url,
  outDir: outDir(process.env),
  cacheDir: cacheDir(process.env),
  trailingSlash: 'always',
  integrations: [
    mdx(),
    // Embed cards are for iframes and say noindex; they stay out of the sitemap.
    sitemap({ filter: (page) => !new URL(page).pathname.startsWith('/embed/') }),
  ],
  markdown: {
    shikiConfig: { theme: 'github-light' },
  },
});
