import { expect, test } from './fixtures';

/**
 * A document at a glance: where it stands (on its page and every provision's), how it got there
 * (its timeline, each step with its sources and the reports marked in it) and which of its
 * articles the reports quote (the map). Where a site has no timeline, no page shows a status.
 */
const longDay = (iso: string) =>
  new Date(iso).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });

test('should give each document’s status, from its timeline, on its page and every page of its provisions', async ({
  page,
  content,
}) => {
  for (const document of content.documents) {
    const steps = content.timelines.flatMap((t) => t.steps).filter((s) => s.document === document.id);
    const latest = steps.filter((s) => s.status).at(-1);
    for (const path of [document.path, content.provisionsOf(document.id)[0]!.path]) {
      await page.goto(path);
      const status = page.getByRole('complementary', { name: `Status of the ${document.shortTitle}` });
      if (!latest) {
        await expect(page.locator('.status-main'), path).toHaveCount(0);
        continue;
      }
      await expect(status.locator('.status-main'), path).toContainText(`Status: ${latest.status},`);
      const timeline = content.timelines.find((t) => t.steps.includes(latest))!;
      await expect(status.getByRole('link', { name: 'How it got there: the timeline' })).toHaveAttribute(
        'href',
        new RegExp(`${timeline.path}$`),
      );
      // Every step before it, with its date and where it comes from.
      for (const step of steps.filter((s) => s !== latest))
        await expect(status).toContainText(`${step.event},`);
    }
  }
});

test('should pair each date reports disagree on with its own sources, in the status and on the timeline', async ({
  page,
  content,
}) => {
  for (const timeline of content.timelines) {
    await page.goto(timeline.path);
    const steps = page.locator('ol.steps > li:not(.report-mark)');
    await expect(steps).toHaveCount(timeline.steps.length);
    for (const [i, step] of timeline.steps.entries()) {
      const item = steps.nth(i);
      await expect(item.locator('.what')).toHaveText(step.event);
      if (step.dates) {
        await expect(item).toContainText('reports differ');
        await expect(item.locator('.dates li')).toHaveText(
          step.dates.map(
            (d) => new RegExp(`${longDay(d.date)} according to ${d.sources.map((s) => s.name).join('; ')}`),
          ),
        );
      } else {
        // A step cites the report or public sources, with links.
        const cited = (await item.locator('.sources a').count()) + (step.inReport ? 1 : 0);
        expect(cited, step.event).toBeGreaterThan(0);
      }
    }
    // The reports stand where they belong in the story, by their dates.
    const marks = page.locator('ol.steps > li.report-mark .when');
    const reportDays = await marks.allInnerTexts();
    expect(reportDays.length).toBeGreaterThan(0);
    // The drawing is a picture only: the list says everything.
    await expect(page.locator('svg.timeline-drawing')).toHaveAttribute('aria-hidden', 'true');
    await expect(page.locator('svg .disputed')).toHaveCount(timeline.steps.filter((s) => s.dates).length);
  }
  for (const document of content.documents) {
    const disputed = content.timelines
      .flatMap((t) => t.steps)
      .filter((s) => s.document === document.id && s.dates);
    if (disputed.length === 0) continue;
    await page.goto(document.path);
    for (const step of disputed) {
      const expected = step
        .dates!.map((d) => `${longDay(d.date)} (${d.sources.map((s) => s.name).join('; ')})`)
        .join(' or ');
      await expect(page.locator('.status')).toContainText(expected);
    }
  }
});

test('should map a document’s articles, each quoted one to its page, each other to the page that says it is not quoted', async ({
  page,
  content,
}) => {
  for (const document of content.documents.filter((d) => d.articleCount)) {
    await page.goto(document.path);
    const map = page.getByRole('region', {
      name: new RegExp(`^Which of its ${document.articleCount} articles`),
    });
    const cells = map.getByRole('listitem');
    await expect(cells).toHaveCount(document.articleCount!);
    const quoted = content.provisionsOf(document.id).filter((p) => p.number);
    await expect(map.locator('li.quoted')).toHaveCount(quoted.length);
    for (const provision of quoted) {
      await expect(cells.nth(provision.number! - 1).getByRole('link')).toHaveAttribute(
        'href',
        new RegExp(`${provision.path}$`),
      );
    }
    const unquoted = Array.from({ length: document.articleCount! }, (_, i) => i + 1).find(
      (n) => !quoted.some((p) => p.number === n),
    );
    if (unquoted) {
      await expect(cells.nth(unquoted - 1)).toContainText(`Article ${unquoted}: not quoted`);
      await expect(cells.nth(unquoted - 1).getByRole('link')).toHaveAttribute(
        'href',
        new RegExp(`documents/${document.id}/article-${unquoted}/$`),
      );
    }
  }
});

test('should find a document’s status and its timeline by their words, and offer timelines as a kind of result', async ({
  page,
  content,
}) => {
  for (const timeline of content.timelines) {
    const status = timeline.steps.filter((s) => s.status).at(-1)!.status!;
    await page.goto(`search/?q=${encodeURIComponent(status)}`);
    const titles = page.locator('.search-page .search-hit-title');
    await expect(titles.first()).toBeVisible();
    expect(await titles.allInnerTexts()).toContain(timeline.title);
  }
  await page.goto('search/?kind=timeline');
  if (content.timelines.length) {
    await expect(page.locator('.search-page .search-hit-title')).toHaveText(
      content.timelines.map((t) => t.title),
    );
  } else {
    await expect(page.locator('[data-search-status]')).toHaveText('No results for these filters.');
  }
});
