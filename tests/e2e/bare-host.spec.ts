import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';
import handler from 'serve-handler';
import { distDir } from './helpers';

/**
 * On a host that sends no headers at all (GitHub Pages, S3, a plain nginx), every page still
 * carries its Content-Security-Policy in a meta tag: injected inline script and javascript: links
 * do not run, and search, which needs WebAssembly, still works.
 */
let server: Server;
let origin: string;

test.beforeAll(async ({}, testInfo) => {
  const base = new URL(testInfo.project.use.baseURL!).pathname;
  server = createServer((req, res) => {
    req.url = req.url!.startsWith(base) ? `/${req.url!.slice(base.length)}` : '/.not-found';
    void handler(req, res, { public: distDir(testInfo), headers: [], trailingSlash: true });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}${base}`;
});

test.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

test('should protect a page served without any header', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  const response = await page.goto(`${origin}documents/russia-dprk-treaty/article-4/`);
  expect(response?.headers()['content-security-policy']).toBeUndefined();
  await expect(page.locator('meta[http-equiv="content-security-policy"]')).toHaveAttribute(
    'content',
    /script-src 'self' 'wasm-unsafe-eval'/,
  );

  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.injected = true';
    document.body.append(script);
    const link = document.createElement('a');
    link.href = 'javascript:window.clicked = true';
    link.textContent = 'Injected link';
    document.body.append(link);
  });
  await page.getByText('Injected link').click();
  expect(await page.evaluate(() => 'injected' in window || 'clicked' in window)).toBe(false);
  await expect.poll(() => violations.length).toBeGreaterThanOrEqual(2);

  await page.keyboard.press('Control+k');
  await page.locator('dialog.search-dialog input').fill('Article 51');
  await expect(page.locator('dialog.search-dialog [role="option"]').first()).toBeVisible();
});
