import type { Paragraph } from './article-body';
import type { ArticleEntry, ContentInput, Entry } from './entries';
import {
  articlePath,
  documentPath,
  href,
  paragraphPath,
  provisionJsonPath,
  provisionPath,
  provisionSlug,
} from './permalinks';
import type { DocumentData, ProvisionData, SpeakerData } from './schemas';

/** A statement the article attributes to a speaker, about a document or a provision. */
export interface StatementModel {
  speaker: SpeakerData;
  text: string;
  reported: boolean;
  article: ArticleModel;
  paragraph: Paragraph;
  /** The document or provision it speaks about. */
  subject: DocumentModel | ProvisionModel;
  /** Site path and link of the paragraph where the article makes it. */
  path: string;
  href: string;
}

/** Where an article quotes a provision. */
export interface QuotationModel {
  article: ArticleModel;
  paragraph: Paragraph;
  /** Site path and link of exactly that paragraph. */
  path: string;
  href: string;
}

/** Every page knows its site path (no base path) and its href (with the base path). */
interface Routed {
  path: string;
  href: string;
}

export interface ArticleModel extends ArticleEntry, Routed {
  /** The provisions it quotes, in the order it quotes them. */
  provisions: ProvisionModel[];
  /** The statements it reports, in reading order. */
  statements: StatementModel[];
}

export interface DocumentModel extends Entry<DocumentData>, Routed {
  provisions: ProvisionModel[];
  statements: StatementModel[];
}

export interface ProvisionModel extends Entry<ProvisionData>, Routed {
  slug: string;
  /** "Article 4: Military assistance…": its label and the site's title for it, as lists show it. */
  heading: string;
  /** Path of the provision as a JSON document. */
  jsonPath: string;
  document: DocumentModel;
  quotations: QuotationModel[];
  statements: StatementModel[];
  previous: ProvisionModel | undefined;
  next: ProvisionModel | undefined;
}

export interface SiteModel {
  articles: ArticleModel[];
  documents: DocumentModel[];
  provisions: ProvisionModel[];
  /** Everyone the articles quote, by id. */
  speakers: Map<string, SpeakerData>;
  /** Provisions by id, for components that name one (ProvisionQuote). */
  provisionById: Map<string, ProvisionModel>;
}

const routed = (path: string): Routed => ({ path, href: href(path) });

const byOrder = <T extends { id: string; data: { order: number } }>(a: T, b: T) =>
  a.data.order - b.data.order || a.id.localeCompare(b.id);

/**
 * Links validated content into the site: documents with their provisions, provisions with the
 * paragraphs that quote them and the statements about them, and every URL. Expects content that
 * `validateContent` accepted.
 */
export function buildSiteModel(input: ContentInput): SiteModel {
  const articles: ArticleModel[] = input.articles
    .map((a) => ({ ...a, ...routed(articlePath(a.id)), provisions: [], statements: [] }))
    .sort((a, b) => b.data.date.getTime() - a.data.date.getTime() || a.id.localeCompare(b.id));

  const documents: DocumentModel[] = [...input.documents]
    .sort(byOrder)
    .map((d) => ({ ...d, ...routed(documentPath(d.id)), provisions: [], statements: [] }));
  const documentById = new Map(documents.map((d) => [d.id, d]));

  const provisions: ProvisionModel[] = [];
  for (const entry of [...input.provisions].sort(byOrder)) {
    const document = documentById.get(entry.data.document);
    if (!document) throw new Error(`${entry.filePath}: unknown document (run validateContent first)`);
    const provision: ProvisionModel = {
      ...entry,
      slug: provisionSlug(entry.id),
      heading: `${entry.data.label}: ${entry.data.title}`,
      ...routed(provisionPath(document.id, entry.id)),
      jsonPath: provisionJsonPath(document.id, entry.id),
      document,
      quotations: [],
      statements: [],
      previous: undefined,
      next: undefined,
    };
    document.provisions.push(provision);
    provisions.push(provision);
  }
  for (const document of documents) {
    document.provisions.forEach((p, i, all) => {
      p.previous = all[i - 1];
      p.next = all[i + 1];
    });
  }

  const provisionById = new Map(provisions.map((p) => [p.id, p]));
  const speakerById = new Map(input.speakers.map((s) => [s.id, s.data]));
  for (const article of articles) {
    for (const paragraph of article.paragraphs) {
      const at = routed(paragraphPath(article.id, paragraph.id));
      for (const segment of paragraph.segments) {
        if (segment.kind === 'provision') {
          const provision = provisionById.get(segment.provision ?? '');
          if (!provision) continue;
          provision.quotations.push({ article, paragraph, ...at });
          if (!article.provisions.includes(provision)) article.provisions.push(provision);
        } else if (segment.kind === 'statement') {
          const speaker = speakerById.get(segment.speaker ?? '');
          const subject = provisionById.get(segment.about ?? '') ?? documentById.get(segment.about ?? '');
          if (!speaker || !subject) continue;
          const statement = {
            speaker,
            text: segment.text,
            reported: segment.reported,
            article,
            paragraph,
            subject,
            ...at,
          };
          subject.statements.push(statement);
          article.statements.push(statement);
        }
      }
    }
  }
  return { articles, documents, provisions, speakers: speakerById, provisionById };
}
