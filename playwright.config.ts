import { defineConfig } from '@playwright/test';
import { findBrowser } from './scripts/browser.mjs';

/**
 * Two projects run the same e2e suite: against the site built at the domain root (dist/) and
 * against a build under a sub-path (dist-subpath/, BASE_PATH=/treaty/). `npm test` builds both
 * first; each is served by scripts/serve.mjs, a plain static server, on a port of its own.
 */
export const SUBPATH = '/treaty/';
const ROOT_PORT = Number(process.env['E2E_ROOT_PORT'] ?? 4411);
const SUB_PORT = Number(process.env['E2E_SUB_PORT'] ?? 4412);
const browser = findBrowser();
const isRoot = process.getuid?.() === 0;

const serve = (port: number, dir: string, base: string) => ({
  command: `node scripts/serve.mjs --dir ${dir} --base ${base} --port ${port}`,
  url: `http://127.0.0.1:${port}${base}`,
  reuseExistingServer: false,
  timeout: 30_000,
});

export default defineConfig({
  testDir: './tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: true,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
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
  projects: [
    { name: 'root', use: { baseURL: `http://127.0.0.1:${ROOT_PORT}/` } },
    { name: 'subpath', use: { baseURL: `http://127.0.0.1:${SUB_PORT}${SUBPATH}` } },
  ],
  webServer: [serve(ROOT_PORT, 'dist', '/'), serve(SUB_PORT, 'dist-subpath', SUBPATH)],
});
