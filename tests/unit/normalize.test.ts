import { expect, test } from 'vitest';
import { normalizeWords } from '../../src/lib/normalize';

test('should treat curly and straight quotes and apostrophes as the same words', () => {
  expect(normalizeWords('People’s “key”')).toBe(normalizeWords('People\'s "key"'));
});

test('should fold runs of white space but keep every word and punctuation mark', () => {
  expect(normalizeWords('  a \n  b,  ')).toBe('a b,');
  expect(normalizeWords('security.')).not.toBe(normalizeWords('security'));
  expect(normalizeWords('party')).not.toBe(normalizeWords('parties'));
});
