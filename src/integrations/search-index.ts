/** The Pagefind search index of a built site, written into its `pagefind/` folder. */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { builtPages } from './built-site.ts';

const UNUSED_FILE = /^pagefind-(ui|component-ui|modular-ui|highlight|worker)\.(js|css)$/;

async function indexSite(dir: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: dir });
  if (added.errors.length > 0) throw new Error(added.errors.join('\n'));
  const file = (page: string) => join(dir, page.endsWith('/') ? `${page}index.html` : page);
  const searchable = builtPages(dir).filter((page) =>
    readFileSync(file(page), 'utf8').includes('data-pagefind-body'),
  );
  // Pagefind counts every page it read; it indexes only those marked data-pagefind-body.
  if (searchable.length === 0 || added.page_count < searchable.length) {
    throw new Error(
      `Pagefind read ${added.page_count} pages, but ${searchable.length} are marked data-pagefind-body.`,
    );
  }
  const bundle = join(dir, 'pagefind');
  const written = await index.writeFiles({ outputPath: bundle });
  if (written.errors.length > 0) throw new Error(written.errors.join('\n'));
  // The site searches through its own interface (src/scripts/search), on the page rather than in
  // a worker: Pagefind's ready-made UIs, highlighter and worker script would never be loaded.
  for (const file of readdirSync(bundle)) if (UNUSED_FILE.test(file)) rmSync(join(bundle, file));
  return searchable.length;
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
