/** Where the site's content and public files are (src/integrations/site.ts). */
declare module 'virtual:site/config' {
  /** The content folder, absolute. */
  export const contentDir: string;
  /** The folder of files copied into the site as they are (public/), absolute. */
  export const publicDir: string;
  /** The script that draws a social card in a worker thread (src/cards/card-worker.mjs), absolute. */
  export const cardWorker: string;
}
