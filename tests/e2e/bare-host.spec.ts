import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { expect, test } from './fixtures';
import handler from 'serve-handler';

/**
 * On a host that sends no headers at all (GitHub Pages, S3, a plain nginx), every page still
 * carries its Content-Security-Policy in a meta tag: injected inline script and javascript: links
 * do not run, and search, which needs WebAssembly, still works.
 */
let server: Server;
let origin: string;

test.beforeAll(async ({}, testInfo) => {
  const base = new URL(testInfo.project.use.baseURL!).pathname;
  const dist = resolve(import.meta.dirname, '../..', (testInfo.project.metadata as { dist: string }).dist);
  server = createServer((req, res) => {
    req.url = req.url!.startsWith(base) ? `/${req.url!.slice(base.length)}` : '/.not-found';
    void handler(req, res, { public: dist, headers: [], trailingSlash: true });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}${base}`;
});

test.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

test('should protect a page served without any header', async ({ page, content }) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  const provision = content.provisions[0]!;
  const response = await page.goto(`${origin}${provision.path}`);
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
  await page.locator('dialog.search-dialog input').fill(provision.label);
  await expect(page.locator('dialog.search-dialog [role="option"]').first()).toBeVisible();
});
