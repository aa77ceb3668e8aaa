import { spawn, spawnSync } from 'node:child_process';
import { chromium, type Browser } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../../scripts/lib/bench-env.mjs';
import { freePort } from '../../scripts/lib/free-port.mjs';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/**
 * Real builds (`astro build`, as `npm run build` runs it) of a copy of the content, changed the
 * way a test needs. Each copy lives in its own temporary folder, so the project's content and
 * dist/ are never touched.
 */
export const root = resolve(import.meta.dirname, '../..');
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
    env: {
      ...process.env,
      CONTENT_DIR: content,
      OUT_DIR: dist,
      SITE_URL: 'https://treaty.example.org',
      ASTRO_TELEMETRY_DISABLED: '1',
      FORCE_COLOR: '0',
      NO_COLOR: '1',
      ...env,
    },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`, content, dist };
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
    env: { ...process.env, OUT_DIR: dist, BASE_PATH: base, PORT: String(port) },
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
