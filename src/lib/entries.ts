import type { Misplaced, Paragraph } from './article-body';
import type { ArticleData, DocumentData, ProvisionData, RedirectData, SpeakerData } from './schemas';

/** One collection entry as the validator and the site model see it: plain data, no Astro. */
export interface Entry<Data> {
  id: string;
  /** Path of the file it came from, relative to the project, for error messages. */
  filePath: string;
  data: Data;
}

export interface ArticleEntry extends Entry<ArticleData> {
  paragraphs: Paragraph[];
  /** Quotations outside a paragraph, which the content checks reject. */
  misplaced: Misplaced[];
}

/** The whole corpus, as read from the content folder, before it is checked and linked. */
export interface ContentInput {
  articles: ArticleEntry[];
  documents: Entry<DocumentData>[];
  provisions: Entry<ProvisionData>[];
  speakers: Entry<SpeakerData>[];
  /** Moved URLs; each entry's id is the old path. */
  redirects: Entry<RedirectData>[];
  /** The URLs the site has published (permalinks.json), when it could be read. */
  published?: { file: string; urls: string[] };
}
