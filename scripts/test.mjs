#!/usr/bin/env node
/**
 * `npm test`: every check the project has, each through the npm script that runs it alone, in
 * order, ending with one line "N passed, N failed" that counts tests:
 *   1. npm run check, lint, format:check, check:toolchain         (one test each)
 *   2. npm run test:unit: unit and build tests (Vitest)            (each test counts)
 *   3. npm run build of the seed content at the root, and of the second corpus (tests/corpus)
 *      under /corpus/                                              (one test each)
 *   4. npm run test:e2e: browser tests in Chromium, on both builds (each test counts)
 * It finds a Chromium (or installs one, saying so) before any test opens a page, and serves each
 * build on a free port.
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

/** Runs `npm run <script> [-- args]`, as a reader of the README would. */
function npmRun(label, script, args = [], extraEnv = {}) {
  console.log(`\n▶ ${label}`);
  const result = spawnSync('npm', ['run', '--silent', script, ...(args.length ? ['--', ...args] : [])], {
    cwd: root,
    stdio: 'inherit',
    env: { ...env, ...extraEnv },
    shell: process.platform === 'win32',
  });
  return result.status === 0;
}

function check(label, script, args, extraEnv) {
  const ok = npmRun(label, script, args, extraEnv);
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

rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });

check('astro check', 'check');
check('eslint', 'lint');
check('prettier --check', 'format:check');
check('toolchain on the registry', 'check:toolchain');

// The build tests open pages in Chromium too: find (or install) it before any of them runs.
console.log('\n▶ browser');
ensureBrowser();

const unitReport = join(results, 'unit.json');
npmRun('unit and build tests (vitest)', 'test:unit', [
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${unitReport}`,
]);
countFrom('vitest', unitReport, (r) => ({
  passed: r.numPassedTests,
  // A test file that crashed before its tests ran counts as one failed test: its tests are unknown.
  failed:
    r.numFailedTests +
    r.testResults.filter((file) => file.status === 'failed' && file.assertionResults.length === 0).length,
}));

const ports = [await freePort(), await freePort()];
env.E2E_PORTS = ports.join(',');
const built = e2eSites(ports).map((site) =>
  check(`build (${site.contentDir} at ${site.base}, for ${site.siteUrl})`, 'build', [], {
    CONTENT_DIR: site.contentDir,
    OUT_DIR: site.dir,
    BASE_PATH: site.base,
    SITE_URL: site.siteUrl,
  }),
);

if (built.every(Boolean)) {
  const e2eReport = join(results, 'e2e', 'report.json');
  npmRun('end-to-end tests (playwright, chromium)', 'test:e2e');
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
