import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Parser from 'rss-parser';
import type { Content } from '../content';
import { expect, test } from './fixtures';

/** Who publishes the site and what it corrected: the About page, and corrections everywhere they belong. */

const longDate = (iso: string) =>
  new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });

/** Every page of the content with its corrections. */
const corrected = (content: Content) =>
  [
    ...content.articles.map((a) => ({ path: a.path, corrections: a.corrections })),
    ...content.documents.map((d) => ({ path: d.path, corrections: d.corrections })),
    ...content.provisions.map((p) => ({ path: p.path, corrections: p.corrections })),
    ...content.timelines.map((t) => ({ path: t.path, corrections: t.corrections })),
  ].filter((p) => p.corrections.length > 0);

test('should link the About page from every page’s footer, saying what the site is and is not', async ({
  page,
  content,
}) => {
  for (const path of ['', content.articles[0]!.path, content.provisions[0]!.path]) {
    await page.goto(path);
    await page.locator('footer').getByRole('link', { name: 'About this site' }).click();
    await expect(page.locator('h1')).toHaveText('About this site');
  }
  await expect(page.locator('main')).toContainText('It is not the official text of any document');
  await expect(page.locator('main')).toContainText('word for word');
  await expect(page.getByRole('link', { name: 'corrections page' })).toBeVisible();
});

test('should show each page’s corrections, dated, at its foot and in its structured data', async ({
  page,
  content,
}) => {
  const pages = corrected(content);
  // A page without corrections shows none.
  await page.goto(content.provisions.find((p) => p.corrections.length === 0)!.path);
  await expect(page.locator('#corrections')).toHaveCount(0);
  for (const { path, corrections } of pages) {
    await page.goto(path);
    const items = page.locator('#corrections li');
    await expect(items).toHaveCount(corrections.length);
    for (const [i, correction] of corrections.entries()) {
      await expect(items.nth(i)).toContainText(`${longDate(correction.date)}: ${correction.text}`);
    }
    const ld = (await page.locator('script[type="application/ld+json"]').allTextContents()).map(
      (t) => JSON.parse(t) as { correction?: { '@type': string; text: string; datePublished: string }[] },
    );
    const listed = ld.flatMap((d) => d.correction ?? []);
    expect(listed).toEqual(
      corrections.map((c) => ({ '@type': 'CorrectionComment', text: c.text, datePublished: c.date })),
    );
  }
});

test('should list every correction on the corrections page, newest first, and announce each in the feed', async ({
  page,
  content,
  dist,
}) => {
  const all = corrected(content)
    .flatMap(({ path, corrections }) => corrections.map((c) => ({ ...c, path })))
    .sort((a, b) => b.date.localeCompare(a.date) || a.path.localeCompare(b.path));
  await page.goto('corrections/');
  const items = page.locator('main ol.corrections > li');
  if (all.length === 0) await expect(page.locator('main')).toContainText('No page has been corrected.');
  await expect(items).toHaveCount(all.length);
  for (const [i, correction] of all.entries()) {
    await expect(items.nth(i)).toContainText(longDate(correction.date));
    await expect(items.nth(i)).toContainText(correction.text);
    // The link goes to the correction itself, on its page.
    await items.nth(i).getByRole('link').click();
    expect(new URL(page.url()).pathname).toMatch(new RegExp(`${correction.path}$`));
    await expect(page.locator(`${new URL(page.url()).hash} `)).toContainText(correction.text);
    await page.goBack();
  }
  const feed = await new Parser().parseString(readFileSync(join(dist, 'rss.xml'), 'utf8'));
  const announced = feed.items.filter((item) => item.categories?.includes('Correction'));
  expect(announced.map((item) => item.contentSnippet ?? item.content)).toEqual(all.map((c) => c.text));
  expect(new Set(announced.map((item) => item.link)).size).toBe(all.length);
});
