import type { ArticleBody, Misplaced, Paragraph } from './article-body';
import type {
  ArticleData,
  DocumentData,
  DocumentKindData,
  ProvisionData,
  RedirectData,
  SpeakerData,
  TimelineData,
} from './schemas';

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
  timelines: Entry<TimelineData>[];
  speakers: Entry<SpeakerData>[];
  documentKinds: Entry<DocumentKindData>[];
  /** Moved URLs; each entry's id is the old path. */
  redirects: Entry<RedirectData>[];
  /**
   * Every file in the collections' folders (articles/, documents/, provisions/), as paths relative
   * to the content folder, for the checks that an entry has exactly one file and a clean name.
   */
  files?: { folder: string; path: string; filePath: string; symlink?: boolean }[];
  /**
   * Ids of entries whose data does not fit their schema (already reported): the cross-file rules
   * treat them as present, so one mistake is not reported again as a missing page.
   */
  unreadable?: Set<string>;
  /**
   * The quotations of reports whose front matter does not fit (already reported): they still
   * quote their provisions, so one mistake is not reported again as an unquoted provision.
   */
  partialArticles?: (ArticleBody & { filePath: string })[];
  /** The URLs the site has published (permalinks.json), when it could be read. */
  published?: { file: string; urls: string[]; staticUrls?: string[] };
}
