import { defineConfig } from '@playwright/test';
import { findBrowser } from './scripts/browser.mjs';
import { e2eSites } from './scripts/lib/e2e-servers.mjs';

/**
 * Two projects run the same browser tests: the seed content at the domain root (dist/) and a
 * second corpus that shares nothing with it under a sub-path (dist-corpus/, BASE_PATH=/corpus/).
 * Each test takes what it expects from its project's content folder (tests/e2e/fixtures.ts).
 * `npm test` builds both first; each is served by scripts/serve.mjs, the server behind
 * `npm start`, on a port of its own.
 */
const browser = findBrowser();
const sites = e2eSites();
const isRoot = process.getuid?.() === 0;

export default defineConfig({
  testDir: './tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: true,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e/report.json' }]],
  outputDir: 'test-results/e2e/output',
  use: {
    trace: 'retain-on-failure',
    launchOptions: {
      ...(browser?.path ? { executablePath: browser.path } : {}),
      args: [
        ...(isRoot ? ['--no-sandbox'] : []),
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  projects: sites.map((site) => ({
    name: site.name,
    use: { baseURL: `${site.siteUrl}${site.base}` },
    metadata: { contentDir: site.contentDir, dist: site.dir, base: site.base },
    // The dev server is tested once, on its own server (tests/e2e/dev.spec.ts).
    ...(site.name === 'seed' ? {} : { testIgnore: 'dev.spec.ts' }),
  })),
  webServer: sites.map((site) => ({
    command: 'node scripts/serve.mjs',
    env: { OUT_DIR: site.dir, BASE_PATH: site.base, PORT: String(site.port) },
    url: `${site.siteUrl}${site.base}`,
    reuseExistingServer: false,
    timeout: 30_000,
  })),
});
