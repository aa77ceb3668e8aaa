import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { buildCopy, edit, removeWorkFolder } from './build-copy';

/**
 * Real builds of broken copies of the content: the build must stop, say which file and field are
 * wrong and how to fix them, and leave no site behind (not even an older, good-looking one).
 */
afterAll(removeWorkFolder);
const buildBroken = buildCopy;

const article = (content: string) => join(content, 'articles/2024-10-15-putin-proposes-ratification.mdx');
const article4 = (content: string) => join(content, 'provisions/russia-dprk-treaty/article-4.mdx');

describe('a build with broken content', () => {
  test('should fail on a missing required field, naming the file, the field and the fix', () => {
    const run = buildBroken('missing-field', (c) => edit(article4(c), /^quote: .*\n/m, ''));
    expect(run.status).toBe(1);
    expect(run.output).toContain('provisions/russia-dprk-treaty/article-4.mdx');
    expect(run.output).toContain('quote: Missing "quote". Add it to the front matter');
    expect(existsSync(run.dist)).toBe(false);
    expect(existsSync(`${run.dist}.partial`)).toBe(false);
  });

  test('should fail on a quotation of a provision that does not exist', () => {
    const run = buildBroken('unknown-provision', (c) =>
      edit(
        article(c),
        'provision="russia-dprk-treaty/article-5"',
        'provision="russia-dprk-treaty/article-6"',
      ),
    );
    expect(run.status).toBe(1);
    expect(run.output).toMatch(/articles\/2024-10-15-putin-proposes-ratification\.mdx:\d+/);
    expect(run.output).toContain('field: <ProvisionQuote provision>');
    expect(run.output).toContain('fix: set provision="…" to one of:');
    expect(existsSync(run.dist)).toBe(false);
  });

  test('should fail when the article’s words differ from the provision’s quote', () => {
    const run = buildBroken('words-differ', (c) =>
      edit(article4(c), 'immediately provide', 'promptly provide'),
    );
    expect(run.status).toBe(1);
    expect(run.output).toContain('field: <ProvisionQuote provision="russia-dprk-treaty/article-4"> words');
    expect(run.output).toContain('provisions/russia-dprk-treaty/article-4.mdx');
    expect(run.output).toContain('fix: make the words inside <ProvisionQuote>');
    expect(existsSync(run.dist)).toBe(false);
  });
});
