import { normalizeWords } from '../../src/lib/normalize';
import { expect, test } from './fixtures';

/**
 * What a reader asks next: what happened since a report, where a whole document can be read, what
 * an article the reports do not quote is, and how other sources word a provision in its own
 * language. Every expectation comes from the content model (tests/content.ts).
 */

const longDate = (iso: string) =>
  new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });

test.describe('since this report', () => {
  test('should say where each document a report quotes stands now, and, opened, each step since with its source', async ({
    page,
    content,
  }) => {
    for (const article of content.articles) {
      await page.goto(article.path);
      const box = page.locator('aside.since');
      const documents = [
        ...new Set(article.quoted.map((id) => content.provisions.find((p) => p.id === id)!.document)),
      ].map((id) => content.documents.find((d) => d.id === id)!);
      // At a glance: each document, and its status now (the latest step that gives one).
      await expect(box.locator('.documents > li')).toHaveCount(documents.length);
      for (const document of documents) {
        const line = box
          .locator('.documents > li')
          .filter({ has: page.getByRole('link', { name: document.shortTitle }) });
        const status = content
          .stepsOf(document.id)
          .filter(({ step }) => step.status)
          .at(-1);
        if (status) await expect(line.locator('.status strong')).toHaveText(status.step.status!);
        else await expect(line.locator('.status')).toHaveCount(0);
      }
      await box.locator('summary').click();
      for (const document of documents) {
        const section = box
          .locator('details section')
          .filter({ has: page.getByRole('heading', { name: document.shortTitle }) });
        const later = content.stepsOf(document.id).filter(({ step }) => {
          const days = step.dates ? step.dates.map((d) => d.date) : step.date ? [step.date] : [];
          return days.length > 0 && days.every((day) => day > article.date);
        });
        await expect(section.locator('.steps > li')).toHaveCount(later.length);
        for (const [i, { step }] of later.entries()) {
          const item = section.locator('.steps > li').nth(i);
          await expect(item).toContainText(step.event);
          if (step.date) await expect(item).toContainText(longDate(step.date));
          for (const source of step.sources ?? [])
            await expect(item.getByRole('link', { name: source.name })).toHaveAttribute('href', source.url);
        }
      }
      // Every provision it quotes, by its label, linked to its page; a number from elsewhere says so.
      for (const id of article.quoted) {
        const provision = content.provisions.find((p) => p.id === id)!;
        const item = box
          .locator('.quoted > li')
          .filter({ has: page.getByRole('link', { name: provision.label, exact: true }) });
        await expect(item.getByRole('link', { name: provision.label, exact: true })).toHaveAttribute(
          'href',
          new RegExp(`${provision.path}$`),
        );
        if (provision.labelSource) await expect(item).toContainText('not from the report');
      }
    }
  });
});

test.describe('the whole document', () => {
  test('should link where a public source publishes the full text, as context, from the document and each provision', async ({
    page,
    content,
  }) => {
    for (const document of content.documents) {
      const pages = [document.path, ...content.provisionsOf(document.id).map((p) => p.path)];
      for (const path of pages.slice(0, 4)) {
        await page.goto(path);
        const box = page.locator('.context').filter({ hasText: 'The whole' });
        if (!document.fullText) {
          await expect(box).toHaveCount(0);
          continue;
        }
        await expect(box).toContainText('Context from other sources');
        await expect(box).toContainText(
          `${document.fullText.publisher} published its full text in ${document.fullText.language}`,
        );
        await expect(box.getByRole('link', { name: 'Read the full text' })).toHaveAttribute(
          'href',
          document.fullText.source.url,
        );
        await expect(box.getByRole('link', { name: document.fullText.source.name })).toHaveAttribute(
          'href',
          document.fullText.source.url,
        );
      }
    }
  });

  test('should give every article no report quotes a page that says so, lists the quoted ones and is not indexed', async ({
    page,
    content,
  }) => {
    for (const document of content.documents.filter((d) => content.unquotedOf(d).length === 0)) {
      await page.goto(document.path);
      await expect(page.locator('.article-map li:not(.quoted)')).toHaveCount(0);
    }
    const documents = content.documents.filter((d) => content.unquotedOf(d).length > 0);
    for (const document of documents) {
      const unquoted = content.unquotedOf(document);
      await page.goto(document.path);
      // Each tile of an unquoted article leads to its page.
      for (const { number, path } of unquoted)
        await expect(
          page
            .locator('.article-map li')
            .nth(number - 1)
            .getByRole('link'),
        ).toHaveAttribute('href', new RegExp(`${path}$`));
      for (const { number, path } of [unquoted[0]!, unquoted.at(-1)!]) {
        const response = await page.goto(path);
        expect(response?.status()).toBe(200);
        await expect(page.locator('h1')).toHaveText(`Article ${number}: not quoted`);
        await expect(page.locator('.lead')).toContainText(
          `not quote Article ${number} of the ${document.title}`,
        );
        await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
        for (const provision of content.provisionsOf(document.id))
          await expect(
            page.getByRole('link', {
              name: new RegExp(provision.heading.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')),
            }),
          ).toHaveAttribute('href', new RegExp(`${provision.path}$`));
        if (document.fullText)
          await expect(page.getByRole('link', { name: 'Read the full text' })).toHaveAttribute(
            'href',
            document.fullText.source.url,
          );
      }
    }
  });
});

test.describe('other wordings', () => {
  test('should show each wording another source gives, word for word, in its language, with its source', async ({
    page,
    content,
  }) => {
    for (const provision of content.provisions.filter((p) => p.wordings.length === 0).slice(0, 3)) {
      await page.goto(provision.path);
      await expect(page.locator('blockquote[data-wording]')).toHaveCount(0);
    }
    const worded = content.provisions.filter((p) => p.wordings.length > 0);
    for (const provision of worded) {
      await page.goto(provision.path);
      for (const wording of provision.wordings) {
        const quote = page
          .locator(`blockquote[lang="${wording.lang}"]`)
          .filter({ hasText: wording.text.slice(0, 20) });
        expect(normalizeWords(await quote.innerText())).toBe(normalizeWords(wording.text));
        const box = page.locator('.context').filter({ has: quote });
        await expect(box).toContainText('Context from other sources');
        await expect(box.getByRole('link', { name: wording.source.name })).toHaveAttribute(
          'href',
          wording.source.url,
        );
      }
    }
  });

  test('should find a provision by the words of its other wording, in that language', async ({
    page,
    content,
  }) => {
    for (const provision of content.provisions.filter((p) => p.wordings.length > 0)) {
      for (const wording of provision.wordings) {
        const word = wording.text.split(/[\s,.;:«»"]+/).sort((a, b) => b.length - a.length)[0]!;
        await page.goto(`search/?q=${encodeURIComponent(word)}`);
        await expect(page.locator('.search-page .search-hit-title').first()).toBeVisible();
        expect(await page.locator('.search-page .search-hit-title').allInnerTexts()).toContain(
          provision.heading,
        );
      }
    }
  });
});
