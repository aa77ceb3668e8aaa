import { readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readContent, type Provision } from '../content';
import { buildCopy, edit, removeWorkFolder, type BuildRun } from './build-copy';

/**
 * Content files and front matter are strict: what the build does not know is refused with its
 * file, line and fix, never dropped in silence, and a file is never read past what is safe. Two
 * builds: one whose files are refused before Astro reads any of them, one whose front matter is.
 */
afterAll(removeWorkFolder);

const content = readContent();
const report = content.articles[0]!;
const [provision, other] = content.provisions.filter((p) => report.quoted.includes(p.id)) as [
  Provision,
  Provision,
];
const provisionFile = (c: string, p = provision) => join(c, p.file);
const reportFile = (c: string) => join(c, report.file);
/** The problems printed for a file: blocks that start with its path, not log lines naming it. */
const problemsOf = (run: BuildRun, file: string) =>
  run.output.split(/\n(?=\S)/).filter((block) => !/^\d\d:\d\d:\d\d /.test(block) && block.includes(file));

describe('files the build does not read', () => {
  let run: BuildRun;
  beforeAll(() => {
    run = buildCopy('unsafe-files', (c) => {
      const outside = join(c, '..', 'outside.mdx');
      writeFileSync(outside, readFileSync(provisionFile(c), 'utf8').replace(provision.title, 'From outside'));
      symlinkSync(outside, join(c, 'provisions', provision.document, 'linked.mdx'));
      symlinkSync('/etc/passwd', join(c, 'documents', 'passwd.mdx'));
      writeFileSync(join(c, 'documents', 'huge.mdx'), `---\ntitle: x\n---\n\n${'word '.repeat(600_000)}`);
      const bomb = [
        'a: &a ["x","x","x","x","x","x","x","x","x"]',
        ...'bcdefgh'
          .split('')
          .map(
            (k, i) => `${k}: &${k} [*${'abcdefgh'[i]},*${'abcdefgh'[i]},*${'abcdefgh'[i]},*${'abcdefgh'[i]}]`,
          ),
      ].join('\n');
      edit(reportFile(c), /^---\n/, `---\n${bomb}\n`);
      writeFileSync(join(c, 'documents', 'toml.mdx'), '+++\ntitle = "x"\n+++\n\nBody.\n');
    });
  }, 120_000);

  test('should refuse a symbolic link without following it or naming its target', () => {
    expect(run.status).toBe(1);
    expect(problemsOf(run, 'linked.mdx').join('\n')).toContain('it is a symbolic link');
    expect(problemsOf(run, 'passwd.mdx').join('\n')).toContain('it is a symbolic link');
    expect(run.output).not.toContain('root:');
    expect(run.output).not.toContain('outside.mdx');
  });

  test('should refuse a file too large to be content, before reading it', () => {
    expect(problemsOf(run, 'huge.mdx').join('\n')).toMatch(/it is 2\.9 MB, more than the 1 MB/);
  });

  test('should refuse YAML aliases and TOML front matter', () => {
    expect(problemsOf(run, `${report.file}:`).join('\n')).toContain('it uses a YAML anchor (&name)');
    expect(problemsOf(run, 'toml.mdx').join('\n')).toContain('the front matter is TOML');
  });

  test('should list them all before Astro reads any content', () => {
    expect(run.output).not.toContain('Syncing content');
    expect(run.output).toMatch(/\d+ problems:/);
  });
});

describe('front matter', () => {
  let run: BuildRun;
  beforeAll(() => {
    run = buildCopy('strict-front-matter', (c) => {
      edit(provisionFile(c), /^title:/m, 'titel:');
      const speakers = join(c, 'speakers.json');
      const list = JSON.parse(readFileSync(speakers, 'utf8')) as { id: string; name: string }[];
      writeFileSync(speakers, JSON.stringify([...list, { ...list[0]!, name: 'Someone else' }], null, 2));
      edit(reportFile(c), /^standfirst: (.*)$/m, 'standfirst: $1\u202E');
      edit(reportFile(c), /^title: .*$/m, `title: ${'Long '.repeat(2000)}`);
      edit(reportFile(c), /^date: .*\n/m, '');
      // One letter of a quotation, composed (NFC) in the report and decomposed (NFD) in its provision.
      const at = other.quote.search(/[aeiou]/);
      const [before, after] = [other.quote.slice(0, at), other.quote.slice(at + 1)];
      const letter = other.quote[at]!;
      edit(reportFile(c), other.quote, `${before}${`${letter}\u0301`.normalize('NFC')}${after}`);
      edit(provisionFile(c, other), other.quote, `${before}${letter}\u0301${after}`);
      const document = join(c, content.documents.find((d) => d.id === provision.document)!.file);
      edit(document, /^shortTitle: .*$/m, '$&\nupdated: 2024-12-01\n');
      edit(
        document,
        /^updated: 2024-12-01$/m,
        'updated: 2024-12-01\narticleCount:\n  count: 9\n  sources:\n    - name: Somewhere\n      url: http://example.org/count',
      );
    });
  }, 120_000);

  test('should refuse an unknown field, saying which it may be', () => {
    expect(problemsOf(run, provision.file).join('\n')).toContain(
      'unknown field "titel" (did you mean "title"?)',
    );
  });

  test('should refuse a speaker listed twice', () => {
    expect(problemsOf(run, 'speakers.json').join('\n')).toContain('two entries have the id');
  });

  test('should refuse invisible characters, an overlong title, a missing date and an http:// source', () => {
    const inReport = problemsOf(run, report.file).join('\n');
    expect(inReport).toContain('"standfirst" holds an invisible character, U+202E RIGHT-TO-LEFT OVERRIDE');
    expect(inReport).toContain('"title" is 9999 characters long, more than the 200 it may have');
    expect(inReport).toMatch(/field: date\n {2}problem: "date" is missing\./);
    expect(
      problemsOf(run, content.documents.find((d) => d.id === provision.document)!.file).join('\n'),
    ).toContain('a source must be an https:// web address');
  });

  test('should show two encodings of one letter as such', () => {
    expect(run.output).toContain('(the same letters, encoded differently: the article');
    expect(run.output).toMatch(/the article's word is composed \(NFC\), the provision's decomposed \(NFD\)/);
  });

  test('should report each mistake once, without follow-on problems', () => {
    const ofProvision = problemsOf(run, provision.file);
    expect(ofProvision, ofProvision.join('\n')).toHaveLength(1);
    // The report's front matter does not fit, but its quotations still count.
    const ofReport = problemsOf(run, `${report.file}:`);
    expect(ofReport, ofReport.join('\n')).toHaveLength(4);
    expect(run.output).not.toContain('is quoted by no article');
    expect(run.output).toContain('The content has 7 problems');
  });
});
