// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { documentsFolder, readSiteSettings } from './src/site/site-settings.ts';
import { sitemap } from './src/open-data/sitemap-integration.ts';

const settings = readSiteSettings();

export default defineConfig({
  site: settings.SITE_URL,
  base: settings.BASE_PATH,
  trailingSlash: 'always',
  outDir: process.env.OUT_DIR || 'dist',
  // Where Astro keeps its content-layer data store between builds (benchmarks use their own).
  cacheDir: process.env.ASTRO_CACHE_DIR || './node_modules/.astro',
  // Stylesheets stay files, even small ones, so a reader's browser caches them across pages.
  // Pages rendered (or restored from the incremental cache) a few at a time: restoring is file I/O.
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  // Astro's default Markdown processor (Sätteri) runs no remark plugins: select unified
  // explicitly so remark-gfm renders GFM. SmartyPants stays off: it would alter the quotes
  // of the source text.
  markdown: { processor: unified({ remarkPlugins: [remarkGfm], gfm: false, smartypants: false }) },
  integrations: [mdx(), sitemap({ documents: documentsFolder() })],
  devToolbar: { enabled: false },
  // Pages whose cacheKey (src/build-cache/cache-keys.ts) and code are those of the last build are not
  // rendered again: Astro restores the file it wrote then.
  experimental: { incrementalBuild: true },
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
