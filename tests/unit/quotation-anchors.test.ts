import { describe, expect, test } from 'vitest';
import { quotationAnchors } from '../../src/lib/quotation-anchors';

describe('anchors', () => {
  test('should derive quotation anchors from the provision and from a statement’s first words', () => {
    expect(
      quotationAnchors([
        { kind: 'provision', text: 'x', provision: 'russia-dprk-treaty/article-4' },
        { kind: 'statement', text: 'exclusively defensive position.' },
        { kind: 'statement', text: 'one two three four five six seven' },
      ]),
    ).toEqual([
      'quote-russia-dprk-treaty-article-4',
      'said-exclusively-defensive-position',
      'said-one-two-three-four-five-six',
    ]);
  });

  test('should keep anchors unique and never empty, whatever the words', () => {
    expect(
      quotationAnchors([
        { kind: 'provision', text: 'a', provision: 'pact/article-1' },
        { kind: 'provision', text: 'b', provision: 'pact/article-1' },
        { kind: 'statement', text: 'for a hundred years, and more' },
        { kind: 'statement', text: 'for a hundred years, and then some' },
        { kind: 'statement', text: 'великая инициатива' },
        { kind: 'statement', text: '« … »' },
      ]),
    ).toEqual([
      'quote-pact-article-1',
      'quote-pact-article-1-2',
      'said-for-a-hundred-years-and-more',
      'said-for-a-hundred-years-and-then',
      'said-великая-инициатива',
      'said-6',
    ]);
  });
});
