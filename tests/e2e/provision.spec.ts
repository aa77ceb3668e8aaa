import { normalizeWords } from '../../src/lib/normalize';
import { expect, test } from './fixtures';
import { sitePath } from './helpers';

test.describe('a provision page', () => {
  test('should say where it belongs, what the site wrote and what the reports quote', async ({
    page,
    baseURL,
    content,
  }) => {
    test.setTimeout(120_000);
    for (const provision of content.provisions) {
      const document = content.documents.find((d) => d.id === provision.document)!;
      await page.goto(provision.path);
      await expect(page.locator('.eyebrow')).toHaveText(`${document.shortTitle} · ${provision.label}`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(provision.heading);
      // The descriptive title is the site's own, and says so.
      await expect(page.locator('.summary-note')).toContainText(
        `“${provision.title}” is this site’s short description`,
      );
      const quoting = content.reportsQuoting(provision);
      await expect(page.locator('.figure-label')).toHaveText(
        quoting.length > 1
          ? `The words the ${quoting.length} reports quote`
          : content.articles.length > 1
            ? `The words the report “${quoting[0]!.title}” quotes`
            : 'The words the report quotes',
      );
      expect(normalizeWords(await page.locator('.provision-figure blockquote').innerText())).toContain(
        normalizeWords(provision.quote),
      );
      const crumbs = page.getByRole('navigation', { name: 'Breadcrumbs' }).getByRole('link');
      await expect(crumbs).toHaveText(['Home', document.shortTitle, provision.label]);
      await expect(crumbs.nth(1)).toHaveAttribute('href', sitePath(baseURL, document.path));
      await expect(crumbs.nth(2)).toHaveAttribute('aria-current', 'page');
    }
  });

  test('should show an ellipsis where a quoted excerpt starts or stops inside its provision, and only there', async ({
    page,
    content,
  }) => {
    test.setTimeout(120_000);
    for (const provision of content.provisions) {
      await page.goto(provision.path);
      const text = (await page.locator('.provision-figure blockquote').innerText()).trim();
      // Lower case at the start: it begins inside a sentence. No punctuation at the end: it stops
      // inside one. A closing comma may be the report's own (“…,” the article reads).
      expect(text.startsWith('…'), provision.path).toBe(/^\p{Ll}/u.test(provision.quote));
      expect(text.endsWith('…'), provision.path).toBe(/[\p{L}\p{N}]$/u.test(provision.quote));
    }
  });

  test('should mark the quote inside each report’s paragraph and link back to exactly that paragraph', async ({
    page,
    baseURL,
    content,
  }) => {
    // A provision more than one report quotes, or else the first one quoted.
    const provision =
      content.provisions.find((p) => content.reportsQuoting(p).length > 1) ?? content.provisions[0]!;
    await page.goto(provision.path);
    const quotations = page.locator('.quotation');
    await expect(quotations).toHaveCount(
      content.articles.reduce(
        (n, a) => n + [...a.body.matchAll(new RegExp(`provision="${provision.id}"`, 'g'))].length,
        0,
      ),
    );
    for (const quotation of await quotations.all()) {
      expect(normalizeWords(await quotation.locator('mark').innerText())).toBe(
        normalizeWords(`“${provision.quote}”`),
      );
    }
    const back = quotations.first().getByRole('link', { name: /^Read paragraph \d+ in the report$/ });
    const report = content.reportsQuoting(provision)[0]!;
    await expect(back).toHaveAttribute(
      'href',
      new RegExp(`^${sitePath(baseURL, report.path)}#p-\\d+:~:text=`),
    );
    const paragraph = /#(p-\d+)/.exec((await back.getAttribute('href'))!)![1]!;
    await back.click();
    await expect(page.locator(`#${paragraph}`)).toBeInViewport();
    await expect(page.locator(`#${paragraph} q[data-provision="${provision.id}"]`)).toHaveCount(1);
  });

  test('should show the statements the reports attach to it, reported speech as the report’s words', async ({
    page,
    content,
  }) => {
    const statements = content.articles.flatMap((a) => a.statements);
    const subjects = [...new Set(statements.map((s) => s.about))].filter((id) =>
      content.provisions.some((p) => p.id === id),
    );
    expect(subjects.length, 'a statement about a provision').toBeGreaterThan(0);
    for (const id of subjects) {
      const provision = content.provisions.find((p) => p.id === id)!;
      await page.goto(provision.path);
      const list = page.locator('.statements');
      for (const statement of statements.filter((s) => s.about === id)) {
        const name = content.speakerName(statement.speaker);
        if (statement.reported) {
          await expect(list).toContainText(statement.words);
          await expect(list).toContainText(`The report’s words about ${name}, not a quotation`);
        } else {
          await expect(list).toContainText(`“${statement.words}”`);
          await expect(list).toContainText(`${name}, quoted in`);
        }
      }
    }
  });

  test('should cite the public source of a label the reports do not give', async ({ page, content }) => {
    for (const provision of content.provisions.filter((p) => p.labelSource)) {
      await page.goto(provision.path);
      await expect(page.locator('.sources')).toContainText(
        `The label “${provision.label}” is not in the report`,
      );
      await expect(page.locator('.sources a').first()).toHaveAttribute(
        'href',
        provision.labelSource![0]!.url,
      );
    }
  });

  test('should link to the previous and next provision of the same document', async ({ page, content }) => {
    for (const document of content.documents) {
      const provisions = content.provisionsOf(document.id);
      for (const i of new Set([0, 1, provisions.length - 1])) {
        const provision = provisions[i];
        if (!provision) continue;
        await page.goto(provision.path);
        const nav = page.getByRole('navigation', { name: 'Previous and next provision' });
        for (const [name, other] of [
          ['Next', provisions[i + 1]],
          ['Previous', provisions[i - 1]],
        ] as const) {
          const link = nav.getByRole('link', { name: new RegExp(`^${name}`) });
          if (other) await expect(link).toHaveAttribute('href', new RegExp(`${other.path}$`));
          else await expect(link).toHaveCount(0);
        }
      }
    }
  });

  test('should list the document’s provisions beside the page on a wide screen, the current one marked', async ({
    page,
    content,
  }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    for (const document of content.documents) {
      const provisions = content.provisionsOf(document.id);
      const provision = provisions[Math.floor(provisions.length / 2)]!;
      await page.goto(provision.path);
      const contents = page.getByRole('navigation', { name: `Provisions of the ${document.shortTitle}` });
      await expect(contents).toBeVisible();
      const listed = await contents.getByRole('listitem').count();
      // A long document lists the provisions around this one, and links to all of them.
      if (provisions.length > 40) {
        expect(listed).toBeLessThan(provisions.length);
        await expect(
          contents.getByRole('link', { name: `All ${provisions.length} provisions` }),
        ).toBeVisible();
      } else expect(listed).toBe(provisions.length);
      await expect(contents.locator('[aria-current="page"]')).toHaveText(provision.heading);
      // Beside the page, not below it.
      const [nav, main] = [await contents.boundingBox(), await page.locator('main').boundingBox()];
      expect(nav!.x).toBeGreaterThan(main!.x + main!.width - 1);
    }
    await page.setViewportSize({ width: 390, height: 844 });
    await expect(page.getByRole('navigation', { name: /^Provisions of the/ })).toBeHidden();
  });

  test('should give the document page a short title as its heading, the full title beneath and what the reports say', async ({
    page,
    content,
  }) => {
    for (const document of content.documents) {
      await page.goto(document.path);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(document.shortTitle);
      await expect(page.locator('.full-title')).toHaveText(document.title);
      await expect(page.locator('.provisions > li')).toHaveCount(content.provisionsOf(document.id).length);
      for (const statement of content.articles
        .flatMap((a) => a.statements)
        .filter((s) => s.about === document.id))
        await expect(page.locator('.statements')).toContainText(statement.words);
      // Each fact from outside the reports is boxed and marked as such.
      await expect(page.locator('.context')).toHaveCount(document.contextBlocks);
      for (const box of await page.locator('.context').all())
        await expect(box.locator('.context-label')).toHaveText('Context from other sources');
    }
  });
});
