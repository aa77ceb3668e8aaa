/** The content files the site pipeline reads once at startup (src/integrations/site-pipeline.ts). */
declare module 'virtual:site-pipeline/files' {
  import type { Entry } from './lib/entries';
  import type { Problem } from './lib/problems';
  import type { RedirectData } from './lib/schemas';

  export const redirects: Entry<RedirectData>[];
  /** The list of published URLs, or null when it could not be read (see problems). */
  export const manifest: { file: string; urls: string[] | null };
  /** The published URLs of files in public/, copied into the site as they are. */
  export const staticUrls: string[];
  export const problems: Problem[];
}
