#!/usr/bin/env node
/**
 * `npm test`: every check the project has, in order, ending with one line "N passed, N failed".
 *   1. astro check, ESLint, Prettier            (each counts as one check)
 *   2. unit and build tests (Vitest)            (each test counts)
 *   3. the site built at the root and under /treaty/ (each build counts as one check)
 *   4. end-to-end tests in Chromium (Playwright), against both builds (each test counts)
 * It finds a Chromium (or installs one, saying so) before the browser tests, and serves each build
 * on a free port.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ensureBrowser } from './browser.mjs';
import { e2eSites } from './lib/e2e-servers.mjs';
import { freePort } from './lib/free-port.mjs';

const root = resolve(import.meta.dirname, '..');
const results = join(root, 'test-results');
// Cards are drawn afresh (no cache), so the byte-identical-cards test compares two real drawings.
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', CARD_CACHE: 'off' };
const tally = { passed: 0, failed: 0 };
const failures = [];

function run(label, args, extraEnv = {}) {
  console.log(`\n▶ ${label}`);
  const result = spawnSync(process.execPath, args, {
    cwd: root,
    stdio: 'inherit',
    env: { ...env, ...extraEnv },
  });
  return result.status === 0;
}

function check(label, args, extraEnv) {
  const ok = run(label, args, extraEnv);
  tally[ok ? 'passed' : 'failed'] += 1;
  if (!ok) failures.push(label);
  return ok;
}

function countFrom(label, file, read) {
  if (!existsSync(file)) {
    tally.failed += 1;
    failures.push(`${label} (no report: the runner did not finish)`);
    return;
  }
  const { passed, failed } = read(JSON.parse(readFileSync(file, 'utf8')));
  tally.passed += passed;
  tally.failed += failed;
  if (failed > 0) failures.push(`${label}: ${failed} failed`);
}

const bin = (pkg, path) => join(root, 'node_modules', pkg, path);
rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });

check('astro check', [bin('astro', 'bin/astro.mjs'), 'check', '--minimumFailingSeverity', 'warning']);
check('eslint', [bin('eslint', 'bin/eslint.js'), '.', '--max-warnings=0']);
check('prettier --check', [bin('prettier', 'bin/prettier.cjs'), '--check', '.']);

const unitReport = join(results, 'unit.json');
run('unit and build tests (vitest)', [
  bin('vitest', 'vitest.mjs'),
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${unitReport}`,
]);
countFrom('vitest', unitReport, (r) => ({
  passed: r.numPassedTests,
  failed: r.numFailedTests + (r.success ? 0 : r.numFailedTestSuites),
}));

const ports = [await freePort(), await freePort()];
env.E2E_PORTS = ports.join(',');
const built = e2eSites(ports).map((site) =>
  check(`build (site at ${site.base}, for ${site.siteUrl})`, [bin('astro', 'bin/astro.mjs'), 'build'], {
    OUT_DIR: site.dir,
    BASE_PATH: site.base,
    SITE_URL: site.siteUrl,
  }),
);

if (built.every(Boolean)) {
  console.log('\n▶ browser');
  ensureBrowser();
  const e2eReport = join(results, 'e2e.json');
  run('end-to-end tests (playwright, chromium)', [bin('@playwright/test', 'cli.js'), 'test']);
  countFrom('playwright', e2eReport, (r) => ({
    passed: r.stats.expected + r.stats.flaky,
    failed: r.stats.unexpected + (r.errors?.length ?? 0),
  }));
} else {
  tally.failed += 1;
  failures.push('end-to-end tests (not run: a build failed)');
}

console.log('\n' + (failures.length ? `Failed:\n- ${failures.join('\n- ')}` : 'Everything passed.'));
console.log(`${tally.passed} passed, ${tally.failed} failed`);
process.exit(tally.failed > 0 ? 1 : 0);
