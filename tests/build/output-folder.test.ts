import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildProject, childEnv, projectCopy, removeWorkFolder, root, workPath } from './build-copy';

/**
 * OUT_DIR names a folder the build replaces whole. Every setting that would replace something
 * else is refused before anything is written or removed: the builds run on a copy of the
 * project, whose files are compared before and after.
 */
afterAll(removeWorkFolder);

/** Every file of a folder with its size and time: what "untouched" means. */
const snapshot = (dir: string) =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => !f.startsWith('node_modules'))
    .sort()
    .map((f) => {
      const stat = statSync(join(dir, f));
      return `${f} ${stat.size} ${stat.mtimeMs}`;
    });

let project: string;
let before: string[];
beforeAll(() => {
  project = projectCopy('guarded');
  before = snapshot(project);
});

describe('an output folder the build must not replace', () => {
  test.each([
    ['src', 'which is inside src/'],
    ['.', 'which is the project itself'],
    ['..', 'which holds the project'],
    ['node_modules/.cache/site', 'which is inside node_modules/'],
    ['src/content/site', 'which is inside src/'],
    ['.git/site', 'which is inside .git/'],
  ])('should refuse OUT_DIR=%s before writing or removing anything', (outDir, why) => {
    const run = buildProject(project, { OUT_DIR: outDir });
    expect(run.status).toBe(1);
    expect(run.output).toMatch(new RegExp(`OUT_DIR=${outDir.replaceAll('.', '\\.')} names \\S+, ${why}`));
    expect(run.output).toContain('Nothing was written or removed. Fix: set OUT_DIR');
    expect(snapshot(project)).toEqual(before);
  });

  test('should refuse a folder inside public/ (Astro itself refuses it) and the content folder', () => {
    const inPublic = buildProject(project, { OUT_DIR: 'public/site' });
    expect(inPublic.status).toBe(1);
    expect(inPublic.output).toContain('outDir must not point to a path within the folder set as publicDir');
    const content = join(project, '..', 'content');
    cpSync(join(project, 'src/content'), content, { recursive: true });
    const inContent = buildProject(project, { CONTENT_DIR: content, OUT_DIR: join(content, 'site') });
    expect(inContent.status).toBe(1);
    expect(inContent.output).toContain('which is inside the content folder');
    expect(snapshot(project)).toEqual(before);
  });

  test('should refuse a folder that holds files other than a built site', () => {
    const other = join(project, '..', 'notes');
    mkdirSync(other);
    writeFileSync(join(other, 'thesis.txt'), 'years of work');
    const run = buildProject(project, { OUT_DIR: other });
    expect(run.status).toBe(1);
    expect(run.output).toContain('already holds files that are not a built site (thesis.txt)');
    expect(readFileSync(join(other, 'thesis.txt'), 'utf8')).toBe('years of work');
  });

  test('should build into a mount point, and into a folder on another drive', () => {
    // A drive of its own (tmpfs), mounted in a mount namespace of this test's own, which needs no
    // privilege: the three builds run inside it, then what each wrote is listed.
    const mount = join(project, '..', 'mounted');
    mkdirSync(mount);
    const build = (outDir: string) =>
      `SITE_URL=https://treaty.example.org OUT_DIR=${outDir} "${process.execPath}" "${join(root, 'node_modules/astro/bin/astro.mjs')}" build > /dev/null 2>&1 || echo "failed: ${outDir}"`;
    const script = [
      `mount -t tmpfs tmpfs "${mount}"`,
      build(mount),
      build(mount),
      build(join(mount, 'site')),
      `ls "${mount}" "${join(mount, 'site')}"`,
    ].join(' && ');
    const run = spawnSync('unshare', ['--user', '--map-root-user', '--mount', 'sh', '-c', script], {
      cwd: project,
      encoding: 'utf8',
      env: childEnv({ NO_COLOR: '1' }),
    });
    expect(run.stderr).toBe('');
    expect(run.stdout).not.toContain('failed:');
    // The site at the mount point itself, kept there between builds, and inside it.
    expect(run.stdout.split(`${join(mount, 'site')}:`)[0]).toContain('index.html');
    expect(run.stdout.split(`${join(mount, 'site')}:`)[1]).toContain('index.html');
  });

  test('should name an invalid SITE_URL or BASE_PATH', () => {
    const site = buildProject(project, { SITE_URL: 'treaty.example.org/x', OUT_DIR: workPath('bad-site') });
    expect(site.status).toBe(1);
    expect(site.output).toContain('SITE_URL is "treaty.example.org/x", which is not a site\'s origin');
    const base = buildProject(project, { BASE_PATH: '/a"><script>/', OUT_DIR: workPath('bad-base') });
    expect(base.status).toBe(1);
    expect(base.output).toContain('BASE_PATH is "/a"><script>/"');
  });
});
