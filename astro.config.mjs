// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { readSiteSettings } from './src/site/site-settings.ts';

const settings = readSiteSettings();

export default defineConfig({
  site: settings.SITE_URL,
  base: settings.BASE_PATH,
  trailingSlash: 'always',
  outDir: process.env.OUT_DIR || 'dist',
  // Where Astro keeps its content-layer data store between builds (benchmarks use their own).
  cacheDir: process.env.ASTRO_CACHE_DIR || './node_modules/.astro',
  // Stylesheets stay files, even small ones, so a reader's browser caches them across pages.
  // Pages rendered a few at a time.
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  // Astro's default Markdown processor (Sätteri) runs no remark plugins: select unified
  // explicitly so remark-gfm renders GFM. SmartyPants stays off: it would alter the quotes
  // of the source text.
  markdown: { processor: unified({ remarkPlugins: [remarkGfm], gfm: false, smartypants: false }) },
  // The sitemap is written after Astro, over the whole site, reused pages included
  // (scripts/emit/write-sitemap.ts).
  integrations: [mdx()],
  devToolbar: { enabled: false },
  // Pages whose fingerprint is that of the published page are not rendered again: the routes
  // leave them out (src/build-cache/page-plan.ts) and scripts/run/build.ts links them from the
  // published site.
  vite: {
    build: {
      // Scripts stay files too: the document page's script inlined was 3.4 KB in each of
      // 10,000 pages (34 MB of the output budget, see README "Output budget and hosts"), where
      // one file is fetched once and cached.
      assetsInlineLimit: 0,
      rolldownOptions: {
        // MDX modules carry Astro's own "use astro:head-inject" directive; the bundler's
        // warning about it is noise, one per document.
        onLog(level, log, handler) {
          if (level === 'warn' && log.code === 'MODULE_LEVEL_DIRECTIVE') return;
          handler(level, log);
        },
      },
    },
  },
});
