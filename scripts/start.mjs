#!/usr/bin/env node
/** `npm start`: build the site, then serve dist/ on localhost like a static host would. */
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const run = (args) =>
  spawnSync(process.execPath, args, {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });

const build = run([join(root, 'scripts/build.mjs')]);
if (build.status !== 0) process.exit(build.status ?? 1);
const port = process.env.PORT || '4321';
const serve = run([join(root, 'scripts/serve.mjs'), '--dir', 'dist', '--port', port]);
process.exit(serve.status ?? 0);
