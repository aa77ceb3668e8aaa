/**
 * Draws one social card in a worker thread (a Piscina pool, see social-card.ts): Satori
 * lays out the element tree as SVG, resvg paints it as PNG. Plain JavaScript loaded by path, so
 * it runs as it is, outside the site's bundle; the fonts are read once per worker.
 */
import { readFileSync } from 'node:fs';
import { renderAsync } from '@resvg/resvg-js';
import satori from 'satori';

let fonts;

export default async function drawCard({ tree, width, height, fontFiles }) {
  fonts ??= fontFiles.map(({ path, ...font }) => ({ ...font, data: readFileSync(path) }));
  const svg = await satori(tree, { width, height, fonts });
  // renderAsync frees each picture's memory as it goes; a Resvg object per card would hold it
  // until a garbage collection that a worker's small heap seldom runs (gigabytes at 1,000 cards).
  const image = await renderAsync(svg, {
    fitTo: { mode: 'width', value: width },
    font: { loadSystemFonts: false },
  });
  const png = image.asPng();
  return new Uint8Array(png.buffer, png.byteOffset, png.byteLength);
}
