/**
 * The permalink contract around a build: what the list of published URLs (permalinks.json) says
 * before the build, and whether the files the build wrote keep every URL in it.
 */
import { spawnSync } from 'node:child_process';
import { basename, dirname, join } from 'node:path';
import {
  droppedUrls,
  MANIFEST_FILE,
  readManifest,
  unlistedFixedUrls,
  vanishedUrls,
} from '../lib/permalink-contract.ts';
import {
  ABOUT_PATH,
  CORRECTIONS_PATH,
  FEED_PATH,
  HOME_PATH,
  SEARCH_PATH,
  SEARCH_WORDS_PATH,
} from '../lib/permalinks.ts';
import type { Problem } from '../lib/problems.ts';
import { publishedUrls } from './built-site.ts';

/**
 * The URLs every build publishes, whatever the content: home, search, about, corrections, the feed
 * and the files of public/.
 */
export function fixedUrls(publicDir: string): string[] {
  return [
    HOME_PATH,
    SEARCH_PATH,
    ABOUT_PATH,
    CORRECTIONS_PATH,
    FEED_PATH,
    SEARCH_WORDS_PATH,
    ...publishedUrls(publicDir),
  ];
}

/** The list as it stands in git's last commit, when the content folder is in a git work tree. */
function committedManifest(file: string) {
  const git = (args: string[]) =>
    spawnSync('git', args, { cwd: dirname(file), encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  const shown = git(['show', `HEAD:./${basename(file)}`]);
  if (shown.status !== 0 || !shown.stdout) return undefined;
  try {
    const json = JSON.parse(shown.stdout) as { urls?: unknown; removed?: unknown };
    const list = (value: unknown) => (Array.isArray(value) ? value.filter((v) => typeof v === 'string') : []);
    return { urls: list(json.urls), removed: list(json.removed) };
  } catch {
    return undefined;
  }
}

/**
 * Reads permalinks.json for the build: its URLs, and every way it could switch the contract off
 * (missing, malformed, without the URLs every build has, or shorter than its last commit).
 */
export function readPublishedUrls(contentDir: string, publicDir: string) {
  const file = join(contentDir, MANIFEST_FILE);
  const manifest = readManifest(file);
  if (!manifest.urls) return { file, urls: undefined, problems: manifest.problems };
  const committed = committedManifest(file);
  const problems: Problem[] = [
    ...unlistedFixedUrls(file, manifest.urls, fixedUrls(publicDir)),
    ...(committed ? droppedUrls(file, manifest, committed) : []),
  ];
  return { file, urls: manifest.urls, problems };
}

/** The files the build wrote must keep every URL the site has published. */
export function checkWrittenUrls(contentDir: string, outDir: string): Problem[] {
  const file = join(contentDir, MANIFEST_FILE);
  const manifest = readManifest(file);
  return manifest.urls ? vanishedUrls(file, manifest.urls, publishedUrls(outDir)) : manifest.problems;
}
