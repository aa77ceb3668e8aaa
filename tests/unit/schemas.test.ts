import { describe, expect, test } from 'vitest';
import { checkData } from '../../src/lib/front-matter';
import { formatProblem } from '../../src/lib/problems';
import {
  articleSchema,
  documentSchema,
  provisionSchema,
  speakerSchema,
  timelineSchema,
} from '../../src/lib/schemas';

const FILE = 'src/content/provisions/pact/article-4.mdx';
const RAW = [
  '---',
  'document: pact',
  'label: Article 4',
  'title: ""',
  'labelSource:',
  '  - name: KCNA',
  '    url: javascript:alert(1)',
  'order: four',
  '---',
  '',
  'Body.',
].join('\n');

/** The problems a provision's front matter gives, as the build prints them. */
function problemsOf(data: Record<string, unknown>) {
  return checkData(provisionSchema, data, { filePath: FILE, raw: RAW }).problems.map(formatProblem);
}

describe('front matter', () => {
  const problems = problemsOf({
    document: 'pact',
    label: 'Article 4',
    title: '',
    labelSource: [{ name: 'KCNA', url: 'javascript:alert(1)' }],
    order: 'four',
  });

  test('should list every problem of a file at once, each with the line of its field', () => {
    expect(problems).toHaveLength(4);
    expect(problems.map((p) => p.split('\n')[0])).toEqual([
      `${FILE}:1`,
      `${FILE}:4`,
      `${FILE}:7`,
      `${FILE}:8`,
    ]);
  });

  test('should say “empty” for an empty field, “missing” for an absent one, and “wrong type” otherwise', () => {
    expect(problems[1]).toContain(
      'field: title\n  problem: "title" is empty.\n  fix: write it, for example: title:',
    );
    expect(problems[0]).toContain(
      'field: quote\n  problem: "quote" is missing.\n  fix: add it to the front matter',
    );
    expect(problems[3]).toContain(
      'field: order\n  problem: "order" has the wrong type.\n  fix: write it like order: 4',
    );
  });

  test('should accept only https:// web addresses for sources', () => {
    expect(problems[2]).toContain(
      'field: labelSource.0.url\n  problem: a source must be an https:// web address.',
    );
    for (const url of [
      'javascript:alert(1)',
      'data:text/html,x',
      'kcnawatch.org',
      '/relative',
      'http://kcnawatch.org/a',
      // An escape that does not decode: a printed page could not spell it out.
      'https://kcnawatch.org/%E0%A4%A',
    ]) {
      expect(
        provisionSchema.safeParse({
          document: 'd',
          label: 'A',
          labelSource: [{ name: 'K', url }],
          title: 'T',
          quote: 'q',
          order: 1,
        }).success,
        url,
      ).toBe(false);
    }
  });

  test('should say “empty” for a field left blank in YAML (null)', () => {
    const { problems: blank } = checkData(
      articleSchema,
      { title: null, standfirst: 's', date: '2024-10-15' },
      { filePath: 'a.mdx', raw: '---\ntitle:\n---' },
    );
    expect(blank.map(formatProblem)[0]).toContain('problem: "title" is empty.');
  });

  test('should find a JSON entry’s field under its id', () => {
    const raw =
      '[\n  { "id": "a", "name": "A", "kind": "person" },\n  { "id": "b",\n    "kind": "robot" }\n]';
    const { problems: found } = checkData(
      speakerSchema,
      { id: 'b', name: 'B', kind: 'robot' },
      { filePath: 'speakers.json', raw, id: 'b' },
    );
    expect(found.map(formatProblem)[0]).toMatch(
      /^speakers\.json:4\n {2}field: kind\n {2}problem: "kind" must be person or organization\./,
    );
  });

  test('should reject an id that is not a readable URL segment', () => {
    const { problems: found } = checkData(
      provisionSchema,
      { document: 'Russia DPRK', label: 'A', title: 'T', quote: 'q', order: 1 },
      { filePath: FILE, raw: RAW },
    );
    expect(found.map(formatProblem)[0]).toContain('"document" must be lower-case words joined by hyphens.');
  });

  test('should accept the real front matter shapes and coerce dates', () => {
    const article = articleSchema.parse({ title: 't', standfirst: 's', date: '2024-10-15' });
    expect(article.date.toISOString()).toBe('2024-10-15T00:00:00.000Z');
    const document = documentSchema.parse({ title: 't', shortTitle: 's', kind: 'memorandum', order: 2 });
    expect(document.parties).toEqual([]);
    expect(speakerSchema.parse({ id: 'kim-jong-un', name: 'Kim Jong-un', kind: 'person' }).name).toBe(
      'Kim Jong-un',
    );
    expect(
      timelineSchema.parse({ title: 'T', steps: [{ date: '2024-06-19', event: 'Signed', inReport: true }] })
        .steps[0]!.date,
    ).toEqual(new Date('2024-06-19'));
  });

  test('should not accept a date that is not one', () => {
    expect(articleSchema.safeParse({ title: 't', standfirst: 's', date: 'soon' }).success).toBe(false);
  });
});
