import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { contentFormats, describeFormats } from '../../src/integrations/content-formats';

const dir = mkdtempSync(join(tmpdir(), 'formats-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const write = (path: string, text: string) => {
  mkdirSync(join(dir, path, '..'), { recursive: true });
  writeFileSync(join(dir, path), text);
};

describe('the build’s note on formats', () => {
  test('should name each .mdx file with the components it uses, count the .md ones, and name .mdx that need not be', () => {
    write(
      'articles/2024-01-01-a.mdx',
      '---\ntitle: A\n---\n\nIt <ProvisionQuote provision="x/y">says</ProvisionQuote>.\n',
    );
    write('documents/x.mdx', '---\ntitle: X\n---\n\n<Context sources={[]}>\nA fact.\n</Context>\n');
    write('provisions/x/y.md', '---\ntitle: Y\n---\n\nProse.\n');
    write('provisions/x/z.mdx', '---\ntitle: Z\n---\n\nProse only.\n');
    const formats = contentFormats(dir);
    expect(formats.markdown).toBe(1);
    const [compiled, plain] = describeFormats(formats);
    expect(compiled).toMatch(/^3 entries compiled as MDX/);
    expect(compiled).toContain('articles/2024-01-01-a.mdx: ProvisionQuote');
    expect(compiled).toContain('documents/x.mdx: Context');
    expect(compiled).toContain('1 rendered from Markdown (.md)');
    expect(plain).toBe(
      '1 .mdx file uses no component and could be .md, which builds faster: provisions/x/z.mdx.',
    );
  });
});
