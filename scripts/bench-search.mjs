#!/usr/bin/env node
/**
 * `npm run bench:search`: builds the site, serves it, and in Chromium measures a first and a
 * second search from the dialog: the bytes fetched for it (compressed as served: this server does
 * not compress, so these are raw bytes) and the time from the last keystroke to rendered results.
 * Prints numbers; passes or fails nothing.
 */
import { spawn, spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { findBrowser } from './browser.mjs';

const root = resolve(import.meta.dirname, '..');
const port = Number(process.env.BENCH_PORT || 4599);
const queries = ['Article 51', 'hundred years'];
const runs = Number(process.env.BENCH_RUNS || 5);

const build = spawnSync(process.execPath, [resolve(root, 'scripts/build.mjs')], {
  cwd: root,
  stdio: ['ignore', 'ignore', 'inherit'],
  env: { ...process.env, DIST_DIR: 'dist', SITE_URL: `http://127.0.0.1:${port}` },
});
if (build.status !== 0) process.exit(1);
const server = spawn(
  process.execPath,
  [resolve(root, 'scripts/serve.mjs'), '--dir', 'dist', '--port', String(port)],
  {
    cwd: root,
    stdio: 'ignore',
  },
);
await new Promise((r) => setTimeout(r, 500));

const browserPath = findBrowser()?.path;
const browser = await chromium.launch({
  ...(browserPath ? { executablePath: browserPath } : {}),
  args: [...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), '--disable-background-networking'],
});

async function once() {
  const context = await browser.newContext();
  const page = await context.newPage();
  const transfers = [];
  page.on('requestfinished', async (request) => {
    const sizes = await request.sizes().catch(() => undefined);
    if (sizes)
      transfers.push({
        url: request.url(),
        bytes: sizes.responseBodySize + sizes.responseHeadersSize,
        at: Date.now(),
      });
  });
  await page.goto(`http://127.0.0.1:${port}/documents/russia-dprk-treaty/`);
  await page.waitForLoadState('networkidle');
  const pageBytes = transfers.reduce((sum, t) => sum + t.bytes, 0);
  await page.keyboard.press('Control+k');
  const input = page.locator('dialog.search-dialog input');
  await input.waitFor();
  const rows = [];
  for (const query of queries) {
    const start = transfers.length;
    await input.fill(query.slice(0, -1));
    await page.waitForLoadState('networkidle');
    // Time from the keydown of the last character to results on screen, measured in the page.
    await page.evaluate((q) => {
      const status = document.querySelector('#search-dialog-status');
      window.__searchMs = new Promise((resolveMs) => {
        let t0 = 0;
        document
          .querySelector('#search-dialog-input')
          .addEventListener('keydown', () => (t0 = performance.now()), { once: true });
        new MutationObserver((_, observer) => {
          if (
            status.textContent.includes(`for “${q}”`) &&
            document.querySelector('#search-dialog-results [role="option"]')
          ) {
            observer.disconnect();
            requestAnimationFrame(() => resolveMs(performance.now() - t0));
          }
        }).observe(status, { childList: true, characterData: true, subtree: true });
      });
    }, query);
    await input.press(query.at(-1));
    const ms = await page.evaluate(() => window.__searchMs);
    await page.waitForLoadState('networkidle');
    const fetched = transfers.slice(start);
    rows.push({ query, ms, requests: fetched.length, bytes: fetched.reduce((s, t) => s + t.bytes, 0) });
  }
  await context.close();
  return { pageBytes, rows };
}

const results = [];
for (let i = 0; i < runs; i += 1) results.push(await once());
await browser.close();
server.kill();

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
console.log(
  `Search benchmark: ${runs} fresh browser contexts, median values (local server, no compression)\n`,
);
console.log(
  `Page before search (document page): ${median(results.map((r) => r.pageBytes))} bytes, nothing of search`,
);
console.log('| search | query | requests | bytes fetched | last keystroke → results (ms) |');
console.log('| --- | --- | ---: | ---: | ---: |');
queries.forEach((query, i) => {
  const rows = results.map((r) => r.rows[i]);
  console.log(
    `| ${i === 0 ? 'first' : 'second'} | ${query} | ${median(rows.map((r) => r.requests))} | ${median(rows.map((r) => r.bytes))} | ${median(rows.map((r) => r.ms)).toFixed(1)} |`,
  );
});
