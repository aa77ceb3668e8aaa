#!/usr/bin/env node
/**
 * `npm run bench`: builds the site and reports, for each kind of page, what a first visit
 * transfers (gzip-compressed, by type) and how many requests it makes; the bytes and time of a
 * first search; layout shift; and Lighthouse scores (mobile and desktop, all four categories)
 * run on the same Chromium. Prints numbers; passes or fails nothing.
 */
import { gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import {
  buildSite,
  chromiumArgs,
  chromiumPath,
  launchBrowser,
  median,
  startServer,
} from './lib/bench-env.mjs';
import { freePort } from './lib/free-port.mjs';
import { measureSearch } from './lib/measure-search.mjs';

const port = await freePort();
const origin = `http://127.0.0.1:${port}`;
const pages = {
  home: '/',
  article: '/articles/2024-10-15-putin-proposes-ratification/',
  document: '/documents/russia-dprk-treaty/',
  provision: '/documents/russia-dprk-treaty/article-4/',
  search: '/search/',
  // Lighthouse will not score a response with status 404, so it loads the 404 page's own file.
  404: '/404.html',
};
const kindOf = (type, url) =>
  type === 'document'
    ? 'html'
    : type === 'stylesheet'
      ? 'css'
      : type === 'script'
        ? 'js'
        : type === 'font'
          ? 'fonts'
          : type === 'image' || /\.(svg|png|ico)$/.test(url)
            ? 'images'
            : 'other';

buildSite({ port });
const server = await startServer({ port });
const browser = await launchBrowser();

console.log('First visit, gzip-compressed bytes by type (before any interaction)\n');
console.log('| page | html | css | js | fonts | images | total | requests | layout shift |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const [kind, path] of Object.entries(pages)) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const bytes = { html: 0, css: 0, js: 0, fonts: 0, images: 0, other: 0 };
  let requests = 0;
  page.on('response', async (response) => {
    requests += 1;
    const body = await response.body().catch(() => Buffer.alloc(0));
    bytes[kindOf(response.request().resourceType(), response.url())] += gzipSync(body).length;
  });
  await page.goto(`${origin}${path}`);
  await page.waitForLoadState('networkidle');
  const cls = await page.evaluate(
    () =>
      new Promise((resolve) => {
        let total = 0;
        new PerformanceObserver((list) => list.getEntries().forEach((e) => (total += e.value))).observe({
          type: 'layout-shift',
          buffered: true,
        });
        setTimeout(() => resolve(total), 200);
      }),
  );
  const total = Object.values(bytes).reduce((a, b) => a + b, 0);
  console.log(
    `| ${kind} | ${bytes.html} | ${bytes.css} | ${bytes.js} | ${bytes.fonts} | ${bytes.images} | ${total} | ${requests} | ${cls} |`,
  );
  await context.close();
}

const searches = [];
for (let i = 0; i < 5; i += 1)
  searches.push(
    await measureSearch(browser, `${origin}/documents/russia-dprk-treaty/article-4/`, ['Article 51']),
  );
await browser.close();
const first = searches.map((s) => s[0]);
console.log(
  `\nFirst search ("Article 51", median of 5): ${median(first.map((r) => r.requests))} requests, ` +
    `${median(first.map((r) => r.gzip))} bytes gzip (${median(first.map((r) => r.raw))} raw), ` +
    `${median(first.map((r) => r.ms)).toFixed(1)} ms from the last keystroke to results`,
);

console.log('\nLighthouse scores (performance / accessibility / best practices / SEO)\n');
console.log('| page | mobile | desktop |');
console.log('| --- | --- | --- |');
const chrome = await chromeLauncher.launch({
  chromePath: chromiumPath(),
  chromeFlags: ['--headless=new', ...chromiumArgs],
});
for (const [kind, path] of Object.entries(pages)) {
  const scores = [];
  for (const config of [undefined, desktopConfig]) {
    const result = await lighthouse(
      `${origin}${path}`,
      { port: chrome.port, output: 'json', logLevel: 'error' },
      config,
    );
    const c = result.lhr.categories;
    scores.push(
      ['performance', 'accessibility', 'best-practices', 'seo']
        .map((k) => Math.round((c[k]?.score ?? 0) * 100))
        .join(' / '),
    );
  }
  console.log(`| ${kind} | ${scores[0]} | ${scores[1]} |`);
}
chrome.kill();
server.kill();
