#!/usr/bin/env node
/**
 * `npm run bench:scale -- 1000 5000 10000 [--crowded] [--no-peer]`: for each size, writes a
 * synthetic corpus to a temporary folder (never committed) and builds it three times, as a
 * newsroom would:
 *   clean  no cache of any kind (Astro's, the incremental pages, the social cards);
 *   warm   nothing changed since, caches kept;
 *   edit   one provision's title changed, caches kept.
 * Then, in the same run, a clean build of the Starlight peer (../shared/bench/peer-starlight,
 * copied once into node_modules/.cache/bench-peer and installed there) with as many synthetic
 * provision pages, so every ratio comes from one sitting on one machine.
 * For each build it prints wall and CPU time, peak memory of the whole process tree (sampled
 * from /proc on Linux, else the largest process from GNU time), ms per HTML page, the files
 * rendered and reused (HTML pages and cards counted apart, from Astro's log), and the phases:
 * the Vite bundle (each MDX entry compiled), rendering pages, cards and JSON, and Pagefind.
 * `--crowded` makes every report also quote the first provision, so one page gathers thousands of
 * quotations. Prints numbers; passes or fails nothing.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { clearInterval, setInterval } from 'node:timers';
import { join, resolve } from 'node:path';
import { writeCorpus } from './lib/synthetic-corpus.mjs';

const root = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const crowded = args.includes('--crowded');
const withPeer = !args.includes('--no-peer');
const PEER_SOURCE = resolve(root, '../shared/bench/peer-starlight');
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

/** The build's phases, and what Astro says it rendered or reused, file by file, from its log. */
function phases(log) {
  // Pages render concurrently, so a rendered file's path and its time can land on different
  // lines ("├─ /a.html15:35:46 ├─ /b.png (restored)"); a reused file's path and "(restored)" never do.
  const entries = log.matchAll(/[├└]─ (\/\S+?)( \((?:restored|cached)\))?(?=\s|\d\d:\d\d:\d\d|$)/g);
  const files = [...entries].map(([, path, reused]) => ({
    kind: path.endsWith('.html') ? 'pages' : path.endsWith('.png') ? 'cards' : 'other',
    reused: Boolean(reused),
  }));
  const count = (kind, reused) => files.filter((f) => f.kind === kind && f.reused === reused).length;
  return {
    bundle: seconds(/\[vite\] ✓ built in ((?:\d+m\s*)?[\d.]+m?s)/.exec(log)?.[1]),
    // Astro's "generating static routes" step ends with the only "✓ Completed" line without a tag.
    render: seconds(/^[\d:]+ ✓ Completed in ((?:\d+m\s*)?[\d.]+m?s)\.$/m.exec(log)?.[1]),
    pagefind: Number(/Pagefind indexed \d+ pages in (\d+) ms/.exec(log)?.[1] ?? NaN) / 1000,
    pagesRendered: count('pages', false),
    pagesReused: count('pages', true),
    cardsRendered: count('cards', false),
    cardsReused: count('cards', true),
  };
}

/** HTML files in a built site: the pages a reader can open. */
function htmlPages(dir) {
  return readdirSync(dir, { recursive: true }).filter((name) => String(name).endsWith('.html')).length;
}

/** Runs a command under GNU time, sampling the memory of its whole process tree. */
function measure(command, cwd, env) {
  const started = performance.now();
  const time = existsSync('/usr/bin/time') ? ['/usr/bin/time', '-f', 'cpu-s %U %S peak-kb %M'] : [];
  const all = [...time, ...command];
  const child = spawn(all[0], all.slice(1), {
    cwd,
    env: { ...process.env, NO_COLOR: '1', ASTRO_TELEMETRY_DISABLED: '1', ...env },
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
        log,
      });
    });
  });
}

async function build(content, dist, cards) {
  const astro = [process.execPath, join(root, 'node_modules/astro/bin/astro.mjs'), 'build'];
  const env = {
    CONTENT_DIR: content,
    OUT_DIR: dist,
    CARD_CACHE_DIR: cards,
    SITE_URL: 'https://treaty.example.org',
  };
  const { log, ...result } = await measure(astro, root, env);
  return { ...result, ...phases(log), pages: htmlPages(dist) };
}

/** The peer, copied out of the read-only shared folder and installed once; later runs reuse it. */
function preparePeer() {
  const peer = join(root, 'node_modules/.cache/bench-peer');
  if (!existsSync(join(peer, 'node_modules/astro'))) {
    console.error(`Installing the Starlight peer into ${peer} (once)…`);
    rmSync(peer, { recursive: true, force: true });
    cpSync(PEER_SOURCE, peer, {
      recursive: true,
      filter: (path) => !/[\\/](node_modules|dist|\.astro)$/.test(path),
    });
    const install = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: peer, stdio: 'inherit' });
    if (install.status !== 0) throw new Error('npm ci of the peer failed');
  }
  return peer;
}

/** The peer's clean build with `provisionCount` synthetic provision pages, as its README runs it. */
async function peerBuild(peer, provisionCount) {
  spawnSync(process.execPath, ['gen.mjs', String(provisionCount)], { cwd: peer, stdio: 'ignore' });
  for (const folder of ['dist', '.astro', 'node_modules/.astro'])
    rmSync(join(peer, folder), { recursive: true, force: true });
  const nodeBin = join(peer, 'node_modules/node/bin/node');
  const result = await measure([nodeBin, 'node_modules/astro/bin/astro.mjs', 'build'], peer, {});
  const pages = htmlPages(join(peer, 'dist'));
  spawnSync(process.execPath, ['gen.mjs', '0'], { cwd: peer, stdio: 'ignore' });
  return { ...result, pages };
}

/** The edit a correction makes: one provision's title, which its page, card, JSON, document and reports show. */
function editOneProvision(content) {
  const file = join(content, 'provisions/treaty-1/article-2.md');
  writeFileSync(file, readFileSync(file, 'utf8').replace(/^title: (.*)$/m, 'title: $1, corrected'));
}

const rows = [];
const peer = withPeer ? preparePeer() : undefined;
for (const size of sizes) {
  const work = mkdtempSync(join(tmpdir(), `treaty-scale-${size}-`));
  const content = join(work, 'content');
  const dist = join(work, 'dist');
  const cards = join(work, 'cards');
  writeCorpus(content, size, { crowded });
  const own = [];
  for (const run of ['clean', 'warm', 'edit']) {
    if (run === 'edit') editOneProvision(content);
    const result = await build(content, dist, cards);
    own.push({ size, run, ...result });
    console.error(`${size} provisions, ${run} build: ${result.wall.toFixed(1)} s`);
  }
  rmSync(work, { recursive: true, force: true });
  if (peer) {
    const result = await peerBuild(peer, size);
    console.error(`${size} provisions, the peer's clean build: ${result.wall.toFixed(1)} s`);
    const ratios = (r) => ({ wallRatio: r.wall / result.wall, memoryRatio: r.peakMb / result.peakMb });
    rows.push(...own.map((r) => ({ ...r, ...ratios(r) })), {
      size,
      run: 'peer clean',
      ...result,
      ...ratios(result),
    });
  } else rows.push(...own);
}

const header = ['provisions', 'build', 'HTML pages', 'wall (s)', '× peer clean', 'CPU (s)', 'ms/page'];
header.push('peak memory (MB)', '× peer', 'bundle (s)', 'render (s)', 'Pagefind (s)');
header.push('pages rendered', 'pages reused', 'cards drawn', 'cards reused');
const fixed = (n, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : '–');
const row = (r) => [
  r.size,
  r.run,
  r.pages,
  fixed(r.wall),
  fixed(r.wallRatio, 2),
  fixed(r.cpu),
  fixed((r.wall * 1000) / r.pages),
  r.peakMb,
  fixed(r.memoryRatio, 2),
  fixed(r.bundle),
  fixed(r.render),
  fixed(r.pagefind),
  r.pagesRendered ?? '–',
  r.pagesReused ?? '–',
  r.cardsRendered ?? '–',
  r.cardsReused ?? '–',
];
console.log(`| ${header.join(' | ')} |`);
console.log(`| ${header.map((h) => (h === 'build' ? '---' : '---:')).join(' | ')} |`);
for (const r of rows) console.log(`| ${row(r).join(' | ')} |`);
