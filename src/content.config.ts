import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { articleSchema, documentSchema, provisionSchema, speakerSchema } from './lib/schemas';

/** CONTENT_DIR lets tests and the scale benchmark build another corpus with the same site. */
const base = process.env['CONTENT_DIR'] ?? './src/content';

export const collections = {
  articles: defineCollection({
    loader: glob({ pattern: '**/*.mdx', base: `${base}/articles` }),
    schema: articleSchema,
  }),
  documents: defineCollection({
    loader: glob({ pattern: '**/*.mdx', base: `${base}/documents` }),
    schema: documentSchema,
  }),
  provisions: defineCollection({
    loader: glob({ pattern: '**/*.mdx', base: `${base}/provisions` }),
    schema: provisionSchema,
  }),
  speakers: defineCollection({ loader: file(`${base}/speakers.json`), schema: speakerSchema }),
};
