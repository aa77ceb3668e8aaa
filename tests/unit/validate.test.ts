import { describe, expect, test } from 'vitest';
import { ContentError, formatProblem } from '../../src/lib/problems';
import {
  checkLabelSources,
  checkPermalinks,
  checkProvisionDocuments,
  checkArticles,
  checkContentFiles,
  checkDocumentReferences,
  checkDocumentsQuoted,
  checkProvisionsQuoted,
  checkTimelines,
  checkPublishedUrls,
  checkQuotationPlacement,
  checkQuotations,
  checkStatements,
  validateContent,
} from '../../src/lib/validate';
import { ARTICLE_BODY, articleOf, validInput } from './fixtures';

/** The one problem a rule finds, formatted as the build prints it. */
function onlyMessage(problems: ReturnType<typeof validateContent>): string {
  expect(problems).toHaveLength(1);
  return formatProblem(problems[0]!);
}

describe('validateContent', () => {
  test('should accept the valid fixture corpus', () => {
    expect(validateContent(validInput())).toEqual([]);
  });

  test('should reject a quotation that names no existing provision', () => {
    const input = validInput();
    Object.assign(
      input.articles[0]!,
      articleOf(ARTICLE_BODY.replace('"pact/article-1">', '"pact/article-9">'), 4),
    );
    const message = onlyMessage(checkQuotations(input));
    expect(message).toContain('src/content/articles/2024-01-01-pact.mdx:9');
    expect(message).toContain('field: <ProvisionQuote provision>');
    expect(message).toContain('"pact/article-9", which does not exist');
    expect(message).toMatch(/fix: set provision="…" to one of: pact\/article-1, pact\/preamble/);
  });

  test('should reject article words that differ from the provision’s quote', () => {
    const input = validInput();
    input.provisions[0]!.data.quote = 'The parties shall co-operate,';
    const message = onlyMessage(checkQuotations(input));
    expect(message).toContain('src/content/articles/2024-01-01-pact.mdx:9');
    expect(message).toContain('field: <ProvisionQuote provision="pact/article-1"> words');
    expect(message).toContain('differ from "quote" in src/content/provisions/pact/article-1.mdx');
    expect(message).toMatch(/fix: make the words .* identical/);
  });

  test('should accept words that differ only in quote-mark typography', () => {
    const input = validInput();
    input.provisions[0]!.data.quote = 'The parties shall cooperate,';
    Object.assign(input.articles[0]!, articleOf(ARTICLE_BODY.replace('seek peace.', 'seek “peace.”'), 4));
    input.provisions[1]!.data.quote = 'seek "peace."';
    expect(checkQuotations(input)).toEqual([]);
  });

  test('should reject two entries that claim the same permalink', () => {
    const input = validInput();
    input.provisions.push({
      ...input.provisions[0]!,
      id: 'old-folder/article-1',
      filePath: 'src/content/provisions/old-folder/article-1.mdx',
    });
    const message = onlyMessage(checkPermalinks(input));
    expect(message).toContain('src/content/provisions/old-folder/article-1.mdx');
    expect(message).toContain('field: document and file name');
    expect(message).toContain(
      'claims the URL /documents/pact/article-1/, which src/content/provisions/pact/article-1.mdx already has',
    );
    expect(message).toContain('fix: rename one of the two files');
  });

  test('should reject a provision that no article quotes', () => {
    const input = validInput();
    input.provisions.push({
      id: 'pact/article-7',
      filePath: 'src/content/provisions/pact/article-7.mdx',
      data: { document: 'pact', label: 'Article 7', title: 'Unused', quote: 'never quoted', order: 7 },
    });
    const message = onlyMessage(checkProvisionsQuoted(input));
    expect(message).toContain('src/content/provisions/pact/article-7.mdx');
    expect(message).toContain('field: quote');
    expect(message).toContain('fix: quote it in an article with <ProvisionQuote provision="pact/article-7">');
  });

  test('should reject a document with no provision left to list', () => {
    const input = validInput();
    input.provisions = input.provisions.filter((p) => p.data.document !== 'pact');
    const problems = checkDocumentsQuoted({ ...input, articles: [] });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ field: 'provisions' });
    expect(problems[0]!.message).toContain('"pact" has no provision');
  });

  test('should reject a provision whose document does not exist', () => {
    const input = validInput();
    input.provisions[1]!.data.document = 'pakt';
    const message = onlyMessage(checkProvisionDocuments(input));
    expect(message).toContain('src/content/provisions/pact/preamble.mdx');
    expect(message).toContain('field: document');
    expect(message).toContain('fix: set "document" to one of: pact');
  });

  test('should reject a statement by an unknown speaker or about an unknown page', () => {
    const input = validInput();
    Object.assign(
      input.articles[0]!,
      articleOf(
        ARTICLE_BODY.replace('speaker="minister" about="pact"', 'speaker="ministre" about="pactt"'),
        4,
      ),
    );
    const messages = checkStatements(input).map(formatProblem);
    expect(messages).toHaveLength(2);
    expect(messages[0]).toContain('field: <Statement speaker>');
    expect(messages[0]).toContain('fix: set speaker="…" to one of: dprk, minister');
    expect(messages[1]).toContain('field: <Statement about>');
    expect(messages[1]).toContain('src/content/articles/2024-01-01-pact.mdx:11');
  });

  test('should require a source for a numbered label the article never mentions', () => {
    const input = validInput();
    input.provisions[1]!.data.label = 'Article 2';
    const message = onlyMessage(checkLabelSources(input));
    expect(message).toContain('src/content/provisions/pact/preamble.mdx');
    expect(message).toContain('field: labelSource');
    expect(message).toContain('fix: add labelSource:');
    input.provisions[1]!.data.labelSource = [{ name: 'KCNA', url: 'https://example.org/text' }];
    expect(checkLabelSources(input)).toEqual([]);
  });

  test('should not take a longer number for the label: “Article 1” is not in “Article 12”', () => {
    const input = validInput();
    input.articles[0] = {
      ...input.articles[0]!,
      ...articleOf(ARTICLE_BODY.replace('called Article 1 key', 'called Article 12 key'), 4),
    };
    expect(onlyMessage(checkLabelSources(input))).toContain('src/content/provisions/pact/article-1.mdx');
  });

  test('should collect every problem into one error that lists them all', () => {
    const input = validInput();
    input.provisions[0]!.data.quote = 'Different words';
    input.provisions[1]!.data.document = 'nowhere';
    const error = new ContentError(validateContent(input));
    expect(error.message).toMatch(/^The content has \d+ problems:/);
    expect(error.message).toContain('pact/article-1.mdx');
    expect(error.message).toContain('pact/preamble.mdx');
  });

  test('should reject a quotation outside a paragraph, where its words go unchecked', () => {
    const input = validInput();
    Object.assign(
      input.articles[0]!,
      articleOf(
        `${ARTICLE_BODY}\n- <ProvisionQuote provision="pact/article-1">Invented words</ProvisionQuote>\n`,
        4,
      ),
    );
    const message = onlyMessage(checkQuotationPlacement(input));
    expect(message).toContain('src/content/articles/2024-01-01-pact.mdx:13');
    expect(message).toContain('field: <ProvisionQuote>');
    expect(message).toContain('stands in a list');
    expect(message).toContain('fix: put the <ProvisionQuote> inside a sentence of an ordinary paragraph');
  });

  test('should reject a published URL that the content no longer produces, with the fix for its kind', () => {
    const input = validInput();
    input.published = {
      file: 'src/content/permalinks.json',
      urls: [
        '/',
        '/documents/pact/',
        '/documents/pact/article-1.json',
        '/documents/pact/article-9/',
        '/old-pact/',
        '/rss.xml',
        '/gone.json',
      ],
    };
    const messages = checkPublishedUrls(input).map(formatProblem);
    expect(messages).toHaveLength(2);
    expect(messages[0]).toContain('/documents/pact/article-9/ was published, but the site no longer has it');
    expect(messages[0]).toContain(
      'to redirects.json, or, to drop it on purpose, run npm run permalinks -- --remove',
    );
    expect(messages[1]).toContain('/gone.json was published');
    expect(messages[1]).toContain(
      'fix: a static host cannot redirect a file; to drop it on purpose, run npm run permalinks -- --remove /gone.json',
    );
  });

  test('should reject file names that are not clean URLs, two files with one id, other files and slug overrides', () => {
    const input = validInput();
    const file = (folder: string, path: string) => ({
      folder,
      path,
      filePath: `src/content/${folder}/${path}`,
    });
    input.files = [
      file('articles', '2024-01-01-pact.mdx'),
      file('documents', 'pact.mdx'),
      file('provisions', 'pact/article-1.mdx'),
      file('provisions', 'pact/Article 1.mdx'),
      file('provisions', 'pact/preamble.mdx'),
      file('provisions', 'pact/article-1.md'),
      file('articles', 'notes.txt'),
    ];
    input.provisions[1]!.id = '../preamble';
    const messages = checkContentFiles(input).map(formatProblem);
    expect(messages).toHaveLength(5);
    expect(messages[0]).toContain('"pact/Article 1.mdx" makes a URL');
    expect(messages[0]).toContain('fix: rename it to pact/article-1.mdx.');
    expect(messages[1]).toContain(
      'it has the same id, "pact/article-1", as src/content/provisions/pact/article-1.mdx, so only one of the two is published',
    );
    expect(messages[2]).toContain('field: slug');
    expect(messages[2]).toContain('sets the URL to "../preamble"');
    // The same name as .md and as .mdx: one URL, two files.
    expect(messages[3]).toContain('src/content/provisions/pact/article-1.md\n');
    expect(messages[3]).toContain('it has the same id, "pact/article-1"');
    expect(messages[4]).toContain('only .md and .mdx files in articles/ are content');
  });

  test('should reject a document kind or submitter that is not defined', () => {
    const input = validInput();
    input.documents[0]!.data.kind = 'memorandum';
    input.documents[0]!.data.submittedBy = 'nobody';
    const messages = checkDocumentReferences(input).map(formatProblem);
    expect(messages[0]).toContain('field: kind');
    expect(messages[0]).toContain('or add { "id": "memorandum", "name": "…" } to document-kinds.json');
    expect(messages[1]).toContain('field: submittedBy');
    input.documentKinds.push({
      id: 'memorandum',
      filePath: 'k.json',
      data: { id: 'memorandum', name: 'Memorandum' },
    });
    expect(checkDocumentReferences(input).map((p) => p.field)).toEqual(['submittedBy']);
  });

  test('should reject a timeline step with a date or status but no source, or no date', () => {
    const input = validInput();
    const d = new Date('2024-06-19');
    input.timelines = [
      {
        id: 'ratification',
        filePath: 'src/content/timelines/ratification.mdx',
        data: {
          title: 'T',
          steps: [
            { date: d, event: 'Signed', inReport: true },
            { date: d, event: 'In force', document: 'pact', status: 'In force' },
            { event: 'Undated', sources: [{ name: 'S', url: 'https://s.example' }] },
            { date: d, event: 'Filed', status: 'Filed', sources: [{ name: 'S', url: 'https://s.example' }] },
            { date: d, event: 'Elsewhere', document: 'nowhere', inReport: true },
          ],
        },
      },
    ];
    expect(checkTimelines(input).map((p) => `${p.field}: ${p.message}`)).toEqual([
      'steps.1.sources: “In force” gives a date and a status without a source.',
      'steps.2: “Undated” needs one date, or (where reports differ) dates, not neither.',
      'steps.3.status: gives the status “Filed” without saying which document has it.',
      'steps.4.document: names the document "nowhere", which does not exist.',
    ]);
  });

  test('should reject an article without paragraphs, or whose file name and date disagree', () => {
    const input = validInput();
    input.articles[0]!.data.date = new Date('2024-01-02');
    input.articles.push({ ...input.articles[0]!, id: 'pact-notes', filePath: 'notes.mdx', paragraphs: [] });
    expect(checkArticles(input).map((p) => `${p.file} ${p.field}: ${p.message}`)).toEqual([
      'src/content/articles/2024-01-01-pact.mdx date: is 2024-01-02, but the file name says 2024-01-01.',
      'notes.mdx body: the article has no paragraphs, so there is nothing to publish or to quote.',
      'notes.mdx date: the file name does not start with the report’s date.',
    ]);
  });
});
