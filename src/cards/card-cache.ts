import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CARD_CACHE } from '../lib/environment';

/**
 * A content-addressed cache for social cards, so a rebuild draws only the cards whose content or
 * drawing code changed: with thousands of pages, drawing cards is most of the build. The key
 * covers the card's content and `codeKey` (the drawing code and library versions), so a stale
 * card cannot be served. CARD_CACHE=off turns it off (the tests do, to prove determinism).
 */
export type Draw = () => Promise<Buffer>;

export function createCardCache(dir: string, enabled: boolean) {
  const fileOf = (codeKey: string, content: unknown) =>
    join(dir, `${createHash('sha256').update(codeKey).update(JSON.stringify(content)).digest('hex')}.png`);
  return {
    enabled,
    /** The cached card, or the one `draw` makes, which is then kept. */
    async cached(codeKey: string, content: unknown, draw: Draw): Promise<Buffer> {
      if (!enabled) return draw();
      const file = fileOf(codeKey, content);
      try {
        return readFileSync(file);
      } catch {
        const png = await draw();
        mkdirSync(dir, { recursive: true });
        writeFileSync(file, png);
        return png;
      }
    },
    /** Whether the card is drawn already, without reading it. */
    has: (codeKey: string, content: unknown): boolean => enabled && existsSync(fileOf(codeKey, content)),
  };
}

export const cardCache = createCardCache(CARD_CACHE.dir, CARD_CACHE.enabled);
