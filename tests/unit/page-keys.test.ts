import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { codeDigest } from '../../src/integrations/code-digest';
import { missingPageAssets } from '../../src/integrations/page-assets';
import { buildSiteModel } from '../../src/lib/model';
import { pageKeys } from '../../src/lib/page-keys';
import { validInput } from './fixtures';

const work = mkdtempSync(join(tmpdir(), 'page-keys-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('a page is reused only when nothing it shows or links changed', () => {
  const site = buildSiteModel(validInput());
  const digests = new Map(
    [...site.documents.map((d) => `documents/${d.id}`), ...site.provisions.map((p) => `provisions/${p.id}`)]
      .concat(site.articles.map((a) => `articles/${a.id}`))
      .map((id) => [id, `digest-of-${id}`] as const),
  );
  const provision = site.provisions[0]!;

  test('should change every key when the code changes, the content alone not', () => {
    const before = pageKeys(site, digests, 'code-a');
    expect(pageKeys(site, digests, 'code-a').provision(provision)).toBe(before.provision(provision));
    expect(pageKeys(site, digests, 'code-b').provision(provision)).not.toBe(before.provision(provision));
    expect(pageKeys(site, digests, 'code-b').document(site.documents[0]!)).not.toBe(
      before.document(site.documents[0]!),
    );
  });

  test('should digest the code, leaving the content folder out', () => {
    const root = join(work, 'project');
    mkdirSync(join(root, 'src/components'), { recursive: true });
    mkdirSync(join(root, 'src/content'), { recursive: true });
    writeFileSync(join(root, 'src/components/Box.astro'), '<style>p { color: red; }</style>');
    writeFileSync(join(root, 'src/content/a.md'), 'one');
    const first = codeDigest(root, join(root, 'src/content'));
    writeFileSync(join(root, 'src/content/a.md'), 'two');
    expect(codeDigest(root, join(root, 'src/content'))).toBe(first);
    writeFileSync(join(root, 'src/components/Box.astro'), '<style>p { color: blue; }</style>');
    expect(codeDigest(root, join(root, 'src/content'))).not.toBe(first);
  });

  test('should name a page that links an asset the build did not write', () => {
    const out = join(work, 'dist');
    mkdirSync(join(out, '_astro'), { recursive: true });
    mkdirSync(join(out, 'a'), { recursive: true });
    writeFileSync(join(out, '_astro/style.new.css'), '');
    writeFileSync(join(out, 'index.html'), '<link rel="stylesheet" href="/treaty/_astro/style.new.css">');
    writeFileSync(join(out, 'a/index.html'), '<link rel="stylesheet" href="/treaty/_astro/style.old.css">');
    const problems = missingPageAssets(out, '/treaty/');
    expect(problems.map((p) => [p.file.endsWith('a/index.html'), p.field])).toEqual([
      [true, '/treaty/_astro/style.old.css'],
    ]);
  });
});
