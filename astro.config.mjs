// @ts-check
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { defineConfig } from 'astro/config';
import { paragraphAnchors } from './src/lib/paragraph-anchors.ts';

/**
 * SITE_URL: the absolute address the site is served from (used for canonical links later on).
 * BASE_PATH: the sub-path it lives under, e.g. /treaty/ (default: the domain root).
 * CONTENT_DIR: another folder of content to build instead of src/content (tests, benchmarks).
 * OUT_DIR: where `astro build` writes; scripts/build.mjs builds into a temporary folder and only
 * moves a complete, indexed site to dist/.
 */
const base = process.env.BASE_PATH || '/';
// Astro caches loaded content between builds; another corpus (CONTENT_DIR) keeps its cache beside it.
const contentDir = process.env.CONTENT_DIR;
const cacheDir = contentDir ? `${contentDir.replace(/\/+$/, '')}.astro-cache` : undefined;

export default defineConfig({
  site: process.env.SITE_URL || 'http://localhost:4321',
  base: base.endsWith('/') ? base : `${base}/`,
  trailingSlash: 'always',
  ...(cacheDir ? { cacheDir } : {}),
  outDir: process.env.OUT_DIR || './dist',
  build: { format: 'directory' },
  markdown: { processor: satteri({ hastPlugins: [paragraphAnchors] }) },
  integrations: [mdx()],
  vite: {
    // Keep every script an external file: a strict Content-Security-Policy allows no inline script.
    build: {
      assetsInlineLimit: 0,
      rolldownOptions: {
        onwarn(warning, warn) {
          // Astro's own MDX output carries a "use astro:head-inject" marker that Astro handles
          // itself; the bundler's note about it is not actionable here.
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject'))
            return;
          warn(warning);
        },
      },
    },
  },
});
