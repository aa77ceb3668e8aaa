import { mdxToJs, type MdxToJsResult } from 'satteri';
import { describe, expect, test } from 'vitest';
import { contentGuard } from '../../src/integrations/content-guard';
import { paragraphLinks } from '../../src/integrations/paragraph-links';

/** A content file compiled as the build compiles it: the content guard, then the paragraph links. */
const compile = (source: string) =>
  (
    mdxToJs(source, {
      mdastPlugins: [contentGuard('/content/'), paragraphLinks('/content/articles/')],
      fileURL: new URL('file:///content/articles/2024-01-01-a.mdx'),
    }) as MdxToJsResult
  ).code;

describe('the content guard', () => {
  const code = compile(
    [
      "import fs from 'node:fs'",
      "export const ran = fs.writeFileSync('/tmp/x', 'ran')",
      '',
      'Words {ran} and <ProvisionQuote provision="a/b">{"invented"} <em>{process.env.HOME}</em></ProvisionQuote>.',
      '',
      '<Context sources={[...others]} {...props} note={run()}>',
      '  A fact.',
      '</Context>',
      '',
      "<Context sources={[{ name: 'TASS', url: 'https://tass.com/1' }]}>",
      '  A sourced fact.',
      '</Context>',
    ].join('\n'),
  );

  test('should compile no import, no export and no expression of a content file', () => {
    expect(code).not.toMatch(/node:fs|writeFileSync|ran\b|invented|process\.env|others|run\(\)|\.\.\.props/);
  });

  test('should keep the words, the components and a literal list of sources', () => {
    expect(code).toContain('"Words "');
    expect(code).toContain('provision: "a/b"');
    expect(code).toContain('anchor: "quote-a-b"');
    expect(code).toContain('https://tass.com/1');
  });

  test('should leave files outside the content folder alone', () => {
    const outside = (
      mdxToJs('export const x = 1\n\nText.', {
        mdastPlugins: [contentGuard('/content/')],
        fileURL: new URL('file:///elsewhere/page.mdx'),
      }) as MdxToJsResult
    ).code;
    expect(outside).toContain('export const x = 1');
  });
});
