import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import Piscina from 'piscina';
import type { CardContent } from '../lib/page-meta';
import { shorten } from '../lib/shorten';
import { cardCache } from './card-cache';
import { CARD_HEIGHT, CARD_WIDTH } from './card-size';
import { token } from './design-tokens';

/**
 * 1200×630 PNG social cards, drawn at build time with Satori (layout to SVG) and resvg (SVG to
 * PNG) in Source Serif 4 from its npm package. No clock, randomness or system font is involved,
 * so the same content always gives the same bytes.
 */

const require = createRequire(import.meta.url);

/** Every script Source Serif 4 is published for: each subset is a font of its own to Satori. */
const SUBSETS = ['latin', 'latin-ext', 'cyrillic', 'cyrillic-ext', 'greek', 'vietnamese'];
const familyOf = (subset: string) => `Source Serif 4 ${subset}`;
const FAMILY = SUBSETS.map(familyOf).join(', ');
export const FONT_FILES = SUBSETS.flatMap((subset) =>
  ([400, 700] as const).map((weight) => ({
    name: familyOf(subset),
    path: require.resolve(`@fontsource/source-serif-4/files/source-serif-4-${subset}-${weight}-normal.woff`),
    weight,
    style: 'normal' as const,
  })),
);

/** The characters the subsets cover, from the unicode-range of each in the package's CSS. */
const covered: [number, number][] = [
  ...readFileSync(require.resolve('@fontsource/source-serif-4/400.css'), 'utf8').matchAll(
    /source-serif-4-([\w-]+)-400-normal[\s\S]*?unicode-range:\s*([^;]+);/g,
  ),
]
  .filter(([, subset]) => SUBSETS.includes(subset ?? ''))
  .flatMap(([, , ranges]) =>
    (ranges ?? '').split(',').map((range): [number, number] => {
      const [from = '0', to = from] = range.trim().replace('U+', '').split('-');
      return [parseInt(from, 16), parseInt(to, 16)];
    }),
  );
const drawable = (char: string) => {
  const code = char.codePointAt(0) ?? 0;
  return /\s/.test(char) || covered.some(([from, to]) => code >= from && code <= to);
};

/** Text with the characters the card font cannot draw left out (they would show as boxes). */
export function drawableText(text: string): { text: string; missing: string } {
  const chars = [...text];
  return {
    text: chars
      .filter(drawable)
      .join('')
      .replace(/\s{2,}/g, ' ')
      .trim(),
    missing: [...new Set(chars.filter((c) => !drawable(c)))].join(''),
  };
}

type Node = { type: string; props: { style?: Record<string, unknown>; children?: Node[] | string } };
const box = (style: Record<string, unknown>, children: Node[] | string): Node => ({
  type: 'div',
  props: { style: { display: 'flex', ...style }, children },
});

/** Past this many articles a document's map would be too small to read on a card: it is left out. */
const MAP_MAX_CELLS = 60;

/** The document's articles at a glance, as on its page: one cell each, the quoted ones filled. */
function articleMap({ count, quoted }: { count: number; quoted: number[] }): Node {
  const cells = Array.from({ length: count }, (_, i) => {
    const lit = quoted.includes(i + 1);
    return box(
      {
        width: 40,
        height: 40,
        alignItems: 'center',
        justifyContent: 'center',
        fontSize: 18,
        fontWeight: 700,
        border: `2px solid ${lit ? token('color-accent') : token('color-muted')}`,
        background: lit ? token('color-accent') : token('color-bg'),
        color: lit ? token('color-bg') : token('color-muted'),
      },
      String(i + 1),
    );
  });
  return box({ flexWrap: 'wrap', gap: '8px', maxWidth: 1000 }, cells);
}

export function layout(card: CardContent, siteTitle: string): Node {
  const title = shorten(drawableText(card.title).text, card.quote ? 90 : 140);
  return box(
    {
      boxSizing: 'border-box',
      width: CARD_WIDTH,
      height: CARD_HEIGHT,
      flexDirection: 'column',
      justifyContent: 'space-between',
      padding: '64px 72px',
      background: token('color-bg'),
      color: token('color-text'),
      borderLeft: `24px solid ${token('color-accent')}`,
      fontFamily: FAMILY,
    },
    [
      box({ flexDirection: 'column', gap: '20px', maxWidth: 1000 }, [
        box({ fontSize: 30, color: token('color-accent'), fontWeight: 700 }, drawableText(card.kicker).text),
        box({ fontSize: title.length > 70 ? 52 : 64, fontWeight: 700, lineHeight: 1.15 }, title),
        ...(card.quote
          ? [
              box(
                { fontSize: 34, lineHeight: 1.35, color: token('color-text') },
                `“${shorten(drawableText(card.quote).text, 170)}”`,
              ),
            ]
          : []),
        ...(card.articleMap && card.articleMap.count <= MAP_MAX_CELLS ? [articleMap(card.articleMap)] : []),
      ]),
      box({ fontSize: 26, color: token('color-muted') }, siteTitle),
    ],
  );
}

const version = (pkg: string) => (require(`${pkg}/package.json`) as { version: string }).version;

/**
 * The cards drawn by the worker at `worker` (card-worker.mjs, plain JavaScript run as it is, by
 * path: the site's integration names it, src/integrations/site.ts). Cards are drawn on every
 * core: Satori's layout is plain JavaScript, which would otherwise hold the thread that renders
 * the pages. Idle workers stop on their own, so the build can exit.
 */
function createCardDrawing(worker: string) {
  let pool: Piscina | undefined;
  const drawingPool = () =>
    (pool ??= new Piscina({ filename: worker, maxThreads: availableParallelism(), idleTimeout: 500 }));

  /**
   * What, besides the content, decides a card's pixels: the drawing code (the worker's too, which
   * Astro's incremental build cannot see: it is not imported) and the libraries' versions.
   */
  const codeKey = [
    readFileSync(worker, 'utf8'),
    layout.toString(),
    articleMap.toString(),
    drawableText.toString(),
    FAMILY,
    ...['color-bg', 'color-text', 'color-accent', 'color-muted'].map(token),
    shorten.toString(),
    ...['satori', '@resvg/resvg-js', '@fontsource/source-serif-4'].map(version),
  ].join('\n');

  /**
   * Cards being drawn ahead of their routes, by page. With the card cache on, a drawn card waits
   * on disk, not in memory: thousands of them would otherwise be held until Astro reaches their routes.
   */
  const ahead = new Map<string, Promise<unknown>>();

  /** The card from the cache, or drawn in the pool (and then cached). */
  const drawOrReuse = (card: CardContent, siteTitle: string): Promise<Buffer> =>
    cardCache.cached(codeKey, [card, siteTitle], async () => {
      const png: Uint8Array = await drawingPool().run({
        tree: layout(card, siteTitle),
        width: CARD_WIDTH,
        height: CARD_HEIGHT,
        fontFiles: FONT_FILES,
      });
      return Buffer.from(png);
    });

  return {
    codeKey,
    /**
     * Starts drawing every card not drawn before (not in the card cache) as soon as the build
     * knows them, so the pool works through them on every core while the pages render, instead
     * of a few at a time as Astro reaches each card's route.
     */
    drawAhead(cards: { card: CardContent; page: string }[], siteTitle: string): void {
      for (const { card, page } of cards) {
        if (ahead.has(page) || cardCache.has(codeKey, [card, siteTitle])) continue;
        const drawing = drawOrReuse(card, siteTitle).then((png) => (cardCache.enabled ? undefined : png));
        // A card that cannot be drawn fails its own route, which awaits this promise.
        drawing.catch(() => {});
        ahead.set(page, drawing);
      }
    },
    /** The card of the page at `page` (named in a warning when some of its text cannot be drawn). */
    async render(card: CardContent, siteTitle: string, page: string): Promise<Buffer> {
      const missing = drawableText(`${card.kicker}${card.title}${card.quote ?? ''}`).missing;
      if (missing) {
        console.warn(
          `[social card] ${page}: Source Serif 4 has no glyphs for “${missing}”, so the card leaves those characters out.`,
        );
      }
      const early = ahead.get(page);
      ahead.delete(page);
      // Drawn ahead: into the cache (read back from it), or, with the cache off, the picture itself.
      const drawn = await early;
      return drawn instanceof Buffer ? drawn : drawOrReuse(card, siteTitle);
    },
  };
}

const drawings = new Map<string, ReturnType<typeof createCardDrawing>>();

/** The card drawing of a worker: one pool and one set of cards drawn ahead per worker, for the whole build. */
export function cardDrawing(worker: string): ReturnType<typeof createCardDrawing> {
  const drawing = drawings.get(worker) ?? createCardDrawing(worker);
  drawings.set(worker, drawing);
  return drawing;
}
