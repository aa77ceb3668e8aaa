#!/usr/bin/env node
/**
 * `npm run bench:search-quality -- dist [other-dist …]`: the first three results of the search
 * page for a fixed list of reader queries, on each built site given (e.g. a build of an earlier
 * commit beside today's), as one Markdown table. Prints what a reader sees; passes or fails nothing.
 */
import { launchBrowser, startServer } from './lib/bench-env.mjs';
import { freePort } from './lib/free-port.mjs';

const dirs = process.argv.slice(2);
if (dirs.length === 0) {
  console.error('Give one or more built site folders, e.g. npm run bench:search-quality -- dist');
  process.exit(1);
}
const queries = (
  process.env.QUERIES ??
  'Article 4|art 4|defensive|sovereignty|sovreignty|Kim|hundred years|Federation Council|ratif|Article 12|war'
).split('|');

const browser = await launchBrowser();
const columns = [];
for (const dir of dirs) {
  const port = await freePort();
  const server = await startServer({ port, dir });
  const page = await browser.newPage();
  const column = [];
  for (const query of queries) {
    await page.goto(`http://127.0.0.1:${port}/search/?q=${encodeURIComponent(query)}`);
    const status = page.locator('[data-search-status]');
    await status.filter({ hasText: /result|quoted|mention|No page has/ }).waitFor();
    const note = (await status.innerText()).trim();
    const hits = await page.locator('.search-page .search-hit-title').allInnerTexts();
    // A note beyond the count ("Article 12 is not quoted…", "Results for …") is part of the answer.
    const said = /^\d+ results? for/.test(note) ? [] : [`<i>${note}</i>`];
    column.push([...said, ...hits.slice(0, 3).map((t, i) => `${i + 1}. ${t}`)].join('<br>'));
  }
  columns.push(column);
  await page.close();
  server.kill();
}
await browser.close();

console.log(`| query | ${dirs.join(' | ')} |`);
console.log(`| --- |${' --- |'.repeat(dirs.length)}`);
queries.forEach((query, i) => console.log(`| ${query} | ${columns.map((c) => c[i]).join(' | ')} |`));
