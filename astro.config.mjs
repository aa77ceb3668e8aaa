// @ts-check
import { resolve, sep } from 'node:path';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { defineConfig } from 'astro/config';
import { PAGE_CSP } from './src/integrations/hosting.ts';
import { contentGuard } from './src/integrations/content-guard.ts';
import site from './src/integrations/site.ts';
import { BASE_PATH, CACHE_DIR, CONTENT_DIR, OUT_DIR, SITE_URL } from './src/lib/environment.ts';
import { paragraphLinks } from './src/integrations/paragraph-links.ts';

/**
 * SITE_URL, BASE_PATH, OUT_DIR and CONTENT_DIR (src/lib/environment.ts) come in here; from then on
 * every part of the build reads Astro's resolved config, and client code import.meta.env.BASE_URL.
 */
// No usage reports from any command that loads this config (npm scripts, CI, the tests).
process.env.ASTRO_TELEMETRY_DISABLED ??= '1';

export default defineConfig({
  ...(SITE_URL ? { site: SITE_URL } : {}),
  base: BASE_PATH,
  outDir: OUT_DIR,
  trailingSlash: 'always',
  ...(CACHE_DIR ? { cacheDir: CACHE_DIR } : {}),
  // Every page carries its Content-Security-Policy (with the hashes Astro computes) in a meta tag.
  security: { csp: PAGE_CSP },
  build: {
    format: 'directory',
    // Pages render a few at a time, so card drawing (off the main thread) uses both cores.
    concurrency: 4,
    // No inline <style>: the Content-Security-Policy allows styles from files only.
    inlineStylesheets: 'never',
  },
  markdown: {
    // No code on this site; Shiki's inline styles would also need an exception in the policy.
    syntaxHighlight: false,
    processor: satteri({
      mdastPlugins: [
        contentGuard(resolve(CONTENT_DIR) + sep),
        paragraphLinks(resolve(CONTENT_DIR, 'articles') + sep),
      ],
      // The article is reproduced as the source has it; <q> draws the curly quotation marks.
      features: { smartPunctuation: false },
    }),
  },
  integrations: [mdx(), site({ contentDir: CONTENT_DIR })],
  experimental: {
    // A page whose cacheKey (src/lib/page-keys.ts) and code are as in the last build is copied
    // from Astro's cache (cacheDir) instead of rendered again.
    incrementalBuild: true,
  },
  vite: {
    // Keep every script an external file: a strict Content-Security-Policy allows no inline script.
    build: {
      assetsInlineLimit: 0,
      // The search code loads on demand as one chunk; Vite's preload helper would add half a
      // kilobyte to the one script every page runs, for nothing to preload.
      modulePreload: false,
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
