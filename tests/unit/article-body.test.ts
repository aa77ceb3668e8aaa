import { describe, expect, test } from 'vitest';
import { paragraphId, paragraphText } from '../../src/lib/article-body';
import { ARTICLE_BODY, articleOf } from './fixtures';

describe('parseArticleBody', () => {
  const { paragraphs, misplaced } = articleOf(ARTICLE_BODY, 4);

  test('should number top-level paragraphs p-1, p-2, … like the rendered anchors', () => {
    expect(paragraphs.map((p) => p.id)).toEqual(['p-1', 'p-2', 'p-3', 'p-4']);
    expect(paragraphs.map((p) => p.number)).toEqual([1, 2, 3, 4]);
    expect(paragraphId(3)).toBe('p-3');
    expect(misplaced).toEqual([]);
  });

  test('should read a provision quotation with its id, words and file line', () => {
    expect(paragraphs[2]?.segments[0]).toEqual({
      kind: 'provision',
      provision: 'pact/article-1',
      text: 'The parties shall cooperate,',
      line: 9,
      anchor: 'quote-pact-article-1',
    });
  });

  test('should read statements with speaker, subject and whether they are reported speech', () => {
    const statements = paragraphs.flatMap((p) => p.segments).filter((s) => s.kind === 'statement');
    expect(statements).toMatchObject([
      { speaker: 'dprk', about: 'pact/article-1', reported: true, text: 'called Article 1 key' },
      { speaker: 'minister', about: 'pact', reported: false, text: 'a good pact' },
    ]);
  });

  test('should give the paragraph text a reader sees, quotation marks included and markup left out', () => {
    expect(paragraphText(paragraphs[3]!)).toBe(
      'It also says the parties “seek peace.” A minister called it “a good pact”.',
    );
    expect(paragraphText(paragraphs[1]!)).toBe('The DPRK called Article 1 key:');
  });

  test('should find a quotation that stands outside a paragraph, with its line and place', () => {
    const body = [
      'A paragraph.',
      '',
      '<ProvisionQuote provision="x/y">alone on its line</ProvisionQuote>',
      '',
      '- a list with <Statement speaker="s" about="x">words</Statement> in it',
      '',
      '> quoted <ProvisionQuote provision="x/y">in a blockquote</ProvisionQuote>',
      '',
      '## A <ProvisionQuote provision="x/y">heading</ProvisionQuote>',
    ].join('\n');
    expect(articleOf(body, 10).misplaced).toEqual([
      { component: 'ProvisionQuote', line: 13, container: 'a line of its own' },
      { component: 'Statement', line: 15, container: 'a list' },
      { component: 'ProvisionQuote', line: 17, container: 'a blockquote' },
      { component: 'ProvisionQuote', line: 19, container: 'a heading' },
    ]);
  });

  test('should flatten inline formatting inside a quotation to its words', () => {
    const [p] = articleOf(
      'It said <ProvisionQuote provision="x/y">very *important* words</ProvisionQuote>.',
    ).paragraphs;
    expect(p?.segments[1]).toMatchObject({ kind: 'provision', text: 'very important words' });
  });

  test('should report a quotation without a provision attribute as undefined', () => {
    const [p] = articleOf('Said <ProvisionQuote>words</ProvisionQuote>.').paragraphs;
    expect(p?.segments[1]).toMatchObject({ kind: 'provision', provision: undefined });
  });
});
