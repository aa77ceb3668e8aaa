import { gzipSync } from 'node:zlib';
import { expect, test, type Page } from './fixtures';
import { pagesOf } from './helpers';

/**
 * Page-weight budgets and hosting safety, checked on first visits in a fresh browser:
 * one script of at most 2 KB compressed before any interaction, a provision page under 15 KB
 * compressed in all, nothing from another origin, and no Content-Security-Policy violation
 * under the headers the build ships (dist/_headers, applied by scripts/serve.mjs).
 */
const SCRIPT_BUDGET = 2 * 1024;
const PROVISION_BUDGET = 15 * 1024;

async function firstVisit(page: Page, path: string) {
  const loads: { url: string; type: string; gzip: number }[] = [];
  page.on('response', async (response) => {
    const body = await response.body().catch(() => Buffer.alloc(0));
    loads.push({ url: response.url(), type: response.request().resourceType(), gzip: gzipSync(body).length });
  });
  await page.goto(path);
  await page.waitForLoadState('networkidle');
  return loads;
}

async function watchCsp(page: Page) {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`Content Security Policy violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  return violations;
}

test('should load one script of at most 2 KB compressed, and nothing from another origin, on every page', async ({
  page,
  baseURL,
  dist,
}) => {
  test.setTimeout(180_000);
  const origin = new URL(baseURL!).origin;
  for (const path of pagesOf(dist)) {
    const loads = await firstVisit(page, path);
    expect(
      loads.filter((l) => !l.url.startsWith(origin)).map((l) => l.url),
      path,
    ).toEqual([]);
    // The search page is search opened: it may load the search code too (Pagefind waits for a query).
    const scripts = loads.filter(
      (l) => l.type === 'script' && !(path === 'search/' && /\/_astro\/search\./.test(l.url)),
    );
    expect(scripts.length, `${path}: scripts`).toBe(1);
    expect(scripts[0]!.gzip, `${path}: ${scripts[0]!.url}`).toBeLessThanOrEqual(SCRIPT_BUDGET);
    page.removeAllListeners('response');
  }
});

test('should keep a provision page under 15 KB compressed on a first visit', async ({ page, dist }) => {
  test.setTimeout(180_000);
  for (const path of pagesOf(dist).filter((p) => /^documents\/[^/]+\/[^/]+\/$/.test(p))) {
    const loads = await firstVisit(page, path);
    const total = loads.reduce((sum, l) => sum + l.gzip, 0);
    expect(total, `${path}: ${loads.map((l) => `${l.url} ${l.gzip}`).join(', ')}`).toBeLessThanOrEqual(
      PROVISION_BUDGET,
    );
    page.removeAllListeners('response');
  }
});

test('should send the security and caching headers with every kind of response', async ({
  request,
  content,
}) => {
  const page = await request.get(content.provisions[0]!.path);
  const headers = page.headers();
  expect(headers['content-security-policy']).toContain("script-src 'self' 'wasm-unsafe-eval'");
  expect(headers['content-security-policy']).not.toContain('unsafe-inline');
  expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(headers['referrer-policy']).toBe('no-referrer');
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['x-frame-options']).toBe('DENY');
  expect(headers['cache-control']).toBe('public, max-age=0, must-revalidate');
  const script = /src="([^"]*\/_astro\/[^"]+\.js)"/.exec(await page.text())![1]!;
  expect((await request.get(script)).headers()['cache-control']).toBe('public, max-age=31536000, immutable');
});

test('should run every kind of page and its search under the Content-Security-Policy without a violation', async ({
  page,
  content,
}) => {
  const provision = content.provisions[0]!;
  for (const path of [
    '',
    content.articles[0]!.path,
    content.documents[0]!.path,
    provision.path,
    ...content.timelines.map((t) => t.path),
    `search/?q=${encodeURIComponent(provision.label)}`,
    'no-such-page/',
  ]) {
    const violations = await watchCsp(page);
    const response = await page.goto(path);
    expect(response?.headers()['content-security-policy'], path).toBeTruthy();
    if (path.startsWith('search/')) {
      await expect(page.locator('.search-page .search-hit').first()).toBeVisible();
    } else {
      await page.keyboard.press('Control+k');
      await page.locator('dialog.search-dialog input').fill(provision.label);
      await expect(page.locator('dialog.search-dialog [role="option"]').first()).toBeVisible();
    }
    expect(violations, path).toEqual([]);
    page.removeAllListeners('console');
  }
});
