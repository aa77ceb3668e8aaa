/**
 * One first visit with searches from the dialog, in a fresh browser context. For each query: the
 * bytes fetched (raw and gzip-compressed; for the first, everything from opening the dialog on)
 * and the time from the last keystroke, typed as a reader types, to results on screen.
 */
import { gzipSync } from 'node:zlib';

export async function measureSearch(browser, pageUrl, queries) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const transfers = [];
  page.on('requestfinished', async (request) => {
    const response = await request.response();
    const body = response ? await response.body().catch(() => Buffer.alloc(0)) : Buffer.alloc(0);
    transfers.push({ url: request.url(), raw: body.length, gzip: gzipSync(body).length });
  });
  await page.goto(pageUrl);
  await page.waitForLoadState('networkidle');
  let start = transfers.length;
  await page.keyboard.press('Control+k');
  const input = page.locator('dialog.search-dialog input');
  await input.waitFor();
  const rows = [];
  for (const query of queries) {
    await input.fill(query.slice(0, -1));
    await page.waitForLoadState('networkidle');
    await page.evaluate((q) => {
      const status = document.querySelector('#search-dialog-status');
      window.__searchMs = new Promise((resolveMs) => {
        let t0 = 0;
        document
          .querySelector('#search-dialog-input')
          .addEventListener('keydown', () => (t0 = performance.now()), { once: true });
        new MutationObserver((_, observer) => {
          if (
            // "3 results for “q”", or a note that names the query ("…mention “Article 51”").
            status.textContent.includes(`“${q}”`) &&
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
    start = transfers.length;
    rows.push({
      query,
      ms,
      requests: fetched.length,
      raw: fetched.reduce((s, t) => s + t.raw, 0),
      gzip: fetched.reduce((s, t) => s + t.gzip, 0),
    });
  }
  await context.close();
  return rows;
}
