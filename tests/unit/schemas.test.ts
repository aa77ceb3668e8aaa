import { describe, expect, test } from 'vitest';
import { articleSchema, documentSchema, provisionSchema, speakerSchema } from '../../src/lib/schemas';

const messageOf = (result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}) => result.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n') ?? '';

describe('front-matter schemas', () => {
  test('should name a missing required field and show how to write it', () => {
    const result = provisionSchema.safeParse({
      document: 'russia-dprk-treaty',
      label: 'Article 4',
      title: 'T',
      order: 4,
    });
    expect(result.success).toBe(false);
    expect(messageOf(result)).toBe(
      'quote: Missing "quote". Add it to the front matter, for example: quote: "If one of the parties …"',
    );
  });

  test('should explain a field of the wrong type', () => {
    const result = articleSchema.safeParse({ title: 7, standfirst: 's', date: '2024-10-15' });
    expect(messageOf(result)).toContain('title: "title" has the wrong type');
  });

  test('should reject a document id that is not a readable URL segment', () => {
    const result = provisionSchema.safeParse({
      document: 'Russia DPRK',
      label: 'A',
      title: 'T',
      quote: 'q',
      order: 1,
    });
    expect(messageOf(result)).toContain('document: "document" must be lower-case words joined by hyphens');
  });

  test('should require a full address for a cited source', () => {
    const result = provisionSchema.safeParse({
      document: 'd',
      label: 'Article 3',
      labelSource: [{ name: 'KCNA', url: 'kcnawatch.org' }],
      title: 'T',
      quote: 'q',
      order: 3,
    });
    expect(messageOf(result)).toContain('labelSource.0.url: Give the full address of the source');
  });

  test('should accept the real front matter shapes and coerce dates', () => {
    const article = articleSchema.parse({ title: 't', standfirst: 's', date: '2024-10-15' });
    expect(article.date.toISOString()).toBe('2024-10-15T00:00:00.000Z');
    const document = documentSchema.parse({ title: 't', shortTitle: 's', kind: 'draft law', order: 2 });
    expect(document.parties).toEqual([]);
    expect(speakerSchema.parse({ id: 'kim-jong-un', name: 'Kim Jong-un', kind: 'person' }).name).toBe(
      'Kim Jong-un',
    );
  });

  test('should list the allowed kinds of document', () => {
    const result = documentSchema.safeParse({ title: 't', shortTitle: 's', kind: 'memo', order: 1 });
    expect(messageOf(result)).toContain('Set "kind" to one of: treaty, draft law');
  });
});
