/** The Pagefind search index of a built site, written into its `pagefind/` folder. */
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';

const UNUSED_FILE = /^pagefind-(ui|component-ui|modular-ui|highlight|worker)\.(js|css)$/;

async function indexSite(dir: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: dir });
  if (added.errors.length > 0) throw new Error(added.errors.join('\n'));
  if (added.page_count === 0) throw new Error('Pagefind found no page to index.');
  const bundle = join(dir, 'pagefind');
  const written = await index.writeFiles({ outputPath: bundle });
  if (written.errors.length > 0) throw new Error(written.errors.join('\n'));
  // The site searches through its own interface (src/scripts/search), on the page rather than in
  // a worker: Pagefind's ready-made UIs, highlighter and worker script would never be loaded.
  for (const file of readdirSync(bundle)) if (UNUSED_FILE.test(file)) rmSync(join(bundle, file));
  return added.page_count;
}

export async function writeSearchIndex(dir: string): Promise<{ pages: number; ms: number }> {
  const started = performance.now();
  try {
    const pages = await indexSite(dir);
    return { pages, ms: Math.round(performance.now() - started) };
  } catch (error) {
    throw new Error(
      `The search index could not be written to ${join(dir, 'pagefind')}: ${(error as Error).message}`,
      { cause: error },
    );
  } finally {
    await pagefind.close();
  }
}
