import { spawn, spawnSync } from 'node:child_process';
import { chromium, type Browser } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../../scripts/lib/bench-env.mjs';
import { freePort } from '../../scripts/lib/free-port.mjs';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/**
 * Real builds (`astro build`, as `npm run build` runs it) of a copy of the content, changed the
 * way a test needs. Each copy lives in its own temporary folder, so the project's content and
 * dist/ are never touched.
 */
export const root = resolve(import.meta.dirname, '../..');

/**
 * The environment for a child build: the test runner's own, without what Vitest adds to it for
 * its own Vite (BASE_URL, MODE, DEV, PROD, SSR), which a child Astro build would take as its own.
 */
export function childEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const vitestOwn = new Set(['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR']);
  const inherited = Object.entries(process.env).filter(([name]) => !vitestOwn.has(name));
  return { ...Object.fromEntries(inherited), ASTRO_TELEMETRY_DISABLED: '1', ...extra };
}
const work = mkdtempSync(join(tmpdir(), 'treaty-build-'));

export function removeWorkFolder() {
  rmSync(work, { recursive: true, force: true });
}

export interface BuildRun {
  status: number | null;
  output: string;
  /** The content folder of the copy. */
  content: string;
  /** Where the site was (or would have been) written. */
  dist: string;
}

export function buildCopy(
  name: string,
  change: (content: string) => void,
  env: Record<string, string> = {},
): BuildRun {
  const content = join(work, name, 'content');
  const dist = join(work, name, 'dist');
  cpSync(join(root, 'src/content'), content, { recursive: true });
  change(content);
  mkdirSync(dist, { recursive: true });
  // A good-looking site from an earlier build must not survive a failed one.
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>old</title>');
  const result = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: root,
    encoding: 'utf8',
    env: childEnv({
      CONTENT_DIR: content,
      OUT_DIR: dist,
      SITE_URL: 'https://treaty.example.org',
      FORCE_COLOR: '0',
      NO_COLOR: '1',
      ...env,
    }),
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`, content, dist };
}

/** Runs one of the project's scripts (`scripts/…`) as `npm run` would. */
export function runScript(script: string, args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [join(root, script), ...args], {
    cwd: root,
    encoding: 'utf8',
    env: childEnv(env),
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** Replaces text in a file of the copy, failing loudly when the text is not there. */
export function edit(file: string, from: string | RegExp, to: string) {
  const text = readFileSync(file, 'utf8');
  const changed = text.replace(from, to);
  if (changed === text) throw new Error(`fixture edit did not apply to ${file}`);
  writeFileSync(file, changed);
}

export const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8'));
export const writeJson = (file: string, value: unknown) =>
  writeFileSync(file, JSON.stringify(value, null, 2));

/** Serves a built copy with the server behind `npm start`, and opens a browser on it. */
export async function serve(
  dist: string,
  base = '/',
): Promise<{ origin: string; browser: Browser; close: () => Promise<void> }> {
  const port = await freePort();
  const server = spawn(process.execPath, [join(root, 'scripts/serve.mjs')], {
    cwd: root,
    stdio: 'ignore',
    env: childEnv({ OUT_DIR: dist, BASE_PATH: base, PORT: String(port) }),
  });
  const origin = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i += 1) {
    if (
      await fetch(`${origin}${base}`).then(
        () => true,
        () => false,
      )
    )
      break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const path = chromiumPath();
  const browser = await chromium.launch({ ...(path ? { executablePath: path } : {}), args: chromiumArgs });
  return {
    origin,
    browser,
    close: async () => {
      await browser.close();
      server.kill();
    },
  };
}

/** Starts a build of the project's own content in the background, writing to `dist`. */
export function startBuild(dist: string, env: Record<string, string> = {}) {
  const child = spawn(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: root,
    env: childEnv({ OUT_DIR: dist, SITE_URL: 'https://treaty.example.org', NO_COLOR: '1', ...env }),
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null; output: string }>(
    (resolve) => child.on('close', (code, signal) => resolve({ code, signal, output })),
  );
  return { child, done, output: () => output };
}

/** A folder of its own under the work folder, for a build's output. */
export function workPath(name: string): string {
  mkdirSync(join(work, name), { recursive: true });
  return join(work, name, 'dist');
}

/**
 * A copy of the project itself (its configuration, src/ and public/, with the project's
 * node_modules linked in), for builds given settings that must not touch the real one.
 */
export function projectCopy(name: string): string {
  const copy = join(work, name, 'project');
  mkdirSync(copy, { recursive: true });
  for (const entry of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'public']) {
    cpSync(join(root, entry), join(copy, entry), { recursive: true });
  }
  symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'));
  return copy;
}

/** Builds the project copy `project` with `env`, as `npm run build` would there. */
export function buildProject(project: string, env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: project,
    encoding: 'utf8',
    env: childEnv({ SITE_URL: 'https://treaty.example.org', FORCE_COLOR: '0', NO_COLOR: '1', ...env }),
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}
