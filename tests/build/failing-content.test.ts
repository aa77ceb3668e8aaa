import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readContent, type Content, type Provision } from '../content';
import { buildCopy, edit, removeWorkFolder, type BuildRun } from './build-copy';

/**
 * One real build of a copy of the content broken in many files at once. Each rule is unit-tested
 * on its own (tests/unit/validate.test.ts, schemas.test.ts); here the build must stop, list every
 * problem in one run, each with its file, line, field and fix and no stack trace, and leave no
 * site behind, not even an older, good-looking one. What is broken is chosen from the content.
 */
afterAll(removeWorkFolder);

let run: BuildRun;
let content: Content;
let gone: Provision;
const problem = (file: string) =>
  run.output
    .split(/\n(?=\S)/)
    .filter((block) => block.includes(file))
    .join('\n');

beforeAll(() => {
  run = buildCopy('broken', (dir) => {
    content = readContent(dir);
    const report = content.articles[0]!;
    const [first, second, third] = content.provisions.filter((p) => report.quoted.includes(p.id));
    const reportFile = join(dir, report.file);
    const provisionFile = (id: string) => join(dir, content.provisions.find((p) => p.id === id)!.file);
    // A field missing, one empty, one of the wrong type.
    edit(provisionFile(first!.id), /^quote: .*\n/m, '');
    edit(provisionFile(second!.id), /^title: .*$/m, 'title: ""');
    edit(provisionFile(third!.id), /^order: .*$/m, 'order: three');
    // A quotation of a provision that does not exist, and words that differ from a provision's.
    const reportText = readFileSync(reportFile, 'utf8');
    const other = content.provisions.find(
      (p) => report.quoted.includes(p.id) && ![first, second, third].includes(p),
    );
    writeFileSync(
      reportFile,
      `${reportText.replace(`provision="${first!.id}"`, 'provision="no-such-document/nothing"')}\n\n- <ProvisionQuote provision="${second!.id}">Invented words</ProvisionQuote>\n`,
    );
    if (other) edit(provisionFile(other.id), /^quote: (["']?)/m, 'quote: $1Altered ');
    // A report without paragraphs, a clashing file name, a timeline date without a source.
    writeFileSync(
      join(dir, 'articles/2030-01-01-empty.mdx'),
      '---\ntitle: Empty\nstandfirst: Nothing\ndate: 2030-01-01\n---\n',
    );
    renameSync(
      provisionFile(third!.id),
      join(
        dir,
        third!.file.replace(/[^/.]+(?=\.mdx?$)/, (n) => n.toUpperCase()),
      ),
    );
    // A published page gone without a redirect: its JSON goes with it (its page may stay, saying
    // that no report quotes the article).
    gone = content.provisions.filter((p) => ![first, second, third, other].includes(p)).at(-1)!;
    rmSync(provisionFile(gone.id));
    const timeline = content.timelines[0];
    if (timeline) {
      const file = join(dir, timeline.file);
      writeFileSync(
        file,
        readFileSync(file, 'utf8').replace(/^( {4})sources:\n(\1 {2}- name: .*\n\1 {4}url: .*\n)+/m, ''),
      );
    }
  });
}, 180_000);

describe('a build with content broken in many places', () => {
  test('should stop, write no site (not even the older one) and print no stack trace', () => {
    expect(run.status).toBe(1);
    expect(existsSync(run.dist)).toBe(false);
    expect(run.output).not.toMatch(/^\s+at /m);
    expect(run.output).not.toMatch(/Stack trace|Browser APIs/);
  });

  test('should list the front-matter problems of several files at once, each with its line', () => {
    const report = content.articles[0]!;
    const [first, second] = content.provisions.filter((p) => report.quoted.includes(p.id));
    expect(problem(first!.file)).toMatch(
      /\.mdx?:1\n {2}field: quote\n {2}problem: "quote" is missing\.\n {2}fix: add it/,
    );
    expect(problem(second!.file)).toMatch(/\.mdx?:\d+\n {2}field: title\n {2}problem: "title" is empty\./);
  });

  test('should name a quotation of a provision that does not exist, and one outside a paragraph', () => {
    const report = problem(content.articles[0]!.file);
    expect(report).toContain('field: <ProvisionQuote provision>');
    expect(report).toContain('names the provision "no-such-document/nothing", which does not exist');
    expect(report).toContain('stands in a list, outside the article');
  });

  test('should name a report without paragraphs, a file name that is not a URL, and a vanished URL', () => {
    expect(problem('2030-01-01-empty.mdx')).toContain('the article has no paragraphs');
    expect(run.output).toMatch(/makes a URL, and a URL here is lower-case letters/);
    expect(run.output).toContain(`/${gone.jsonPath} was published, but the site no longer has it`);
  });

  test('should list every problem in one run, counted', () => {
    const counted = Number(/The content has (\d+) problems/.exec(run.output)?.[1]);
    expect(counted).toBe(run.output.split(/\n {2}fix: /).length - 1);
    expect(counted).toBeGreaterThanOrEqual(8);
  });
});
