import { z } from 'astro/zod';

/**
 * Front-matter schemas. They live apart from `content.config.ts` so unit tests can run them
 * without Astro. Every message says what to write, because Astro prints it next to the file
 * and field that failed.
 */

const required = (field: string, example: string) => ({
  error: (issue: { input: unknown }) =>
    issue.input === undefined
      ? `Missing "${field}". Add it to the front matter, for example: ${field}: ${example}`
      : `"${field}" has the wrong type. Write it like: ${field}: ${example}`,
});

const slug = (field: string) =>
  z
    .string(required(field, 'russia-dprk-treaty'))
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*(?:\/[a-z0-9]+(?:-[a-z0-9]+)*)*$/, {
      error: `"${field}" must be lower-case words joined by hyphens, for example: russia-dprk-treaty`,
    });

/** A public source for a fact that is not in the article: shown on the page where the fact is. */
const sourceSchema = z.object({
  /** Who published it, as shown to readers: "KCNA", "TASS". */
  name: z.string(required('name', 'TASS')).min(1),
  /** The public address of the source. */
  url: z.url({ error: 'Give the full address of the source, starting with https://' }),
});

export const articleSchema = z.object({
  /** The headline, word for word. */
  title: z.string(required('title', '"Putin proposes to ratify …"')).min(1),
  /** The sub-headline (standfirst), word for word. */
  standfirst: z.string(required('standfirst', '"Putin proposes ratification of …"')).min(1),
  /** The date the source gives for the article (YYYY-MM-DD). */
  date: z.coerce.date(required('date', '2024-10-15')),
});

export const documentSchema = z.object({
  /** The document's full title as the article gives it. */
  title: z.string(required('title', '"Comprehensive Strategic Partnership Treaty …"')).min(1),
  /** A short name used in lists, breadcrumbs and search results. */
  shortTitle: z.string(required('shortTitle', '"The Treaty"')).min(1),
  /** What kind of document this is, shown as a label. */
  kind: z.enum(['treaty', 'draft law'], {
    error: 'Set "kind" to one of: treaty, draft law',
  }),
  /** The parties to a treaty, in the order the article names them. */
  parties: z.array(z.string().min(1)).default([]),
  /** Where and when it was signed, if the article says so. */
  signed: z.object({ place: z.string().min(1), date: z.coerce.date() }).optional(),
  /** Who submitted a draft law, as the article names them. */
  submittedBy: z.string().min(1).optional(),
  /** Sort order on the home page; lower comes first. */
  order: z.number(required('order', '1')).int(),
});

export const provisionSchema = z.object({
  /** Id of the document this provision belongs to (its file name in `documents/`). */
  document: slug('document'),
  /** How readers refer to it: "Article 4", or a descriptive label where no number is known. */
  label: z.string(required('label', '"Article 4"')).min(1),
  /** Required when the label comes from public reporting rather than the article itself. */
  labelSource: z.array(sourceSchema).min(1).optional(),
  /** A short title for lists and the page heading. */
  title: z.string(required('title', '"Mutual military assistance"')).min(1),
  /** The words the article quotes, exactly as they stand between its quotation marks. */
  quote: z.string(required('quote', '"If one of the parties …"')).min(1),
  /** Position within its document, for previous/next links; usually the article number. */
  order: z.number(required('order', '4')),
});

export const speakerSchema = z.object({
  /** Id used by `<Statement speaker="…">`. */
  id: slug('id'),
  /** The speaker's name as a sentence subject: "The Russian Ministry of Foreign Affairs". */
  name: z.string(required('name', '"Kim Jong-un"')).min(1),
  /** A person, or an organisation or state; used in structured data. */
  kind: z.enum(['person', 'organization'], { error: 'Set "kind" to person or organization' }),
});

/** A site path without the base path, starting and ending with "/": "/documents/x/". */
export const SITE_PATH = /^\/([a-z0-9._-]+\/)*$/;

/** A published URL that moved. Its key in redirects.json is the old path; validate.ts checks both. */
export const redirectSchema = z.object({
  /** The page that replaces it now, as a site path without the base path. */
  to: z.string(required('to', '/documents/russia-dprk-treaty/article-4/')).regex(SITE_PATH, {
    error: '"to" must be a site path without the base path, starting and ending with "/", e.g. /documents/x/',
  }),
});

export type ArticleData = z.infer<typeof articleSchema>;
export type DocumentData = z.infer<typeof documentSchema>;
export type ProvisionData = z.infer<typeof provisionSchema>;
export type SpeakerData = z.infer<typeof speakerSchema>;
export type RedirectData = z.infer<typeof redirectSchema>;
export type Source = z.infer<typeof sourceSchema>;
