// @ts-check
import { defineConfig } from 'astro/config';
import { satteri } from '@astrojs/markdown-satteri';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { contentSchemas } from './src/integrations/content-schemas';
import { guideFiles } from './src/integrations/guide-files';
import { socialCards } from './src/integrations/social-cards';
import { cacheDir, outDir } from './src/lib/build-dirs';
import { withoutHeadInjectWarnings } from './src/lib/build-log';
import { cellAlign } from './src/lib/cell-align';
import { tableSection } from './src/lib/table-section';
import { INLINE_SCRIPT_HASHES } from './src/lib/inline-scripts';
import { site } from './src/site';
import { getPlanRules } from './src/data/plan-rules';

// Read here so a mistake in plan/rules.yaml stops the build before it starts,
// with its file and field, as site.yaml's does, not while some page renders.
getPlanRules();

const guides = guideFiles();

/** @param {import('@astrojs/sitemap').SitemapItem} item A guide's entry gets the day its advice last changed. */
function withLastChanged(item) {
  const slug = /^\/guides\/([^/]+)\/$/.exec(new URL(item.url).pathname)?.[1];
  const day = slug && guides.lastChanged.get(slug);
  return day ? { ...item, lastmod: day } : item;
}

export default defineConfig({
  site: site.url,
  outDir: outDir(process.env),
  cacheDir: cacheDir(process.env),
  trailingSlash: 'always',
  build: {
    // Several pages at once overlap their waits for file writes; 2 and 8 measured no different from 4 (bench/notes.md).
    concurrency: Number(process.env.CARRYOVER_BUILD_CONCURRENCY) || 4,
  },
  integrations: [
    guides,
    contentSchemas(),
    mdx(),
    socialCards(),
    // Embed cards are for iframes and say noindex; they stay out of the sitemap.
    sitemap({ filter: (page) => !new URL(page).pathname.startsWith('/embed/'), serialize: withLastChanged }),
  ],
  security: {
    // Astro hashes the scripts and styles it bundles into a <meta> policy per page; is:inline scripts add theirs.
    csp: {
      directives: ["default-src 'self'", "img-src 'self' data:", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
      // Pagefind compiles its WebAssembly search index in the browser.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"], hashes: INLINE_SCRIPT_HASHES },
    },
  },
  vite: {
    // Rolldown warns about a directive Astro adds to every MDX file; the filter says why it is noise.
    build: { rolldownOptions: { onLog: withoutHeadInjectWarnings } },
  },
  markdown: {
    // Shiki colours code with style attributes, which the content security policy forbids; guides have no code.
    syntaxHighlight: false,
    // Astro's native Markdown processor, for .md and (through the MDX integration) .mdx alike. Its plugins
    // keep it native; remark or rehype plugins would switch both to unified, about three times slower to compile.
    processor: satteri({ hastPlugins: [cellAlign, tableSection] }),
  },
});
