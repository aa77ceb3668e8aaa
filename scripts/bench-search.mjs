#!/usr/bin/env node
/**
 * `npm run bench:search`: builds the site, serves it, and in Chromium measures a first and a
 * second search from the dialog: bytes fetched and time from the last keystroke to results.
 * Prints numbers; passes or fails nothing.
 */
import { buildSite, launchBrowser, median, startServer } from './lib/bench-env.mjs';
import { freePort } from './lib/free-port.mjs';
import { measureSearch } from './lib/measure-search.mjs';

const port = await freePort();
const runs = Number(process.env.BENCH_RUNS || 5);
const queries = ['Article 51', 'hundred years'];

buildSite({ port });
const server = await startServer({ port });
const browser = await launchBrowser();
const results = [];
for (let i = 0; i < runs; i += 1) {
  results.push(
    await measureSearch(browser, `http://127.0.0.1:${port}/documents/russia-dprk-treaty/`, queries),
  );
}
await browser.close();
server.kill();

console.log(`Search from the dialog on a document page: median of ${runs} fresh browser contexts\n`);
console.log('| search | query | requests | bytes (raw) | bytes (gzip) | last keystroke → results (ms) |');
console.log('| --- | --- | ---: | ---: | ---: | ---: |');
queries.forEach((query, i) => {
  const rows = results.map((r) => r[i]);
  const m = (key) => median(rows.map((r) => r[key]));
  console.log(
    `| ${i === 0 ? 'first' : 'second'} | ${query} | ${m('requests')} | ${m('raw')} | ${m('gzip')} | ${m('ms').toFixed(1)} |`,
  );
});
