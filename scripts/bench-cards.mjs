#!/usr/bin/env node
/**
 * `npm run bench:cards [-- 60]`: what one social card costs, step by step, on this machine, and
 * what each way of turning resvg's picture into a PNG costs. Draws N cards of the kinds the site
 * has (a provision with its quote, a report, a document with its map of articles) on one thread,
 * measuring CPU time per step with process.cpuUsage, and checks that every encoder gives back
 * exactly resvg's pixels (lossless). Prints numbers; passes or fails nothing.
 */
import { cpuUsage } from 'node:process';
import { readFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import { encode as fastPngEncode } from 'fast-png';
import { PNG } from 'pngjs';
import satori from 'satori';
import sharp from 'sharp';
import { createServer } from 'vite';

const count = Number(process.argv[2]) || 60;
// The card code imports a stylesheet as text, which only Vite resolves: load it as the build does.
const vite = await createServer({ server: { middlewareMode: true }, appType: 'custom', logLevel: 'error' });
const { layout, FONT_FILES } = await vite.ssrLoadModule('/src/cards/social-card.ts');
const { CARD_WIDTH: width, CARD_HEIGHT: height } = await vite.ssrLoadModule('/src/cards/card-size.ts');
await vite.close();
const fonts = FONT_FILES.map(({ path, ...font }) => ({ ...font, data: readFileSync(path) }));

const words =
  'the parties shall cooperate in matters of security defence trade and science under this treaty'.split(' ');
const phrase = (i, n) => Array.from({ length: n }, (_, k) => words[(i * 7 + k * 3) % words.length]).join(' ');
const cards = Array.from({ length: count }, (_, i) =>
  i % 3 === 0
    ? { kicker: 'Treaty · Article ' + (i + 1), title: phrase(i, 7), quote: phrase(i + 1, 30) }
    : i % 3 === 1
      ? { kicker: 'News report · 15 October 2024', title: phrase(i, 14) }
      : { kicker: 'Treaty', title: phrase(i, 9), articleMap: { count: 23, quoted: [3, 4, 5, 8] } },
);

/** CPU milliseconds (user + system) that `run` takes, and what it returns. */
function cpu(run) {
  const before = cpuUsage();
  const value = run();
  const used = cpuUsage(before);
  return { ms: (used.user + used.system) / 1000, value };
}

const steps = { satori: [], 'resvg raster': [] };
const encoders = {
  'resvg PNG (today)': (image) => image.asPng(),
  'sharp PNG, level 6': (image) => sharpPng(image, 6),
  'sharp PNG, level 1': (image) => sharpPng(image, 1),
  'sharp PNG, level 0': (image) => sharpPng(image, 0),
  'pngjs, level 1, no filter': (image) =>
    PNG.sync.write(Object.assign(new PNG({ width, height }), { data: Buffer.from(image.pixels) }), {
      deflateLevel: 1,
      filterType: 0,
    }),
  'fast-png, level 1': (image) =>
    Buffer.from(fastPngEncode({ width, height, data: image.pixels, channels: 4 }, { zlib: { level: 1 } })),
};
// sharp's encoding runs on libvips threads; its CPU time is the process's, read around a blocking wait.
let pendingSharp;
function sharpPng(image, level) {
  pendingSharp = sharp(Buffer.from(image.pixels), { raw: { width, height, channels: 4 } })
    .png({ compressionLevel: level, adaptiveFiltering: false, palette: false })
    .toBuffer();
  return pendingSharp;
}
const results = Object.fromEntries(
  Object.keys(encoders).map((name) => [name, { ms: [], bytes: [], lossless: true }]),
);

for (const card of cards) {
  const tree = layout(card, 'Russia–DPRK Treaty: the quoted provisions');
  const before = cpuUsage();
  const svg = await satori(tree, { width, height, fonts });
  const satoriUsed = cpuUsage(before);
  steps.satori.push((satoriUsed.user + satoriUsed.system) / 1000);
  const raster = cpu(() =>
    new Resvg(svg, { fitTo: { mode: 'width', value: width }, font: { loadSystemFonts: false } }).render(),
  );
  steps['resvg raster'].push(raster.ms);
  const image = raster.value;
  for (const [name, encode] of Object.entries(encoders)) {
    const start = cpuUsage();
    const png = await encode(image);
    const used = cpuUsage(start);
    results[name].ms.push((used.user + used.system) / 1000);
    results[name].bytes.push(png.length);
    const back = await sharp(png).ensureAlpha().raw().toBuffer();
    if (!back.equals(Buffer.from(image.pixels))) results[name].lossless = false;
  }
}

const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
console.log(`${count} cards of ${width}×${height}, one thread, CPU ms per card (median):\n`);
console.log('| step | CPU ms |');
console.log('| --- | ---: |');
for (const [name, list] of Object.entries(steps)) console.log(`| ${name} | ${median(list).toFixed(1)} |`);
console.log('\n| PNG encoder | CPU ms | KB | same pixels | card total (Satori + raster + encoder) |');
console.log('| --- | ---: | ---: | --- | ---: |');
for (const [name, r] of Object.entries(results)) {
  const total = median(steps.satori) + median(steps['resvg raster']) + median(r.ms);
  console.log(
    `| ${name} | ${median(r.ms).toFixed(1)} | ${(median(r.bytes) / 1024).toFixed(0)} | ${r.lossless ? 'yes' : 'NO'} | ${total.toFixed(1)} |`,
  );
}
