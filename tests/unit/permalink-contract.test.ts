import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readManifest, unlistedFixedUrls, writeManifest } from '../../src/lib/permalink-contract';

describe('the permalink contract file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'permalinks-'));
  const file = (name: string, body?: string) => {
    if (body !== undefined) writeFileSync(join(dir, name), body);
    return join(dir, name);
  };

  test('should read the published URLs, and write them sorted without repeats', () => {
    writeManifest(file('ok.json'), ['/search/', '/', '/search/']);
    expect(readManifest(file('ok.json'))).toEqual({ urls: ['/', '/search/'], removed: [], problems: [] });
    expect(JSON.parse(readFileSync(file('ok.json'), 'utf8')).$comment).toContain('npm run permalinks');
  });

  test('should fail closed on a missing file, with the command that starts one', () => {
    const { urls, problems } = readManifest(file('missing.json'));
    expect(urls).toBeUndefined();
    expect(problems[0]).toMatchObject({
      file: file('missing.json'),
      message: expect.stringContaining('missing'),
    });
    expect(problems[0]!.fix).toContain('npm run permalinks -- --init');
  });

  test('should name malformed JSON, a misspelt field and a list that is not of paths', () => {
    expect(readManifest(file('bad.json', '{ "urls": [')).problems[0]!.message).toContain('not valid JSON');
    expect(readManifest(file('typo.json', '{ "url": ["/"] }')).problems[0]).toMatchObject({
      field: 'url',
      message: 'it has the unknown field "url".',
    });
    expect(readManifest(file('paths.json', '{ "urls": ["search/"] }')).problems[0]!.field).toBe('urls');
    expect(readManifest(file('array.json', '["/"]')).problems[0]!.message).toBe('it is not a JSON object.');
  });
});

describe('the URLs every build publishes', () => {
  const fixed = ['/', '/search/', '/about/', '/rss.xml'];
  test('should refuse a list with none of them: emptied, or another site’s', () => {
    expect(unlistedFixedUrls('permalinks.json', [], fixed)).toHaveLength(1);
    expect(unlistedFixedUrls('permalinks.json', ['/elsewhere/'], fixed)[0]!.message).toContain(
      'it does not list /, /search/, /about/, /rss.xml',
    );
  });

  test('should let a list lack a page the site has just gained, for npm run permalinks to add', () => {
    expect(unlistedFixedUrls('permalinks.json', ['/', '/search/', '/rss.xml'], fixed)).toEqual([]);
  });
});
