import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { freePort } from '../../scripts/lib/free-port.mjs';
import { ARTICLE } from './helpers';

/**
 * `npm run dev`, as an editor uses it: the dev server on a copy of the content shows the article,
 * updates it when its MDX changes, shows a content error with its file, field and fix, and
 * searches. One server for the whole file, so the tests run in order.
 */
test.describe.configure({ mode: 'serial' });

const root = resolve(import.meta.dirname, '../..');
let work: string;
let server: ChildProcess;
let origin: string;
let output = '';

const articleFile = () => join(work, 'articles/2024-10-15-putin-proposes-ratification.mdx');
const provisionFile = () => join(work, 'provisions/russia-dprk-treaty/article-4.mdx');
function edit(file: string, from: string, to: string) {
  const text = readFileSync(file, 'utf8');
  if (!text.includes(from)) throw new Error(`${from} is not in ${file}`);
  writeFileSync(file, text.replace(from, to));
}

test.beforeAll(async () => {
  // A first start on a fresh clone prepares Vite's dependency cache: slow on a busy machine.
  test.setTimeout(150_000);
  work = mkdtempSync(join(tmpdir(), 'treaty-dev-'));
  cpSync(join(root, 'src/content'), work, { recursive: true });
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  server = spawn(
    process.execPath,
    [join(root, 'node_modules/astro/bin/astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', String(port)],
    { cwd: root, env: { ...process.env, CONTENT_DIR: work, NO_COLOR: '1' } },
  );
  server.stdout?.on('data', (chunk) => (output += chunk));
  server.stderr?.on('data', (chunk) => (output += chunk));
  await expect
    .poll(
      () =>
        fetch(`${origin}/`).then(
          (r) => r.status,
          () => 0,
        ),
      { timeout: 120_000 },
    )
    .toBe(200);
});

test.afterAll(() => {
  server?.kill();
  rmSync(work, { recursive: true, force: true });
});

test('should serve the article and update it when its MDX changes', async ({ page }) => {
  await page.goto(`${origin}/${ARTICLE}`);
  const first = page.locator('#p-1');
  await expect(first).toContainText('The treaty was signed by Moscow and Pyongyang in June 2024.');
  edit(articleFile(), 'in June 2024.', 'in June 2024. An editor’s new sentence.');
  // No reload by the test: the dev server pushes the change to the open page.
  await expect(first).toContainText('An editor’s new sentence.', { timeout: 20_000 });
});

test('should show a content error in the page and the terminal, with file, field and fix', async ({
  page,
}) => {
  edit(provisionFile(), 'immediately provide', 'promptly provide');
  await expect.poll(async () => (await fetch(`${origin}/${ARTICLE}`)).status, { timeout: 20_000 }).toBe(500);
  await page.goto(`${origin}/${ARTICLE}`);
  const overlay = page.locator('vite-error-overlay');
  const line =
    readFileSync(articleFile(), 'utf8')
      .split('\n')
      .findIndex((l) => l.includes('provision="russia-dprk-treaty/article-4"')) + 1;
  await expect(overlay).toContainText(`articles/2024-10-15-putin-proposes-ratification.mdx:${line}`);
  await expect(overlay).toContainText(
    'field: <ProvisionQuote provision="russia-dprk-treaty/article-4"> words',
  );
  await expect(overlay).toContainText('fix: make the words inside <ProvisionQuote>');
  expect(output).toContain('field: <ProvisionQuote provision="russia-dprk-treaty/article-4"> words');
  edit(provisionFile(), 'promptly provide', 'immediately provide');
  await expect.poll(async () => (await fetch(`${origin}/${ARTICLE}`)).status, { timeout: 20_000 }).toBe(200);
});

test('should search the dev server’s pages, including words just added', async ({ page }) => {
  await page.goto(`${origin}/`);
  await page.keyboard.press('Control+k');
  const dialog = page.locator('dialog.search-dialog');
  await dialog.getByRole('combobox').fill('editor’s new sentence');
  await expect(dialog.getByRole('option').first()).toContainText('Putin proposes to ratify');
  await expect(dialog.getByRole('option').first()).toContainText('paragraph 1');
});
