import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { renderAsync } from '@resvg/resvg-js';
import satori from 'satori';
import { cached } from './card-cache';
import { token } from './design-tokens';
import { shorten } from './text';
import type { CardContent } from './page-meta';

/**
 * 1200×630 PNG social cards, drawn at build time with Satori (layout to SVG) and resvg (SVG to
 * PNG) in Source Serif 4 from its npm package. No clock, randomness or system font is involved,
 * so the same content always gives the same bytes.
 */
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

const require = createRequire(import.meta.url);

/** Every script Source Serif 4 is published for: each subset is a font of its own to Satori. */
const SUBSETS = ['latin', 'latin-ext', 'cyrillic', 'cyrillic-ext', 'greek', 'vietnamese'];
const familyOf = (subset: string) => `Source Serif 4 ${subset}`;
const FAMILY = SUBSETS.map(familyOf).join(', ');
const fontFile = (subset: string, weight: 400 | 700) =>
  readFileSync(
    require.resolve(`@fontsource/source-serif-4/files/source-serif-4-${subset}-${weight}-normal.woff`),
  );
let fonts: { name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[] | undefined;

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

function layout(card: CardContent, siteTitle: string): Node {
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
      ]),
      box({ fontSize: 26, color: token('color-muted') }, siteTitle),
    ],
  );
}

/** The card as SVG, with its text drawn as paths. */
async function cardSvg(card: CardContent, siteTitle: string): Promise<string> {
  fonts ??= SUBSETS.flatMap((subset) =>
    ([400, 700] as const).map((weight) => ({
      name: familyOf(subset),
      data: fontFile(subset, weight),
      weight,
      style: 'normal' as const,
    })),
  );
  return satori(layout(card, siteTitle) as Parameters<typeof satori>[0], {
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
    fonts,
  });
}

const version = (pkg: string) => (require(`${pkg}/package.json`) as { version: string }).version;
/** What, besides the content, decides a card's pixels: the drawing code and the libraries. */
const codeKey = [
  layout.toString(),
  drawableText.toString(),
  FAMILY,
  ...['color-bg', 'color-text', 'color-accent', 'color-muted'].map(token),
  shorten.toString(),
  ...['satori', '@resvg/resvg-js', '@fontsource/source-serif-4'].map(version),
].join('\n');

/** The card of the page at `page` (named in a warning when some of its text cannot be drawn). */
export function renderCard(card: CardContent, siteTitle: string, page: string): Promise<Buffer> {
  const missing = drawableText(`${card.kicker}${card.title}${card.quote ?? ''}`).missing;
  if (missing) {
    console.warn(
      `[social card] ${page}: Source Serif 4 has no glyphs for “${missing}”, so the card leaves those characters out.`,
    );
  }
  return cached(codeKey, [card, siteTitle], async () => {
    const svg = await cardSvg(card, siteTitle);
    // Off the main thread (libuv's pool), so pages rendered concurrently draw cards in parallel.
    const image = await renderAsync(svg, {
      fitTo: { mode: 'width', value: CARD_WIDTH },
      font: { loadSystemFonts: false },
    });
    return image.asPng();
  });
}
