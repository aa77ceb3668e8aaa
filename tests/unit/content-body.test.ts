import { describe, expect, test } from 'vitest';
import { readContentBody, type BodyKind } from '../../src/lib/content-body';

/** The problems of a body, as "line field: message". */
const problemsOf = (body: string, kind: BodyKind = 'article') =>
  readContentBody(body, kind, 5).problems.map((p) => `${p.line} ${p.field}: ${p.message}`);

describe('a content file’s body', () => {
  test('should accept Markdown and the site’s components, and a comment', () => {
    const body = [
      'A *report* with **words**, a [source](https://tass.com/politics/1) and a quotation:',
      '',
      'It <ProvisionQuote provision="pact/article-1">shall *cooperate*,</ProvisionQuote> it says. <Statement speaker="a" about="pact" reported>called it key</Statement>.',
      '',
      '{/* a note for editors */}',
      '',
      "<Context sources={[{ name: 'TASS', url: 'https://tass.com/1' }, { name: \"RT\", url: `https://rt.com/2` }]}>",
      '  A fact from elsewhere.',
      '</Context>',
    ].join('\n');
    expect(problemsOf(body)).toEqual([]);
    expect(readContentBody(body, 'article').article?.paragraphs).toHaveLength(2);
  });

  test('should refuse import and export, which run as code when the site is built', () => {
    const problems = problemsOf("import x from 'node:fs'\nexport const words = 'invented'\n\nText.");
    expect(problems).toEqual([expect.stringMatching(/^6 import\/export: an import or export is code/)]);
  });

  test('should refuse an expression anywhere, but not a comment', () => {
    expect(problemsOf('Words {1 + 1} and more.')).toEqual([
      expect.stringMatching(/^6 \{…\}: \{1 \+ 1\} is an expression/),
    ]);
    expect(problemsOf('{process.env.HOME}')).toHaveLength(1);
    expect(problemsOf('A <ProvisionQuote provision="a/b">{"invented"}</ProvisionQuote>.')).toHaveLength(1);
    expect(problemsOf('{/* only a comment */}')).toEqual([]);
  });

  test('should refuse raw HTML, and name a component written in the wrong case', () => {
    expect(problemsOf('<script>alert(1)</script>')).toEqual([expect.stringMatching(/<script> is raw HTML/)]);
    expect(problemsOf('Text <b onclick="x()">bold</b>.')).toEqual([expect.stringMatching(/<b> is raw HTML/)]);
    expect(problemsOf('<iframe src="https://x.org/" />')).toHaveLength(1);
    const wrongCase = readContentBody(
      'A <provisionquote provision="a/b">w</provisionquote>.',
      'article',
    ).problems;
    expect(wrongCase[0]?.fix).toBe('write <ProvisionQuote>: component names are case-sensitive.');
  });

  test('should refuse attributes a component does not take, spreads and expressions', () => {
    expect(problemsOf('A <ProvisionQuote provision="a/b" style="color:red">w</ProvisionQuote>.')).toEqual([
      expect.stringMatching(/takes no attribute “style”/),
    ]);
    expect(problemsOf('A <ProvisionQuote provision="a/b" anchor="x">w</ProvisionQuote>.')).toEqual([
      expect.stringMatching(/takes no attribute “anchor” \(the site sets it\)/),
    ]);
    expect(problemsOf('A <ProvisionQuote {...props}>w</ProvisionQuote>.')).toEqual([
      expect.stringMatching(/spread attribute/),
    ]);
    expect(problemsOf('A <ProvisionQuote provision={id}>w</ProvisionQuote>.')).toEqual([
      expect.stringMatching(/“provision” is an expression/),
    ]);
    expect(problemsOf('A <Statement speaker="a" about="b" reported="no">w</Statement>.')).toEqual([
      expect.stringMatching(/“reported” is a flag/),
    ]);
  });

  test('should refuse a quotation inside a quotation, inside a link, or holding anything but words', () => {
    expect(
      problemsOf(
        'A <Statement speaker="dprk" about="t"><ProvisionQuote provision="t/article-4">either party may annex</ProvisionQuote></Statement>.',
      ),
    ).toEqual([expect.stringMatching(/inside another quotation, <Statement>/)]);
    expect(
      problemsOf('A [<ProvisionQuote provision="a/b">words</ProvisionQuote>](https://evil.example/).'),
    ).toEqual([expect.stringMatching(/quotation stands inside a link/)]);
    expect(
      problemsOf('A <ProvisionQuote provision="a/b">see [here](https://x.org/a)</ProvisionQuote>.'),
    ).toEqual([expect.stringMatching(/holds the quoted words only, not a link/)]);
  });

  test('should refuse a quotation component outside a report', () => {
    expect(problemsOf('A <ProvisionQuote provision="a/b">w</ProvisionQuote>.', 'provision')).toEqual([
      expect.stringMatching(/<ProvisionQuote> belongs in a report/),
    ]);
  });

  test('should refuse links that are not https://, and any image', () => {
    for (const url of [
      'javascript:alert(1)',
      'data:text/html,x',
      'http://example.org/',
      '/documents/x/',
      'ftp://x.org/',
    ]) {
      expect(problemsOf(`A [link](${url}).`), url).toEqual([
        expect.stringMatching(/is not an https:\/\/ web address/),
      ]);
    }
    expect(problemsOf('A [link][r].\n\n[r]: javascript:alert(1)')).toHaveLength(1);
    expect(problemsOf('![A picture](https://example.org/a.png)')).toEqual([
      expect.stringMatching(/an image is not published/),
    ]);
  });

  test('should refuse a <Context> whose sources are code, or list a url twice', () => {
    const context = (sources: string) =>
      problemsOf(`<Context sources={${sources}}>\n  Fact.\n</Context>`, 'document');
    expect(context("[{ name: 'A', url: 'https://a.org/1' }]")).toEqual([]);
    expect(context('[...others]')).toEqual([expect.stringMatching(/source 1 is not written out.*spread/)]);
    expect(context("[{ name: 'A', url: 'https://a.org/1', url: 'javascript:alert(1)' }]")).toEqual([
      expect.stringMatching(/gives its url twice/),
    ]);
    expect(context("[{ name: 'A', url: 'https://a.org/1' }, { name: 'B', url: 'https://a.org/1' }]")).toEqual(
      [expect.stringMatching(/repeats the url/)],
    );
    expect(context('sources')).toEqual([expect.stringMatching(/not written out as a list/)]);
    expect(context("[{ name: 'A', url: (await import('node:child_process')).execSync('id') }]")).toEqual([
      expect.stringMatching(/url that is not a quoted string/),
    ]);
    expect(context("[{ name: 'A', url: `https://a.org/${x}` }]")).toHaveLength(1);
    expect(problemsOf('<Context sources="https://a.org/">\n  Fact.\n</Context>', 'document')).toHaveLength(1);
  });

  test('should refuse invisible characters that change how words read', () => {
    expect(problemsOf('The treaty is \u202Edesnefed\u202C.')).toEqual([
      expect.stringMatching(/U\+202E RIGHT-TO-LEFT OVERRIDE, after “The treaty is”/),
    ]);
    expect(
      problemsOf('A <ProvisionQuote provision="a/b">shall\u200B cooperate</ProvisionQuote>.'),
    ).toHaveLength(1);
  });

  test('should say where MDX that cannot be read goes wrong', () => {
    expect(problemsOf('Text\n\nA < b and {')).toEqual([
      expect.stringMatching(/^8 body: it is not valid MDX/),
    ]);
  });
});

describe('a .md file’s body', () => {
  const mdProblems = (body: string, kind: BodyKind = 'provision') =>
    readContentBody(body, kind, 5, 'md').problems.map((p) => `${p.field}: ${p.message} fix: ${p.fix}`);

  test('should accept Markdown prose, braces and all, as text', () => {
    expect(mdProblems('A provision in *Markdown* with a [source](https://tass.com/1) and {braces}.')).toEqual(
      [],
    );
  });

  test('should refuse raw HTML, and say that a component needs an .mdx file', () => {
    expect(mdProblems('Words <b>bold</b> here.')).toEqual([
      expect.stringMatching(/^HTML: raw HTML is not content/),
      expect.stringMatching(/^HTML: raw HTML is not content/),
    ]);
    const context = mdProblems(
      "<Context sources={[{ name: 'TASS', url: 'https://tass.com/1' }]}>\nA fact.\n</Context>",
    );
    expect(context[0]).toMatch(
      /^<Context>: <Context> is one of the site's components, and only an \.mdx file can use them/,
    );
    expect(context[0]).toContain('rename the file from .md to .mdx');
  });

  test('should hold a .md file to every other rule of content', () => {
    expect(mdProblems('![a picture](https://example.org/a.png)')).toEqual([expect.stringMatching(/^image:/)]);
    expect(mdProblems('[a link](http://example.org/)')).toEqual([expect.stringMatching(/^link:/)]);
    expect(mdProblems('Invisible\u200bspace.')).toHaveLength(1);
  });
});
