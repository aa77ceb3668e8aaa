import { expect, test } from '@playwright/test';
import { readContent } from '../content';

/**
 * The Treaty at a glance: where it stands (on its page and every provision's), how it got there
 * (the timeline, each step with its sources and the report marked in it) and which of its
 * articles the report quotes (the map).
 */
const content = readContent();
const treaty = content.documents.find((d) => d.id === 'russia-dprk-treaty')!;
const timeline = content.timelines[0]!;

test('should give the status, with its source, on the Treaty’s page and every page of its provisions', async ({
  page,
}) => {
  const quoted = content.provisionsOf(treaty.id).filter((p) => content.numberOf(p)).length;
  for (const path of [treaty.path, ...content.provisionsOf(treaty.id).map((p) => p.path)]) {
    await page.goto(path);
    const status = page.getByRole('complementary', { name: `Status of the ${treaty.shortTitle}` });
    await expect(status, path).toContainText('In force since 4 December 2024');
    await expect(status.getByRole('link', { name: 'TASS' }).first()).toHaveAttribute(
      'href',
      'https://tass.com/world/1882445',
    );
    await expect(status).toContainText('The Treaty is signed in Pyongyang, 19 June 2024 (the report)');
    await expect(status).toContainText(`23 articles, ${quoted} quoted in the report`);
    await expect(status.getByRole('link', { name: 'How it got there: the timeline' })).toHaveAttribute(
      'href',
      new RegExp(`${timeline.path}$`),
    );
  }
});

test('should say what became of the draft law, with the steps’ sources', async ({ page }) => {
  await page.goto('documents/draft-ratification-law/');
  const status = page.getByRole('complementary', { name: /^Status of the/ });
  await expect(status).toContainText('Ratified since 9 November 2024');
  await expect(status).toContainText('The State Duma ratifies the Treaty, 24 October 2024');
  await expect(status).toContainText('The Federation Council approves the ratification law, 6 November 2024');
  await expect(status.getByRole('link', { name: 'RT' }).first()).toBeVisible();
});

test('should show the timeline’s steps in order, each with its sources, and mark the report in it', async ({
  page,
}) => {
  await page.goto(timeline.path);
  const steps = page.locator('ol.steps > li');
  const whens = await steps.locator('.when').allInnerTexts();
  expect(whens[0]).toBe('19 June 2024');
  expect(whens.at(-1)).toBe('4 December 2024');
  // The day the bill reached the Duma is given as reports give it, each date with its source.
  const differ = steps.filter({ hasText: 'reports differ' });
  await expect(differ.locator('.when')).toContainText('14 October 2024 or 15 October 2024');
  await expect(differ.locator('.dates li')).toHaveText([
    /14 October 2024 according to KBS, citing Sputnik/,
    /15 October 2024 according to Business Standard/,
  ]);
  // The report's own date stands where it belongs: after the bill, before the Duma's vote.
  const report = steps.filter({ hasText: 'The report:' });
  await expect(report.locator('.when')).toHaveText('15 October 2024');
  const order = await steps.evaluateAll((items) => items.map((li) => li.textContent ?? ''));
  const at = (text: string) => order.findIndex((t) => t.includes(text));
  expect(at('The report:')).toBeGreaterThan(at('submits the ratification bill'));
  expect(at('The report:')).toBeLessThan(at('The State Duma ratifies'));
  // Every step says where it comes from: the report, or public sources with links.
  for (const step of await steps.all()) {
    if ((await step.getAttribute('class'))?.includes('report-mark')) continue;
    const cited = (await step.locator('.sources').count()) + (await step.locator('.dates a').count());
    expect(cited, await step.innerText()).toBeGreaterThan(0);
  }
  // The drawing is a picture only: the list says everything.
  await expect(page.locator('svg.timeline-drawing')).toHaveAttribute('aria-hidden', 'true');
});

test('should map the Treaty’s 23 articles, linking exactly the quoted ones', async ({ page }) => {
  await page.goto(treaty.path);
  const map = page.getByRole('region', { name: /^Its 23 articles/ });
  const cells = map.getByRole('listitem');
  await expect(cells).toHaveCount(treaty.articleCount!);
  const quoted = content.provisionsOf(treaty.id).filter((p) => content.numberOf(p));
  const links = map.getByRole('list').getByRole('link');
  await expect(links).toHaveCount(quoted.length);
  for (const provision of quoted) {
    const number = content.numberOf(provision)!;
    await expect(cells.nth(number - 1).getByRole('link')).toHaveAttribute(
      'href',
      new RegExp(`${provision.path}$`),
    );
  }
  await expect(cells.nth(0)).toHaveText('Article 1: not quoted in the report');
  await expect(cells.nth(0).getByRole('link')).toHaveCount(0);
});

for (const [query, expected] of [
  ['in force', /Russia–DPRK Treaty \(2024\)|How the Russia–DPRK Treaty was ratified/],
  ['ratified', /Russian ratification bill \(2024\)|How the Russia–DPRK Treaty was ratified/],
  ['Federation Council', /How the Russia–DPRK Treaty was ratified|Russian ratification bill/],
  ['timeline', /How the Russia–DPRK Treaty was ratified/],
] as const) {
  test(`should find the status or the timeline for “${query}”`, async ({ page }) => {
    await page.goto(`search/?q=${encodeURIComponent(query)}`);
    await expect(page.locator('.search-page .search-hit-title').first()).toHaveText(expected);
  });
}

test('should offer timelines as a kind of result', async ({ page }) => {
  await page.goto('search/?kind=timeline');
  await expect(page.locator('.search-page .search-hit-title')).toHaveText([timeline.title]);
});
