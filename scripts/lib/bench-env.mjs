/** What the benchmark scripts share: a fresh build, a local static server and a Chromium. */
import { spawn, spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { findBrowser } from '../browser.mjs';

export const root = resolve(import.meta.dirname, '../..');

/** Builds the site into `dir` for a server on `port`, as `npm run build` does. */
export function buildSite({ port, dir = 'dist', env = {} }) {
  const build = spawnSync(process.execPath, [resolve(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, OUT_DIR: dir, SITE_URL: `http://127.0.0.1:${port}`, ...env },
  });
  if (build.status !== 0) process.exit(1);
}

/** Serves `dir` on `port` with the server behind `npm start`. */
export async function startServer({ port, dir = 'dist' }) {
  const server = spawn(process.execPath, [resolve(root, 'scripts/serve.mjs')], {
    cwd: root,
    stdio: 'ignore',
    env: { ...process.env, OUT_DIR: dir, PORT: String(port) },
  });
  for (let i = 0; i < 50; i += 1) {
    const up = await fetch(`http://127.0.0.1:${port}/`).then(
      () => true,
      () => false,
    );
    if (up) return server;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the static server did not start');
}

export const chromiumPath = () => findBrowser()?.path;
export const chromiumArgs = [
  ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
  '--disable-background-networking',
];

export function launchBrowser() {
  const path = chromiumPath();
  return chromium.launch({ ...(path ? { executablePath: path } : {}), args: chromiumArgs });
}

export const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
