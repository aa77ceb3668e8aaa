// @ts-check
import { readFileSync } from 'node:fs';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { defineConfig } from 'astro/config';
import { CONTENT_DIR } from './src/lib/content-dir.ts';
import { paragraphAnchors } from './src/lib/paragraph-anchors.ts';

/**
 * SITE_URL: the public origin the site is served from, e.g. https://treaty.example.org: canonical
 * links, social cards, the feed and the sitemap use it.
 * BASE_PATH: the sub-path it lives under, e.g. /treaty/ (default: the domain root).
 * CONTENT_DIR: another folder of content to build instead of src/content (tests, benchmarks).
 * OUT_DIR: where `astro build` writes; scripts/build.mjs builds into a temporary folder and only
 * moves a complete, indexed site to dist/.
 */
const rawBase = process.env.BASE_PATH || '/';
const base = rawBase.endsWith('/') ? rawBase : `${rawBase}/`;
// Astro caches loaded content between builds; another corpus (CONTENT_DIR) keeps its cache beside it.
const cacheDir = process.env.CONTENT_DIR ? `${CONTENT_DIR}.astro-cache` : undefined;

/** Old paths declared in redirects.json: their pages only redirect, so the sitemap leaves them out. */
const movedPaths = new Set(Object.keys(JSON.parse(readFileSync(`${CONTENT_DIR}/redirects.json`, 'utf8'))));

export default defineConfig({
  site: process.env.SITE_URL || 'http://localhost:4321',
  base,
  trailingSlash: 'always',
  ...(cacheDir ? { cacheDir } : {}),
  outDir: process.env.OUT_DIR || './dist',
  build: {
    format: 'directory',
    // Pages render a few at a time, so card drawing (off the main thread) uses both cores.
    concurrency: 4,
    // No inline <style>: the Content-Security-Policy (public/_headers) allows styles from files only.
    inlineStylesheets: 'never',
  },
  markdown: {
    processor: satteri({
      hastPlugins: [paragraphAnchors],
      // The article is reproduced as the source has it; <q> draws the curly quotation marks.
      features: { smartPunctuation: false },
    }),
  },
  integrations: [
    mdx(),
    sitemap({
      // Pages only: not the 404 page, nor the static pages that redirect moved URLs.
      filter: (page) => {
        const path = new URL(page).pathname.slice(base.length - 1);
        return path !== '/404/' && path !== '/404.html' && !movedPaths.has(path);
      },
    }),
  ],
  vite: {
    // Keep every script an external file: a strict Content-Security-Policy allows no inline script.
    build: {
      assetsInlineLimit: 0,
      // One small stylesheet for the whole site: one request, cached after the first page.
      cssCodeSplit: false,
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
