import { describe, expect, test } from 'vitest';
import { reportsPhrase } from '../../src/lib/reports-phrase';

const report = (title: string) => ({ data: { title } });

describe('naming the reports that quote a page', () => {
  test('should say “the report” on a site of one report', () => {
    expect(reportsPhrase([report('Pact signed')], 1).with('quote')).toBe('the report quotes');
  });

  test('should name the one report among several', () => {
    expect(reportsPhrase([report('Pact signed')], 3).with('say')).toBe('the report “Pact signed” says');
  });

  test('should count several reports, with a verb that agrees', () => {
    const phrase = reportsPhrase([report('A'), report('B')], 3);
    expect(phrase.noun).toBe('the 2 reports');
    expect(phrase.with('quote')).toBe('the 2 reports quote');
  });
});
