import { expect, test } from './fixtures';
import { HtmlValidate, formatterFactory } from 'html-validate';
import { pagesOf } from './helpers';

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // Astro writes void elements as <meta … />; both forms are valid HTML.
    'void-style': 'off',
    // Titles carry the article's headline and provision titles in full, word for word; cutting
    // them to 70 characters for search-engine snippets would misquote them.
    'long-title': 'off',
    // Checkboxes sharing a name is how a form sends several values of one filter (kind=a&kind=b).
    'form-dup-name': ['error', { shared: ['radio', 'checkbox', 'button', 'submit', 'reset'] }],
  },
});

test('should serve valid HTML for every built page', async ({ request, dist }) => {
  test.setTimeout(120_000);
  const reports: string[] = [];
  for (const page of pagesOf(dist)) {
    const html = await (await request.get(page)).text();
    const report = await validator.validateString(html, page || 'index.html');
    if (!report.valid) reports.push(formatterFactory('text')(report.results));
  }
  expect(reports.join('\n')).toBe('');
});
