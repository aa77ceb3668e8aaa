import { describe, expect, test } from 'vitest';
import { shorten } from '../../src/lib/shorten';

describe('shortening text for a preview', () => {
  test('should cut long text at a word with an ellipsis', () => {
    expect(shorten('short', 10)).toBe('short');
    expect(shorten('one two three four five', 12)).toBe('one two…');
  });

  test('should close a quotation the cut leaves open', () => {
    const cut = shorten(
      'Article 4, as quoted in the report: “If one of the parties finds itself in a state of war”',
      60,
    );
    expect(cut.endsWith('…”')).toBe(true);
    expect((cut.match(/“/g) ?? []).length).toBe((cut.match(/”/g) ?? []).length);
    expect(cut.length).toBeLessThanOrEqual(60);
  });
});
