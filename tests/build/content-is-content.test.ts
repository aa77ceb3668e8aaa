import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readContent } from '../content';
import { buildCopy, removeWorkFolder, type BuildRun } from './build-copy';

/**
 * One real build of a copy whose content tries, in every way known, to publish words that are not
 * its source's or to run code: each is refused with its file, line and fix, nothing runs, and no
 * site is written. The cases take their report, provisions and speakers from the content itself.
 */
afterAll(removeWorkFolder);

const content = readContent();
const report = content.articles[0]!;
const [quoted, other] = content.provisions.filter((p) => report.quoted.includes(p.id));
const speaker = (JSON.parse(readFileSync(join('src/content/speakers.json'), 'utf8')) as { id: string }[])[0]!
  .id;
const marker = join(process.cwd(), 'node_modules/.cache/content-ran-code');

/** Paragraphs appended to the report, each an attack, by name. */
const ATTACKS = {
  statementAroundQuote: `A <Statement speaker="${speaker}" about="${quoted!.document}"><ProvisionQuote provision="${quoted!.id}">either party may annex the other</ProvisionQuote></Statement>.`,
  quoteInExpression: `B {<ProvisionQuote provision="${quoted!.id}">either party may annex the other</ProvisionQuote>}.`,
  quoteInQuote: `C <ProvisionQuote provision="${quoted!.id}">${quoted!.quote} <ProvisionQuote provision="${other!.id}">${other!.quote}</ProvisionQuote></ProvisionQuote>.`,
  exportedWords: `export const annex = 'either party may annex the other'\n\nD <ProvisionQuote provision="${quoted!.id}">{annex}</ProvisionQuote>.`,
  linkAroundQuote: `E [<ProvisionQuote provision="${quoted!.id}">${quoted!.quote}</ProvisionQuote>](https://evil.example/).`,
  unknownSpeakerInQuote: `F <ProvisionQuote provision="${quoted!.id}">${quoted!.quote} <Statement speaker="nobody" about="${quoted!.document}">x</Statement></ProvisionQuote>.`,
  shellAtBuild: `export const ran = (await import('node:fs')).writeFileSync(${JSON.stringify(marker)}, 'ran')\n\nG {ran}`,
  script: '<script>alert(1)</script>',
  iframe: '<iframe src="https://evil.example/" />',
  onclick: 'H <span onclick="alert(1)">click</span>.',
  style: `I <ProvisionQuote provision="${quoted!.id}" style="display:none">${quoted!.quote}</ProvisionQuote>.`,
  javascriptLink: 'J [a link](javascript:alert(1)).',
  dataLink: 'K [a link](data:text/html,<script>alert(1)</script>).',
  httpLink: 'L [a link](http://example.org/).',
  externalImage: '![M](https://evil.example/pixel.png)',
  contextSpread: '<Context sources={[...sources]}>\n  N.\n</Context>',
  contextTwoUrls:
    "<Context sources={[{ name: 'O', url: 'https://tass.com/1', url: 'javascript:alert(1)' }]}>\n  O.\n</Context>",
};

let run: BuildRun;
/** The problems printed for the line an attack starts on. */
const problemAt = (name: keyof typeof ATTACKS) => {
  const lines = readFileSync(join(run.content, report.file), 'utf8').split('\n');
  const line = lines.indexOf(ATTACKS[name].split('\n')[0]!) + 1;
  return run.output
    .split(/\n(?=\S)/)
    .filter((block) => block.includes(`${report.file}:${line}\n`))
    .join('\n');
};

beforeAll(() => {
  run = buildCopy('not-content', (c) => {
    const file = join(c, report.file);
    writeFileSync(
      file,
      `${readFileSync(file, 'utf8').trimEnd()}\n\n${Object.values(ATTACKS).join('\n\n')}\n`,
    );
  });
}, 180_000);

describe('a content file that holds more than content', () => {
  test('should stop the build and write no site', () => {
    expect(run.status).toBe(1);
    expect(existsSync(run.dist)).toBe(false);
    expect(run.output).not.toMatch(/^\s+at /m);
  });

  test('should never run the code an export holds, even at build time', () => {
    expect(existsSync(marker)).toBe(false);
    expect(problemAt('shellAtBuild')).toContain('field: import/export');
  });

  test.each([
    ['statementAroundQuote', 'inside another quotation, <Statement>'],
    ['quoteInExpression', 'is an expression, code that runs'],
    ['quoteInQuote', 'inside another quotation, <ProvisionQuote>'],
    ['exportedWords', 'an import or export is code'],
    ['linkAroundQuote', 'stands inside a link'],
    ['unknownSpeakerInQuote', 'inside another quotation'],
    ['script', '<script> is raw HTML'],
    ['iframe', '<iframe> is raw HTML'],
    ['onclick', '<span> is raw HTML'],
    ['style', 'takes no attribute “style”'],
    ['javascriptLink', '“javascript:alert(1)” is not an https:// web address'],
    ['dataLink', 'is not an https:// web address'],
    ['httpLink', '“http://example.org/” is not an https:// web address'],
    ['externalImage', 'an image is not published'],
    ['contextSpread', 'a spread “...” is code'],
    ['contextTwoUrls', 'gives its url twice'],
  ] as const)('should refuse %s with its line, the problem and the fix', (name, message) => {
    const problem = problemAt(name);
    expect(problem, run.output).toContain(message);
    expect(problem).toMatch(/\n {2}fix: \S/);
  });

  test('should publish none of the attempted words anywhere', () => {
    const files = existsSync(run.dist) ? readdirSync(run.dist, { recursive: true, encoding: 'utf8' }) : [];
    expect(files).toEqual([]);
  });
});
