import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readRedirects } from '../../src/lib/redirects';
import { checkRedirects } from '../../src/lib/validate';
import { validInput } from './fixtures';

describe('redirects', () => {
  const dir = mkdtempSync(join(tmpdir(), 'redirects-'));
  const file = (name: string, body: string) => {
    writeFileSync(join(dir, name), body);
    return join(dir, name);
  };

  test('should read old paths and their new paths', () => {
    const { redirects, problems } = readRedirects(
      file('ok.json', '{ "/old/": { "to": "/documents/pact/" } }'),
    );
    expect(problems).toEqual([]);
    expect(redirects).toEqual([
      { id: '/old/', filePath: join(dir, 'ok.json'), data: { to: '/documents/pact/' } },
    ]);
  });

  test('should explain a malformed file, a missing file and a bad target path', () => {
    expect(readRedirects(file('bad.json', '{ nope')).problems[0]).toMatchObject({
      field: '(whole file)',
      message: expect.stringContaining('not valid JSON'),
    });
    expect(readRedirects(join(dir, 'missing.json')).problems[0]).toMatchObject({
      fix: 'create it with the content {} (no redirects).',
    });
    expect(
      readRedirects(file('path.json', '{ "/old/": { "to": "documents/pact" } }')).problems[0],
    ).toMatchObject({
      field: '/old/.to',
      message: expect.stringContaining('must be a site path'),
    });
    const notAPath = readRedirects(file('key.json', '{ "old": { "to": "/documents/pact/" } }'));
    expect(notAPath.redirects).toEqual([]);
    expect(notAPath.problems.map((p) => p.message)).toEqual(['"old" is not a site path.']);
  });

  test('should refuse an old address inside a folder the build writes, or one that is not a page path', () => {
    for (const key of ['/og/documents/x.png', '/schemas/old/', '/_astro/x/', '/pagefind/x/']) {
      const { redirects, problems } = readRedirects(
        file('generated.json', JSON.stringify({ [key]: { to: '/documents/pact/' } })),
      );
      expect(redirects, key).toEqual([]);
      expect(problems.map((p) => p.message).join(), key).toContain('a folder the build writes');
    }
    const json = readRedirects(
      file('json.json', '{ "/documents/pact/old.json": { "to": "/documents/pact/" } }'),
    );
    expect(json.redirects).toEqual([]);
    expect(json.problems.map((p) => p.message)).toEqual(['"/documents/pact/old.json" is not a site path.']);
  });

  test('should reject a redirect from a live page or to a missing page', () => {
    const input = validInput();
    input.redirects = [
      { id: '/documents/pact/', filePath: 'redirects.json', data: { to: '/documents/pact/article-1/' } },
      { id: '/gone/', filePath: 'redirects.json', data: { to: '/nowhere/' } },
    ];
    expect(checkRedirects(input).map((p) => p.message)).toEqual([
      '/documents/pact/ is still a page, so it cannot redirect.',
      'redirects to /nowhere/, which is not a page.',
    ]);
    expect(checkRedirects(validInput())).toEqual([]);
  });
});
