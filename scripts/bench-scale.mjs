#!/usr/bin/env node
/**
 * `npm run bench:scale -- 1000 5000 10000`: for each size, writes a synthetic corpus to a
 * temporary folder (never committed) and builds it with the search index twice: cold (no social
 * card drawn yet) and warm (a rebuild, cards from the cache). Reports wall time, peak memory
 * (largest process, from GNU time), milliseconds per page, files written and the size of the
 * search index. Prints numbers; passes or fails nothing.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { writeCorpus } from './lib/synthetic-corpus.mjs';

const root = resolve(import.meta.dirname, '..');
const sizes = process.argv.slice(2).map(Number).filter(Boolean);
if (sizes.length === 0) sizes.push(1000, 5000, 10000);
const timeBin = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

function tree(dir) {
  let files = 0;
  let bytes = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    files += 1;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
  }
  return { files, bytes };
}

/** Astro reports "1104 page(s) built in 19.71s", or "in 9m 27s" past a minute. */
function astroSeconds(output) {
  const match = /page\(s\) built in (?:(\d+)m\s*)?([\d.]+)s/.exec(output);
  return match ? Number(match[1] ?? 0) * 60 + Number(match[2]) : NaN;
}

function build(content, dist, cards) {
  const started = performance.now();
  const command = timeBin ? [timeBin, '-f', 'peak-rss-kb %M', process.execPath] : [process.execPath];
  const astro = join(root, 'node_modules/astro/bin/astro.mjs');
  const result = spawnSync(command[0], [...command.slice(1), astro, 'build'], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 1024 * 1024 * 512,
    env: { ...process.env, CONTENT_DIR: content, OUT_DIR: dist, CARD_CACHE_DIR: cards, NO_COLOR: '1' },
  });
  const wallMs = performance.now() - started;
  const output = `${result.stdout}\n${result.stderr}`;
  if (result.status !== 0) {
    console.error(output.slice(-4000));
    throw new Error('build failed');
  }
  return {
    wallMs,
    peakKb: Number(/peak-rss-kb (\d+)/.exec(output)?.[1] ?? NaN),
    astroSeconds: astroSeconds(output),
    pagefindMs: Number(/Pagefind indexed \d+ pages in (\d+) ms/.exec(output)?.[1] ?? NaN),
  };
}

const rows = [];
for (const size of sizes) {
  const work = mkdtempSync(join(tmpdir(), `treaty-scale-${size}-`));
  const content = join(work, 'content');
  const dist = join(work, 'dist');
  const cards = join(work, 'cards');
  const corpus = writeCorpus(content, size);
  const pages = corpus.articles + corpus.documents + corpus.provisions + 3;
  for (const run of ['cold', 'warm']) {
    const result = build(content, dist, cards);
    const index = tree(join(dist, 'pagefind'));
    rows.push({ size, run, pages, files: tree(dist).files, indexBytes: index.bytes, ...result });
    console.error(`${size} provisions, ${run} build: ${(result.wallMs / 1000).toFixed(1)} s`);
  }
  rmSync(work, { recursive: true, force: true });
}

const header = [
  'provisions',
  'build',
  'pages',
  'wall time (s)',
  'ms per page',
  'astro build (s)',
  'pagefind (s)',
];
header.push('peak memory (MB)', 'files', 'search index (MB)');
console.log(`| ${header.join(' | ')} |`);
console.log(`| ${header.map((h) => (h === 'build' ? '---' : '---:')).join(' | ')} |`);
for (const r of rows) {
  const cells = [r.size, r.run, r.pages, (r.wallMs / 1000).toFixed(1), (r.wallMs / r.pages).toFixed(2)];
  cells.push(r.astroSeconds, (r.pagefindMs / 1000).toFixed(1), Math.round(r.peakKb / 1024), r.files);
  cells.push((r.indexBytes / 1048576).toFixed(1));
  console.log(`| ${cells.join(' | ')} |`);
}
