/**
 * Finds a Chromium for Playwright: Playwright's own download if one is installed, else the
 * system's /usr/bin/chromium (or CHROMIUM_PATH). `ensureBrowser()` installs one when neither
 * exists: Debian's package when running as root on Debian, otherwise `playwright install`.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const SYSTEM_CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

/** The path of a usable Chromium, or undefined when Playwright's bundled one should be used. */
export function findBrowser() {
  if (process.env.CHROMIUM_PATH && existsSync(process.env.CHROMIUM_PATH)) {
    return { path: process.env.CHROMIUM_PATH, source: 'CHROMIUM_PATH' };
  }
  try {
    const bundled = chromium.executablePath();
    if (bundled && existsSync(bundled))
      return { path: undefined, source: `Playwright's Chromium (${bundled})` };
  } catch {
    // Playwright throws when it has no browser of its own; fall through to the system one.
  }
  const system = SYSTEM_CHROMIUM.find((path) => existsSync(path));
  return system ? { path: system, source: system } : undefined;
}

export function ensureBrowser(log = console.log) {
  const found = findBrowser();
  if (found) {
    log(`Browser: ${found.source}`);
    return found;
  }
  const isRoot = process.getuid?.() === 0;
  if (isRoot && existsSync('/etc/debian_version')) {
    log('No Chromium found: installing Debian’s chromium package (apt-get install -y chromium) …');
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  } else {
    log('No Chromium found: running `playwright install chromium` …');
    const result = spawnSync(
      process.execPath,
      ['node_modules/@playwright/test/cli.js', 'install', 'chromium'],
      {
        stdio: 'inherit',
      },
    );
    if (result.status !== 0) throw new Error('Could not install Chromium for the browser tests.');
  }
  const installed = findBrowser();
  if (!installed) throw new Error('Chromium was installed but cannot be found.');
  log(`Browser: installed ${installed.source}`);
  return installed;
}
