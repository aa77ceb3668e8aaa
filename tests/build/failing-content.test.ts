import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { buildCopy, edit, removeWorkFolder } from './build-copy';

/**
 * Real builds of broken copies of the content: the build must stop, list every problem at once
 * with its file, line, field and fix, and leave no site behind (not even an older, good-looking one).
 */
afterAll(removeWorkFolder);

const article = (content: string) => join(content, 'articles/2024-10-15-putin-proposes-ratification.mdx');
const provision = (content: string, name: string) =>
  join(content, 'provisions/russia-dprk-treaty', `${name}.mdx`);
const ARTICLE_FILE = 'articles/2024-10-15-putin-proposes-ratification.mdx';

function expectNoSite(run: { status: number | null; dist: string }) {
  expect(run.status).toBe(1);
  expect(existsSync(run.dist)).toBe(false);
  expect(existsSync(`${run.dist}.partial`)).toBe(false);
  expect(existsSync(`${run.dist}.lock`)).toBe(false);
}

describe('a build with broken content', () => {
  test('should list the front-matter problems of several files at once, each with its line', () => {
    const run = buildCopy('front-matter', (c) => {
      edit(provision(c, 'article-4'), /^quote: .*\n/m, '');
      edit(provision(c, 'article-5'), /^title: .*$/m, 'title: ""');
      edit(provision(c, 'article-3'), /^order: 3$/m, 'order: three');
    });
    expectNoSite(run);
    expect(run.output).toContain('The content has 3 problems');
    expect(run.output).toMatch(
      /article-4\.mdx:1\n {2}field: quote\n {2}problem: "quote" is missing\.\n {2}fix: add it/,
    );
    expect(run.output).toMatch(/article-5\.mdx:\d+\n {2}field: title\n {2}problem: "title" is empty\./);
    expect(run.output).toMatch(
      /article-3\.mdx:\d+\n {2}field: order\n {2}problem: "order" has the wrong type\./,
    );
    // A provision that fails its schema is not reported again as missing by the article.
    expect(run.output).not.toContain('which does not exist');
    expect(run.output).not.toMatch(/Stack trace|Browser APIs/);
  });

  test('should fail on a quotation of a provision that does not exist', () => {
    const run = buildCopy('unknown-provision', (c) =>
      edit(
        article(c),
        'provision="russia-dprk-treaty/article-5"',
        'provision="russia-dprk-treaty/article-6"',
      ),
    );
    expectNoSite(run);
    expect(run.output).toMatch(new RegExp(`${ARTICLE_FILE.replaceAll('.', '\\.')}:\\d+`));
    expect(run.output).toContain('field: <ProvisionQuote provision>');
    expect(run.output).toContain('fix: set provision="…" to one of:');
  });

  test('should point at the first word where the article and the provision differ', () => {
    const run = buildCopy('words-differ', (c) =>
      edit(provision(c, 'article-4'), 'immediately provide', 'promptly provide'),
    );
    expectNoSite(run);
    expect(run.output).toContain('field: <ProvisionQuote provision="russia-dprk-treaty/article-4"> words');
    expect(run.output).toContain('from word 27: the article has “immediately”, the provision “promptly”');
    expect(run.output).toContain('fix: make the words inside <ProvisionQuote>');
  });

  test('should reject a quotation whose words no check would read: alone on its line, in a list', () => {
    const run = buildCopy('misplaced', (c) => {
      const text = `\n\n- <ProvisionQuote provision="russia-dprk-treaty/article-4">Invented treaty words</ProvisionQuote>\n`;
      writeFileSync(article(c), `${readFileSync(article(c), 'utf8')}${text}`);
    });
    expectNoSite(run);
    expect(run.output).toContain('field: <ProvisionQuote>');
    expect(run.output).toContain('stands in a list, outside the article');
  });

  test('should reject an article without paragraphs, unsafe source links, clashing files and slugs', () => {
    const run = buildCopy('identity-and-links', (c) => {
      writeFileSync(
        join(c, 'articles/2024-10-16-empty.mdx'),
        '---\ntitle: Empty\nstandfirst: Nothing\ndate: 2024-10-16\n---\n',
      );
      edit(
        join(c, 'documents/russia-dprk-treaty.mdx'),
        "url: 'https://tass.com/politics/1882599'",
        "url: 'javascript:alert(1)'",
      );
      edit(
        provision(c, 'article-3'),
        'url: https://kcnawatch.org/newstream/1718870859-459880358',
        'url: "data:text/html,x"',
      );
      renameSync(provision(c, 'article-5'), provision(c, 'Article-5'));
      writeFileSync(
        provision(c, 'article-5'),
        '---\ndocument: russia-dprk-treaty\nlabel: Article 5\ntitle: T\nquote: q\norder: 5\n---\n',
      );
    });
    expectNoSite(run);
    expect(run.output).toContain('the article has no paragraphs');
    expect(run.output).toContain('cites "javascript:alert(1)", which is not a web address');
    expect(run.output).toMatch(
      /article-3\.mdx:\d+\n {2}field: labelSource\.0\.url\n {2}problem: a source must be a web address/,
    );
    expect(run.output).toContain('"russia-dprk-treaty/Article-5.mdx" makes a URL');
    expect(run.output).toContain('so only one of the two is published');
  });

  test('should refuse a timeline date or status without its source', () => {
    const run = buildCopy('unsourced-status', (c) =>
      edit(
        join(c, 'timelines/russia-dprk-treaty-ratification.mdx'),
        /(status: Approved by the Federation Council\n)\s+sources:\n(\s+- name: .*\n\s+url: .*\n)+/,
        '$1',
      ),
    );
    expectNoSite(run);
    expect(run.output).toMatch(
      /russia-dprk-treaty-ratification\.mdx(:\d+)?\n {2}field: steps\.3\.sources\n {2}problem: “The Federation Council approves the ratification law” gives a date and a status without a source\./,
    );
    expect(run.output).toContain('fix: add sources: [{ name, url }]');
  });

  test('should list a vanished URL together with the content problems', () => {
    const run = buildCopy('vanished-and-broken', (c) => {
      rmSync(provision(c, 'article-8'));
      edit(
        article(c),
        /<ProvisionQuote provision="russia-dprk-treaty\/article-8">(.*?)<\/ProvisionQuote>/,
        '$1',
      );
      edit(provision(c, 'article-4'), /^label: .*$/m, 'label: ""');
    });
    expectNoSite(run);
    expect(run.output).toContain('"label" is empty');
    expect(run.output).toContain(
      '/documents/russia-dprk-treaty/article-8/ was published, but the site no longer has it',
    );
  });
});
