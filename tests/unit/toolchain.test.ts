import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

/**
 * Node.js is pinned once, as the exact `node` dependency every script runs on. Whether that pin
 * installs on every platform is a question for the registry: `npm run check:toolchain` asks it.
 */
const root = resolve(import.meta.dirname, '../..');
const lock = JSON.parse(readFileSync(resolve(root, 'package-lock.json'), 'utf8'));
const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8'));
const pinned: string = lock.packages['node_modules/node'].version;

describe('the pinned Node.js', () => {
  test('should be pinned exactly, and be the Node.js the scripts run on', () => {
    expect(pkg.dependencies.node).toBe(pinned);
    expect(process.version).toBe(`v${pinned}`);
  });

  test('should be a long-term-support release', () => {
    expect(process.release.lts, `Node.js ${pinned} is not an LTS release`).toBeTruthy();
  });

  test('should pin Astro and its MDX integration exactly, so an install never floats past the pinned Node.js', () => {
    for (const name of ['astro', '@astrojs/mdx']) {
      expect(pkg.dependencies[name], name).toBe(lock.packages[`node_modules/${name}`].version);
    }
  });
});
