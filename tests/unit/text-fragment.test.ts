import { describe, expect, test } from 'vitest';
import { textFragmentHref } from '../../src/lib/text-fragment';

describe('text fragments', () => {
  test('should point at the paragraph and at the first and last words of a long quote', () => {
    expect(
      textFragmentHref(
        '/a/#p-6',
        'agree on possible practical measures to ensure cooperation in eliminating the threat.',
      ),
    ).toBe('/a/#p-6:~:text=agree%20on%20possible%20practical,in%20eliminating%20the%20threat.');
  });

  test('should use a short quote whole and escape characters that have a meaning in the directive', () => {
    expect(textFragmentHref('/a/#p-1', 'Russian-Korean, allied & close')).toBe(
      '/a/#p-1:~:text=Russian%2DKorean%2C%20allied%20%26%20close',
    );
  });
});
