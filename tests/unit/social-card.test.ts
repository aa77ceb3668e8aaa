import { describe, expect, test, vi } from 'vitest';
import { fileURLToPath } from 'node:url';
import { CARD_HEIGHT, CARD_WIDTH } from '../../src/cards/card-size';
import { cardDrawing, drawableText } from '../../src/cards/social-card';

/** The cards as the build draws them, by the worker the build runs. */
const drawing = cardDrawing(fileURLToPath(new URL('../../src/cards/card-worker.mjs', import.meta.url)));

describe('social cards', () => {
  test('should draw a 1200×630 PNG, the same bytes every time', async () => {
    const card = {
      kicker: 'The Pact · Article 1',
      title: 'Cooperation',
      quote: 'The parties shall cooperate,',
    };
    const [a, b] = await Promise.all([
      drawing.render(card, 'Site', '/a/'),
      drawing.render(card, 'Site', '/a/'),
    ]);
    expect(a.subarray(1, 4).toString()).toBe('PNG');
    expect([a.readUInt32BE(16), a.readUInt32BE(20)]).toEqual([CARD_WIDTH, CARD_HEIGHT]);
    expect(a.equals(b)).toBe(true);
    expect(a.equals(await drawing.render({ ...card, title: 'Other' }, 'Site', '/a/'))).toBe(false);
  });

  test('should draw a document’s map of articles on its card, the quoted ones marked', async () => {
    const card = { kicker: 'Treaty', title: 'The Pact' };
    const plain = await drawing.render(card, 'Site', '/d/');
    const mapped = await drawing.render(
      { ...card, articleMap: { count: 23, quoted: [3, 4] } },
      'Site',
      '/d/',
    );
    const otherQuotes = await drawing.render(
      { ...card, articleMap: { count: 23, quoted: [3, 5] } },
      'Site',
      '/d/',
    );
    expect(mapped.equals(plain)).toBe(false);
    expect(mapped.equals(otherQuotes)).toBe(false);
  });

  test('should draw Cyrillic and Greek letters, not boxes', async () => {
    // Letters a font lacks are all drawn as the same box: two different words would look alike.
    const draw = (title: string) => drawing.render({ kicker: 'K', title }, 'Site', '/a/');
    expect((await draw('Великая')).equals(await draw('Великие'))).toBe(false);
    expect((await draw('Ελληνικά')).equals(await draw('Ελληνικό'))).toBe(false);
  });

  test('should leave out, and warn about, text the card font cannot draw', async () => {
    expect(drawableText('Treaty 条约 text')).toEqual({ text: 'Treaty text', missing: '条约' });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await drawing.render({ kicker: 'K', title: 'Treaty 条约' }, 'Site', '/documents/x/');
    expect(warn).toHaveBeenCalledWith(
      expect.stringContaining('/documents/x/: Source Serif 4 has no glyphs for “条约”'),
    );
    warn.mockRestore();
  });
});
