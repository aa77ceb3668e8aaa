/** Where the site's content and public files are (src/integrations/site.ts). */
declare module 'virtual:site/config' {
  /** The content folder, absolute. */
  export const contentDir: string;
  /** The folder of files copied into the site as they are (public/), absolute. */
  export const publicDir: string;
  /** The script that draws a social card in a worker thread (src/cards/card-worker.mjs), absolute. */
  export const cardWorker: string;
  /** Where readers report an error (REPORT_ERRORS_URL): an https:// or mailto: address, or null. */
  export const reportErrors: string | null;
  /** A digest of the site's code (src/integrations/code-digest.ts), part of every page's cache key. */
  export const codeDigest: string;
}
