import type { ArticleBody } from '../../src/lib/article-body';
import { readContentBody } from '../../src/lib/content-body';
import type { ContentInput } from '../../src/lib/content-input';

/** A report's paragraphs and quotations, read as the content checks read them. */
export const articleOf = (body: string, lineOffset = 0): ArticleBody =>
  readContentBody(body, 'article', lineOffset).article!;

/** A small, valid corpus: one article quoting two provisions of one document, with statements. */
export const ARTICLE_BODY = `First paragraph, with no quotation.

The DPRK <Statement speaker="dprk" about="pact/article-1" reported>called Article 1 key</Statement>:

<ProvisionQuote provision="pact/article-1">The parties shall cooperate,</ProvisionQuote> the text reads.

It also says the parties <ProvisionQuote provision="pact/preamble">seek peace.</ProvisionQuote> A minister called it <Statement speaker="minister" about="pact">a good pact</Statement>.
`;

export function validInput(): ContentInput {
  return {
    articles: [
      {
        id: '2024-01-01-pact',
        filePath: 'src/content/articles/2024-01-01-pact.mdx',
        data: { title: 'Pact signed', standfirst: 'A pact was signed', date: new Date('2024-01-01') },
        ...articleOf(ARTICLE_BODY, 4),
      },
    ],
    documents: [
      {
        id: 'pact',
        filePath: 'src/content/documents/pact.mdx',
        data: { title: 'The Pact', shortTitle: 'Pact', kind: 'treaty', parties: ['A', 'B'], order: 1 },
      },
    ],
    provisions: [
      {
        id: 'pact/article-1',
        filePath: 'src/content/provisions/pact/article-1.mdx',
        data: {
          document: 'pact',
          label: 'Article 1',
          title: 'Cooperation',
          quote: 'The parties shall cooperate,',
          order: 1,
        },
      },
      {
        id: 'pact/preamble',
        filePath: 'src/content/provisions/pact/preamble.mdx',
        data: { document: 'pact', label: 'Preamble', title: 'Aims', quote: 'seek peace.', order: 0 },
      },
    ],
    speakers: [
      {
        id: 'dprk',
        filePath: 'src/content/speakers.json',
        data: { id: 'dprk', name: 'The DPRK', kind: 'organization' },
      },
      {
        id: 'minister',
        filePath: 'src/content/speakers.json',
        data: { id: 'minister', name: 'A minister', kind: 'person' },
      },
    ],
    timelines: [],
    documentKinds: [
      { id: 'treaty', filePath: 'src/content/document-kinds.json', data: { id: 'treaty', name: 'Treaty' } },
    ],
    redirects: [
      { id: '/old-pact/', filePath: 'src/content/redirects.json', data: { to: '/documents/pact/' } },
    ],
  };
}
