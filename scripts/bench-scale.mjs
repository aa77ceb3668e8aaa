#!/usr/bin/env node
/**
 * `npm run bench:scale -- 1000 5000 10000 [--crowded]`: for each size, writes a synthetic corpus
 * to a temporary folder (never committed) and builds it three times, as a newsroom would:
 *   clean  no cache of any kind (Astro's, the incremental pages, the social cards);
 *   warm   nothing changed since, caches kept;
 *   edit   one provision's title changed, caches kept.
 * For each build it prints wall and CPU time, peak memory of the whole process tree (sampled
 * from /proc on Linux, else the largest process from GNU time), ms per page, pages rendered and
 * reused, and the phases from the build log: setup and content sync, the Vite bundle (each MDX
 * entry compiled), rendering pages, cards and JSON, and Pagefind. `--crowded` makes every report
 * also quote the first provision, so one page gathers thousands of quotations. Prints numbers;
 * passes or fails nothing.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { clearInterval, setInterval } from 'node:timers';
import { join, resolve } from 'node:path';
import { writeCorpus } from './lib/synthetic-corpus.mjs';

const root = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const crowded = args.includes('--crowded');
const sizes = args.map(Number).filter(Boolean);
if (sizes.length === 0) sizes.push(1000, 5000, 10000);

/** The summed resident memory (kB) of a process and all its descendants, from /proc. */
function treeRssKb(pid) {
  if (!existsSync('/proc')) return 0;
  const children = new Map();
  const rss = new Map();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const status = readFileSync(`/proc/${entry}/status`, 'utf8');
      const parent = Number(/^PPid:\s+(\d+)/m.exec(status)?.[1]);
      rss.set(Number(entry), Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0));
      children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
    } catch {
      // The process ended while it was being read.
    }
  }
  let total = 0;
  const queue = [pid];
  while (queue.length > 0) {
    const next = queue.pop();
    total += rss.get(next) ?? 0;
    queue.push(...(children.get(next) ?? []));
  }
  return total;
}

/** "644ms", "21.49s" or, past a minute, "1m 6s", in seconds. */
const seconds = (text) => {
  const match = /^(?:(\d+)m\s*)?([\d.]+)(ms|s)$/.exec(text ?? '');
  return match ? Number(match[1] ?? 0) * 60 + Number(match[2]) / (match[3] === 'ms' ? 1000 : 1) : NaN;
};

/** The build's phases, from its log. */
function phases(log) {
  return {
    bundle: seconds(/\[vite\] ✓ built in ((?:\d+m\s*)?[\d.]+m?s)/.exec(log)?.[1]),
    // Astro's "generating static routes" step ends with the only "✓ Completed" line without a tag.
    render: seconds(/^[\d:]+ ✓ Completed in ((?:\d+m\s*)?[\d.]+m?s)\.$/m.exec(log)?.[1]),
    pagefind: Number(/Pagefind indexed \d+ pages in (\d+) ms/.exec(log)?.[1] ?? NaN) / 1000,
    rendered: (log.match(/├─ .*\(\+[\d.]+m?s\)/g) ?? []).length,
    reused: (log.match(/\((?:restored|cached)\)/g) ?? []).length,
  };
}

function build(content, dist, cards) {
  const started = performance.now();
  const time = existsSync('/usr/bin/time') ? ['/usr/bin/time', '-f', 'cpu-s %U %S peak-kb %M'] : [];
  const command = [...time, process.execPath, join(root, 'node_modules/astro/bin/astro.mjs'), 'build'];
  const child = spawn(command[0], command.slice(1), {
    cwd: root,
    env: {
      ...process.env,
      CONTENT_DIR: content,
      OUT_DIR: dist,
      CARD_CACHE_DIR: cards,
      SITE_URL: 'https://treaty.example.org',
      NO_COLOR: '1',
      ASTRO_TELEMETRY_DISABLED: '1',
    },
  });
  let log = '';
  child.stdout.on('data', (chunk) => (log += chunk));
  child.stderr.on('data', (chunk) => (log += chunk));
  let peakTreeKb = 0;
  const sampler = setInterval(() => (peakTreeKb = Math.max(peakTreeKb, treeRssKb(child.pid))), 250);
  return new Promise((done, fail) => {
    child.on('close', (status) => {
      clearInterval(sampler);
      if (status !== 0) return fail(new Error(`build failed:\n${log.slice(-4000)}`));
      const [user, sys, peakKb] = (/cpu-s ([\d.]+) ([\d.]+) peak-kb (\d+)/.exec(log) ?? [])
        .slice(1)
        .map(Number);
      done({
        wall: (performance.now() - started) / 1000,
        cpu: (user ?? NaN) + (sys ?? NaN),
        peakMb: Math.round(Math.max(peakTreeKb, peakKb ?? 0) / 1024),
        ...phases(log),
      });
    });
  });
}

/** The edit a correction makes: one provision's title, which its page, card, JSON, document and reports show. */
function editOneProvision(content) {
  const file = join(content, 'provisions/treaty-1/article-2.mdx');
  writeFileSync(file, readFileSync(file, 'utf8').replace(/^title: (.*)$/m, 'title: $1, corrected'));
}

const rows = [];
for (const size of sizes) {
  const work = mkdtempSync(join(tmpdir(), `treaty-scale-${size}-`));
  const content = join(work, 'content');
  const dist = join(work, 'dist');
  const cards = join(work, 'cards');
  const corpus = writeCorpus(content, size, { crowded });
  const pages = corpus.articles + corpus.documents + corpus.provisions + 3;
  for (const run of ['clean', 'warm', 'edit']) {
    if (run === 'edit') editOneProvision(content);
    const result = await build(content, dist, cards);
    rows.push({ size, run, pages, ...result });
    console.error(`${size} provisions, ${run} build: ${result.wall.toFixed(1)} s`);
  }
  rmSync(work, { recursive: true, force: true });
}

const header = ['provisions', 'build', 'pages', 'wall (s)', 'CPU (s)', 'ms/page', 'peak memory (MB)'];
header.push('bundle (s)', 'render (s)', 'Pagefind (s)', 'rendered', 'reused');
const row = (r) => [
  r.size,
  r.run,
  r.pages,
  r.wall.toFixed(1),
  r.cpu.toFixed(1),
  ((r.wall * 1000) / r.pages).toFixed(1),
  r.peakMb,
  r.bundle.toFixed(1),
  r.render.toFixed(1),
  r.pagefind.toFixed(1),
  r.rendered,
  r.reused,
];
console.log(`| ${header.join(' | ')} |`);
console.log(`| ${header.map((h) => (h === 'build' ? '---' : '---:')).join(' | ')} |`);
for (const r of rows) console.log(`| ${row(r).join(' | ')} |`);
