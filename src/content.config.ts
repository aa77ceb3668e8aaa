import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { CONTENT_DIR as base } from './lib/environment';
import { articleSchema, documentSchema, provisionSchema, speakerSchema } from './lib/schemas';

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
