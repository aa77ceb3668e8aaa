import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildCopy, readJson, removeWorkFolder, writeJson, type BuildRun } from './build-copy';

/**
 * The permalink contract cannot be switched off, and redirects cannot write outside the site or
 * over the files the build makes. Each case is refused with its file, field and fix.
 */
afterAll(removeWorkFolder);

describe('redirects and a list of URLs that cannot be right', () => {
  let run: BuildRun;
  beforeAll(() => {
    run = buildCopy('bad-redirects', (c) => {
      const page = (readJson(join(c, 'permalinks.json')).urls as string[]).find((u) =>
        u.startsWith('/documents/'),
      )!;
      writeJson(join(c, 'redirects.json'), {
        '/../../escaped/': { to: page },
        '/_astro/old/': { to: page },
        '/pagefind/old/': { to: page },
      });
      writeJson(join(c, 'permalinks.json'), { urls: [] });
    });
  }, 120_000);

  test('should refuse a redirect that leads out of the site, writing nothing there', () => {
    expect(run.status).toBe(1);
    expect(run.output).toContain(
      '"/../../escaped/" is not a site path: "." and ".." segments would lead outside the site',
    );
    expect(readdirSync(join(run.dist, '..'))).not.toContain('escaped');
    expect(existsSync(join(run.dist, '..', '..', 'escaped'))).toBe(false);
  });

  test('should refuse a redirect inside a folder the build writes', () => {
    expect(run.output).toContain('"/_astro/old/" is inside /_astro/, a folder the build writes itself');
    expect(run.output).toContain('"/pagefind/old/" is inside /pagefind/');
  });

  test('should refuse an empty list of published URLs, naming the fix', () => {
    expect(run.output).toMatch(
      /field: urls\n {2}problem: it does not list \/, \/search\/, .*\/rss\.xml.*\(it is empty\)/,
    );
    expect(run.output).toContain('fix: restore it from git (git checkout -- permalinks.json)');
  });
});

describe('a list of URLs shorter than its last commit', () => {
  test('should refuse it, unless the URLs were removed with npm run permalinks -- --remove', () => {
    let dropped = '';
    const run = buildCopy('shrunk-manifest', (c) => {
      const git = (...args: string[]) =>
        execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args], { cwd: c });
      git('init', '-q');
      git('add', '-A');
      git('commit', '-qm', 'content');
      const manifest = readJson(join(c, 'permalinks.json'));
      dropped = (manifest.urls as string[]).find((u) => u.startsWith('/documents/'))!;
      writeJson(join(c, 'permalinks.json'), {
        ...manifest,
        urls: manifest.urls.filter((u: string) => u !== dropped),
      });
    });
    expect(run.status).toBe(1);
    expect(run.output).toContain(`1 URL of the last committed list is missing from it (${dropped})`);
    expect(run.output).toContain('to take URLs out on purpose, run npm run permalinks -- --remove');
  });
});
