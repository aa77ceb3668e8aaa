import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { CONTENT_DIR as base } from './lib/environment';

/**
 * The collections and where their files are: `.md` for prose (rendered while the content syncs
 * and cached by its digest), `.mdx` for a file that uses the site's components (compiled with
 * the pages on every build). Their schemas (src/lib/schemas.ts) are applied by
 * the content checks (src/lib/entry-checks.ts), not here: Astro stops at the first entry that does
 * not fit, and an editor should see every problem of every file in one build.
 */
export const collections = {
  articles: defineCollection({ loader: glob({ pattern: '**/*.{md,mdx}', base: `${base}/articles` }) }),
  documents: defineCollection({ loader: glob({ pattern: '**/*.{md,mdx}', base: `${base}/documents` }) }),
  provisions: defineCollection({ loader: glob({ pattern: '**/*.{md,mdx}', base: `${base}/provisions` }) }),
  timelines: defineCollection({ loader: glob({ pattern: '**/*.{md,mdx}', base: `${base}/timelines` }) }),
  speakers: defineCollection({ loader: file(`${base}/speakers.json`) }),
  documentKinds: defineCollection({ loader: file(`${base}/document-kinds.json`) }),
};
