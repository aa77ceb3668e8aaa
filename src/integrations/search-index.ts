/**
 * The Pagefind search index of a built site, written into its `pagefind/` folder. Pagefind works
 * in a process of its own, so the build starts it first and checks the published words while it
 * reads the pages: on two cores the index costs little more than the check alone.
 */
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';

const UNUSED_FILE = /^pagefind-(ui|component-ui|modular-ui|highlight|worker)\.(js|css)$/;

export interface SearchIndexRun {
  /** Waits for Pagefind, writes the index and says how many pages it holds. */
  finish(): Promise<{ pages: number; ms: number }>;
}

const failed = (dir: string, error: unknown) =>
  new Error(
    `The search index could not be written to ${join(dir, 'pagefind')}: ${(error as Error).message}`,
    {
      cause: error,
    },
  );

/** Starts indexing `dir` and returns as soon as Pagefind has the pages to read. */
export async function startSearchIndex(dir: string): Promise<SearchIndexRun> {
  const started = performance.now();
  const { index, errors } = await pagefind.createIndex({}).catch((error: unknown) => ({
    index: undefined,
    errors: [error instanceof Error ? error.message : String(error)],
  }));
  if (!index) {
    await pagefind.close().catch(() => undefined);
    throw failed(dir, new Error(`Pagefind could not start: ${errors.join('; ')}`));
  }
  const adding = index.addDirectory({ path: dir });
  // Settled here so that a failure is reported by finish(), not as an unhandled rejection.
  const added = adding.then(
    (value) => ({ value, error: undefined }),
    (error: unknown) => ({ value: undefined, error }),
  );
  return {
    async finish() {
      try {
        const { value, error } = await added;
        if (error || !value) throw error ?? new Error('Pagefind did not answer.');
        if (value.errors.length > 0) throw new Error(value.errors.join('\n'));
        if (value.page_count === 0) throw new Error('Pagefind found no page to index.');
        const bundle = join(dir, 'pagefind');
        const written = await index.writeFiles({ outputPath: bundle });
        if (written.errors.length > 0) throw new Error(written.errors.join('\n'));
        // The site searches through its own interface (src/scripts/search), on the page rather
        // than in a worker: Pagefind's ready-made UIs, highlighter and worker are never loaded.
        for (const file of readdirSync(bundle)) if (UNUSED_FILE.test(file)) rmSync(join(bundle, file));
        return { pages: value.page_count, ms: Math.round(performance.now() - started) };
      } catch (error) {
        throw failed(dir, error);
      } finally {
        await pagefind.close();
      }
    },
  };
}
