import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { removeWorkFolder, startBuild, workPath } from './build-copy';

/**
 * A build that is interrupted, overlaps another, or cannot write stops cleanly: it says why in a
 * sentence, and leaves nothing that looks like a complete site.
 */
afterAll(removeWorkFolder);

const waitFor = async (ready: () => boolean, ms = 60_000) => {
  for (const start = Date.now(); !ready();) {
    if (Date.now() - start > ms) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
};
const leftovers = (dist: string) => readdirSync(dirname(dist));

describe('a build that cannot finish', () => {
  test('should leave no site when killed, and no lock: the next build clears what it left', async () => {
    const dist = workPath('interrupted');
    writeFileSync(join(dirname(dist), 'keep.txt'), 'not the build’s');
    const build = startBuild(dist);
    await waitFor(() => build.output().includes('generating static routes'));
    build.child.kill('SIGKILL');
    await build.done;
    expect(existsSync(dist)).toBe(false);
    const next = await startBuild(dist).done;
    expect(next.code, next.output).toBe(0);
    expect(leftovers(dist).sort()).toEqual(['dist', 'keep.txt']);
  });

  test('should refuse a second build while one runs, and let the first one finish', async () => {
    const dist = workPath('twice');
    const first = startBuild(dist);
    await waitFor(() => existsSync(`${dist}.partial`));
    const second = await startBuild(dist).done;
    expect(second.code).toBe(1);
    expect(second.output).toMatch(/Another build is writing .*dist\. Wait for it to finish/);
    const result = await first.done;
    expect(result.code, result.output).toBe(0);
    expect(leftovers(dist)).toEqual(['dist']);
  });

  test('should fail when the search index cannot be written, leaving no staging folder', async () => {
    const dist = workPath('no-pagefind');
    const result = await startBuild(dist, { PAGEFIND_BINARY_PATH: '/nonexistent/pagefind' }).done;
    expect(result.code, result.output).toBe(1);
    expect(result.output).toContain('Build failed, and no site was written.');
    expect(result.output).toContain('The search index could not be written');
    expect(leftovers(dist)).toEqual([]);
  });

  test('should name the path it cannot write to, without a stack trace', async () => {
    // sysfs takes no new files, even from root: a folder no build can write to, on any Linux.
    const result = await startBuild('/sys/treaty-site').done;
    expect(result.code).toBe(1);
    // Said before a build is spent on it.
    expect(result.output).not.toContain('generating static routes');
    expect(result.output).toMatch(
      /Could not write \/sys\/treaty-site: (permission denied|the disk is read-only)/,
    );
    expect(result.output).not.toMatch(/^\s+at /m);
  });
});
