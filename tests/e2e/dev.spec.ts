import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { freePort } from '../../scripts/lib/free-port.mjs';
import { readContent, type Content } from '../content';
import { expect, test } from './fixtures';

/**
 * `npm run dev`, as an editor uses it, on a copy of the content: it shows a report and updates it
 * as it is saved (twice in quick succession too), shows a content error once in the terminal and
 * in the page with its file, field and fix, follows a file renamed or deleted without a restart,
 * and searches. One server for the whole file, so the tests run in order.
 */
test.describe.configure({ mode: 'serial' });

const root = resolve(import.meta.dirname, '../..');
let work: string;
let server: ChildProcess;
let origin: string;
let output = '';
let copy: Content;

function edit(file: string, from: string, to: string) {
  const text = readFileSync(file, 'utf8');
  if (!text.includes(from)) throw new Error(`${from} is not in ${file}`);
  writeFileSync(file, text.replace(from, to));
}
const status = (path: string) =>
  fetch(`${origin}/${path}`).then(
    (r) => r.status,
    () => 0,
  );

test.beforeAll(async ({ content }) => {
  // A first start on a fresh clone prepares Vite's dependency cache: slow on a busy machine.
  test.setTimeout(150_000);
  work = mkdtempSync(join(tmpdir(), 'treaty-dev-'));
  cpSync(content.contentDir, work, { recursive: true });
  copy = readContent(work);
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  server = spawn(
    process.execPath,
    [join(root, 'node_modules/astro/bin/astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', String(port)],
    { cwd: root, env: { ...process.env, CONTENT_DIR: work, NO_COLOR: '1' } },
  );
  server.stdout?.on('data', (chunk) => (output += chunk));
  server.stderr?.on('data', (chunk) => (output += chunk));
  await expect.poll(() => status(''), { timeout: 120_000 }).toBe(200);
});

test.afterAll(() => {
  server?.kill();
  rmSync(work, { recursive: true, force: true });
});

const articleFile = () => join(work, copy.articles[0]!.file);
const provisionFile = (provision: { file: string }) => join(work, provision.file);

test('should serve a report and update it as it is saved, ending on the last of two quick saves', async ({
  page,
}) => {
  const article = copy.articles[0]!;
  await page.goto(`${origin}/${article.path}`);
  const first = page.locator('#p-1');
  const text = readFileSync(articleFile(), 'utf8');
  const sentence = text.split('\n---\n')[1]!.trim().split('\n')[0]!;
  edit(articleFile(), sentence, `${sentence} A first new sentence.`);
  // No reload by the test: the dev server pushes the change to the open page.
  await expect(first).toContainText('A first new sentence.', { timeout: 20_000 });
  edit(articleFile(), 'A first new sentence.', 'A second new sentence.');
  edit(articleFile(), 'A second new sentence.', 'A third new sentence.');
  await expect(first).toContainText('A third new sentence.', { timeout: 20_000 });
  // And the server itself, asked afresh, serves the last save.
  await expect
    .poll(() => fetch(`${origin}/${article.path}`).then((r) => r.text()), { timeout: 20_000 })
    .toContain('A third new sentence.');
  expect(await fetch(`${origin}/${article.path}`).then((r) => r.text())).not.toContain(
    'A second new sentence.',
  );
});

test('should show a content error in the page, and once in the terminal, with file, field and fix', async ({
  page,
}) => {
  // Two waits of up to 20 s each for the dev server to pick the changes up.
  test.setTimeout(60_000);
  const article = copy.articles[0]!;
  const provision = copy.provisions.find((p) => p.id === article.quoted[0])!;
  const word = provision.quote.split(/\s+/).find((w) => w.length > 3)!;
  const printed = output.length;
  const changed = provision.quote.replace(word, `${word}x`);
  edit(provisionFile(provision), provision.quote, changed);
  await expect.poll(() => status(article.path), { timeout: 20_000 }).toBe(500);
  // The dev server may reload the page it is serving as it settles: a navigation it aborts is tried again.
  await expect(async () => {
    await page.goto(`${origin}/${article.path}`);
    await page.reload();
  }).toPass({ timeout: 20_000 });
  await expect.poll(() => status(article.path)).toBe(500);
  const overlay = page.locator('vite-error-overlay');
  const line =
    readFileSync(articleFile(), 'utf8')
      .split('\n')
      .findIndex((l) => l.includes(`provision="${provision.id}"`)) + 1;
  await expect(overlay).toContainText(`articles/${article.id}.mdx:${line}`);
  await expect(overlay).toContainText(`field: <ProvisionQuote provision="${provision.id}"> words`);
  await expect(overlay).toContainText('fix: make the words inside <ProvisionQuote>');
  const terminal = output.slice(printed);
  expect(terminal.split(`field: <ProvisionQuote provision="${provision.id}"> words`).length - 1).toBe(1);
  edit(provisionFile(provision), changed, provision.quote);
  await expect.poll(() => status(article.path), { timeout: 20_000 }).toBe(200);
});

test('should search the dev server’s pages, including words just added', async ({ page }) => {
  await page.goto(`${origin}/`);
  await page.keyboard.press('Control+k');
  const dialog = page.locator('dialog.search-dialog');
  await dialog.getByRole('combobox').fill('third new sentence');
  await expect(dialog.getByRole('option').first()).toContainText(copy.articles[0]!.title);
  await expect(dialog.getByRole('option').first()).toContainText('paragraph 1');
});

test('should follow a provision renamed with its redirect, and a provision deleted, without a restart', async ({
  page,
}) => {
  // Two waits of up to 20 s each for the dev server to pick the changes up.
  test.setTimeout(60_000);
  const article = copy.articles[0]!;
  const moved = copy.provisions.find((p) => article.quoted.includes(p.id))!;
  const newId = `${moved.id}-moved`;
  const movedFile = { file: moved.file.replace(/\.mdx?$/, '-moved$&') };
  renameSync(provisionFile(moved), provisionFile(movedFile));
  writeFileSync(
    articleFile(),
    readFileSync(articleFile(), 'utf8').replaceAll(`provision="${moved.id}"`, `provision="${newId}"`),
  );
  const redirects = join(work, 'redirects.json');
  const declared = JSON.parse(readFileSync(redirects, 'utf8')) as Record<string, { to: string }>;
  const manifest = JSON.parse(readFileSync(join(work, 'permalinks.json'), 'utf8')) as {
    urls: string[];
    removed?: string[];
  };
  writeFileSync(
    redirects,
    JSON.stringify({ ...declared, [`/${moved.path}`]: { to: `/${moved.path.replace(/\/$/, '-moved/')}` } }),
  );
  writeFileSync(
    join(work, 'permalinks.json'),
    JSON.stringify({
      urls: manifest.urls.filter((u) => u !== `/${moved.jsonPath}`),
      removed: [...(manifest.removed ?? []), `/${moved.jsonPath}`],
    }),
  );
  await expect.poll(() => status(moved.path.replace(/\/$/, '-moved/')), { timeout: 20_000 }).toBe(200);
  await page.goto(`${origin}/${moved.path}`);
  await page.waitForURL(`${origin}/${moved.path.replace(/\/$/, '-moved/')}`);
  await expect(page.locator('main h1')).toHaveText(moved.heading);
  // The editor's steps passed through broken states (a file renamed before the report named it);
  // once they are done, the page shows no error.
  await page.goto(`${origin}/${moved.path.replace(/\/$/, '-moved/')}`);
  await expect(page.locator('main h1')).toHaveText(moved.heading);
  await expect(page.locator('vite-error-overlay')).toHaveCount(0);
  expect(output).not.toContain('ENOENT');

  // Deleting a file the report still quotes is a content error, named as such, not a crash.
  const deleted = newId;
  rmSync(provisionFile(movedFile));
  await expect.poll(() => status(article.path), { timeout: 20_000 }).toBe(500);
  // The dev server may reload the page it is serving as it settles: a navigation it aborts is tried again.
  await expect(async () => {
    await page.goto(`${origin}/${article.path}`);
    await expect(page.locator('vite-error-overlay')).toContainText(
      `names the provision "${deleted}", which does not exist`,
    );
  }).toPass({ timeout: 20_000 });
  expect(output).not.toContain('ENOENT');
});
