/**
 * The environment variables that shape a build, each read here once. astro.config.mjs hands them
 * to Astro, and everything inside the build reads Astro's resolved config or `import.meta.env`;
 * only tools outside Astro (the local server, the scripts) import this module themselves.
 */
const env = (name: string): string | undefined => process.env[name]?.trim() || undefined;

/**
 * The public origin, e.g. https://treaty.example.org; unset, the build warns (site-pipeline.ts).
 * On Netlify it defaults to the site's main address, which Netlify gives every build as URL.
 */
export const SITE_URL = env('SITE_URL') ?? (process.env['NETLIFY'] === 'true' ? env('URL') : undefined);

/** The sub-path the site lives under, "/" or e.g. "/treaty/", however many slashes it was given. */
export const BASE_PATH = `/${(env('BASE_PATH') ?? '').split('/').filter(Boolean).join('/')}/`.replace(
  '//',
  '/',
);

/** The folder the finished site is written to. */
export const OUT_DIR = env('OUT_DIR') ?? 'dist';

/** The content folder: src/content, or another corpus for tests and benchmarks. */
export const CONTENT_DIR = (env('CONTENT_DIR') ?? './src/content').replace(/\/+$/, '');

/** Astro caches loaded content; another corpus keeps its cache beside it. */
export const CACHE_DIR = env('CONTENT_DIR') ? `${CONTENT_DIR}.astro-cache` : undefined;

/** Social cards are cached between builds unless CARD_CACHE=off (the tests draw every card). */
export const CARD_CACHE = {
  enabled: env('CARD_CACHE') !== 'off',
  dir: env('CARD_CACHE_DIR') ?? 'node_modules/.cache/social-cards',
};
