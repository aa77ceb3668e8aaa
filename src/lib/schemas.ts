import { z } from 'astro/zod';
import { closest, distance } from 'fastest-levenshtein';
import { hiddenCharacter } from './hidden-characters';
import { isWebAddress } from './web-address';

/**
 * The front-matter schemas, one documented field at a time. The content checks (validate.ts) run
 * them on every entry and list every problem at once, each with its file, line and fix. A message
 * reads "<what is wrong>. Fix: <what to write>"; problems.ts splits the two.
 */

/** "Missing", "empty" or "wrong type", with an example of what to write. */
const required = (field: string, example: string) => ({
  error: (issue: { input: unknown }) =>
    issue.input === undefined
      ? `"${field}" is missing. Fix: add it to the front matter, for example: ${field}: ${example}`
      : issue.input === null || issue.input === ''
        ? `"${field}" is empty. Fix: write it, for example: ${field}: ${example}`
        : `"${field}" has the wrong type. Fix: write it like ${field}: ${example}`,
});

/**
 * A line of text: not empty, at most `max` characters (a title in a browser tab, a card or a feed
 * reader; far longer is a mistake, such as a paragraph pasted into the wrong field), and without
 * invisible characters that change how it reads.
 */
const text = (field: string, example: string, max = 300) =>
  z
    .string(required(field, example))
    .trim()
    .min(1, { error: `"${field}" is empty. Fix: write it, for example: ${field}: ${example}` })
    .max(max, {
      error: (issue) =>
        `"${field}" is ${String(issue.input ?? '').length} characters long, more than the ${max} it may have. Fix: shorten it to ${max} characters or fewer (is it the right field?).`,
    })
    .superRefine((value, ctx) => {
      const found = hiddenCharacter(value);
      if (found)
        ctx.addIssue({
          code: 'custom',
          message: `"${field}" holds an invisible character, ${found.name}${found.after ? `, after “${found.after}”` : ''}. Fix: delete it (retype the words around it if your editor does not show it).`,
        });
    });

/** A day, written YYYY-MM-DD (YAML reads it as a date; a quoted one is read here). */
const date = (field: string) =>
  z.preprocess(
    (value) => (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(value) : value),
    z.date(required(field, '2024-10-15')).refine((d) => !Number.isNaN(d.getTime()), {
      error: `"${field}" is not a date. Fix: write it as YYYY-MM-DD, for example: ${field}: 2024-10-15`,
    }),
  );

/**
 * An object that takes only the fields it declares: a misspelt field ("titel") would otherwise be
 * dropped without a word, and the page published without it.
 */
function strict<T extends z.ZodRawShape>(shape: T) {
  const known = Object.keys(shape);
  return z.strictObject(shape, {
    error: (issue) => {
      if (issue.code !== 'unrecognized_keys') return undefined;
      const unknown = issue.keys.map((key) => {
        const near = closest(key, known);
        return distance(key, near) <= Math.max(2, key.length / 3)
          ? `"${key}" (did you mean "${near}"?)`
          : `"${key}"`;
      });
      return `unknown field${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')}. Fix: correct or remove ${unknown.length > 1 ? 'them' : 'it'}; the fields here are ${known.join(', ')}.`;
    },
  });
}

/** An id made of lower-case words joined by hyphens, as file names and URLs are. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const id = (field: string, example: string) =>
  z.string(required(field, example)).regex(ID_PATTERN, {
    error: `"${field}" must be lower-case words joined by hyphens. Fix: write it like ${field}: ${example}`,
  });

/** A public source for a fact that is not in the report: shown, linked, where the fact is. */
export const sourceSchema = strict({
  /** Who published it, as shown to readers: "KCNA", "TASS". */
  name: text('name', 'TASS', 120),
  /** The public address of the source: an https:// address, nothing else. */
  url: z.string(required('url', 'https://tass.com/politics/1882599')).refine(isWebAddress, {
    error:
      'a source must be an https:// web address. Fix: give its full https:// address, for example: url: https://tass.com/politics/1882599',
  }),
});
const sources = (field: string) =>
  z.array(sourceSchema, required(field, '[{ name: TASS, url: https://tass.com/… }]')).min(1, {
    error: `"${field}" lists no source. Fix: add at least one { name, url }.`,
  });

/**
 * Dated corrections, as newsrooms publish them: what was wrong and what the page says now. Each is
 * shown on its page, in its structured data and in the feed, and listed on the corrections page.
 */
const corrections = z
  .array(
    strict({
      /** The day the page was corrected (YYYY-MM-DD). */
      date: date('date'),
      /** What was corrected, in the editors' words: "An earlier version gave the date as …". */
      text: text('text', '"An earlier version of this page gave the wrong date of signing."', 1000),
    }),
  )
  .optional();

/** A BCP 47 language tag: "ru", "en", "ko", "zh-Hant". */
const LANGUAGE = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;

export const articleSchema = strict({
  /** The headline, word for word. */
  title: text('title', '"Putin proposes to ratify …"', 200),
  /** The sub-headline (standfirst), word for word. */
  standfirst: text('standfirst', '"Putin proposes ratification of …"', 400),
  /** The date the report gives (YYYY-MM-DD); it must match the date in the file name. */
  date: date('date'),
  /** The day an editor last changed the page's text (YYYY-MM-DD); unset, the report's date. */
  updated: date('updated').optional(),
  /**
   * Where the report was first published, when public record shows it (the copy received may
   * name no one): the publisher's name and the original's address. No author is ever invented.
   */
  original: strict({
    /** The publisher, as readers know it: "Pravda.ru". */
    publisher: text('publisher', 'Pravda.ru', 120),
    /** The publisher's home page. */
    publisherUrl: sourceSchema.shape.url,
    /** The address of the original report. */
    url: sourceSchema.shape.url,
  }).optional(),
  corrections,
});

export const documentSchema = strict({
  /** The document's full title, as the report or a cited source gives it. */
  title: text('title', '"Comprehensive Strategic Partnership Treaty …"'),
  /** A short name for lists, breadcrumbs and search filters: "Russia–DPRK Treaty (2024)". */
  shortTitle: text('shortTitle', '"Russia–DPRK Treaty (2024)"', 80),
  /** What kind of document it is: the id of a kind in document-kinds.json. */
  kind: id('kind', 'treaty'),
  /** The parties to a treaty, named without "the": "Russian Federation". */
  parties: z.array(text('parties', 'Russian Federation')).default([]),
  /** Where and when it was signed, as the report gives it. */
  signed: strict({ place: text('place', 'Pyongyang', 120), date: date('date') }).optional(),
  /** Who submitted a draft law, as the report names them: the id of an entry in speakers.json. */
  submittedBy: id('submittedBy', 'vladimir-putin').optional(),
  /** How many articles the whole document has, with the public source of that count. */
  articleCount: strict({
    count: z.number(required('count', '23')).int().positive(),
    sources: sources('sources'),
  }).optional(),
  /**
   * Where the whole document can be read, when a public source publishes it: who published it,
   * when and in which language, and the address (shown as context, with that source).
   */
  fullText: strict({
    /** Who published the full text: "KCNA". */
    publisher: text('publisher', 'KCNA', 120),
    /** The day they published it (YYYY-MM-DD), if known. */
    date: date('date').optional(),
    /** The language of that text, in English: "English", "Russian". */
    language: text('language', 'English', 40),
    /** The page to read it on: its publisher's, or a public copy of it. */
    source: sourceSchema,
  }).optional(),
  /** The day an editor last changed the page's text (YYYY-MM-DD). */
  updated: date('updated').optional(),
  corrections,
  /** Sort order on the home page; lower comes first. */
  order: z.number(required('order', '1')).int(),
});

export const provisionSchema = strict({
  /** Id of the document this provision belongs to (its file name in `documents/`). */
  document: id('document', 'russia-dprk-treaty'),
  /** How readers refer to it: "Article 4", or a descriptive label where no number is known. */
  label: text('label', '"Article 4"', 80),
  /** Required when the label's number comes from public reporting rather than the report. */
  labelSource: sources('labelSource').optional(),
  /** The site's own short description of it, for lists and the page heading (not the Treaty's words). */
  title: text('title', '"Military assistance in case of an armed attack"'),
  /** The words the report quotes, exactly as they stand between its quotation marks. */
  quote: text('quote', '"If one of the parties …"', 5000),
  /**
   * The provision's words as another public source gives them, in its own language (a Russian
   * report quoting the Russian text): word for word as that source prints them, never a
   * translation or a reconstruction. Shown as context, with its source, marked in its language.
   */
  wordings: z
    .array(
      strict({
        /** The language, as a BCP 47 tag: ru, en, ko. */
        lang: z.string(required('lang', 'ru')).regex(LANGUAGE, {
          error: '"lang" must be a language tag. Fix: write it like lang: ru (Russian), en, ko, zh-Hant',
        }),
        /** The words, exactly as the source prints them (without the quotation marks around them). */
        text: text('text', '"если одна из сторон …"', 5000),
        /** The source that gives them. */
        source: sourceSchema,
      }),
    )
    .optional(),
  /** The day an editor last changed the page's text (YYYY-MM-DD). */
  updated: date('updated').optional(),
  corrections,
  /** Position within its document, for previous/next links; usually the article number. */
  order: z.number(required('order', '4')),
});

export const speakerSchema = strict({
  /** Id used by `<Statement speaker="…">` and `submittedBy`. */
  id: id('id', 'kim-jong-un'),
  /** The name alone, without title or article: "Vladimir Putin", "Russian Ministry of Foreign Affairs". */
  name: text('name', '"Kim Jong-un"', 120),
  /** A person, or an organisation or state; used in structured data. */
  kind: z.enum(['person', 'organization'], {
    error: '"kind" must be person or organization. Fix: write kind: person, or kind: organization',
  }),
  /** A person's role as the report gives it: "President of Russia". */
  role: text('role', '"President of Russia"', 120).optional(),
});

export const documentKindSchema = strict({
  /** Id used by a document's `kind`. */
  id: id('id', 'treaty'),
  /** The name readers see: "Treaty", "Draft law", "Memorandum". */
  name: text('name', '"Treaty"', 60),
});

/** One step of a timeline: what happened, on which day, and who reports it. */
const stepSchema = strict({
  /**
   * The day it happened (YYYY-MM-DD). Where reports disagree on the day, give each date with the
   * sources that give it, under `dates`, instead.
   */
  date: date('date').optional(),
  dates: z
    .array(strict({ date: date('date'), sources: sources('sources') }))
    .min(2)
    .optional(),
  /** What happened, in a sentence: "The State Duma ratifies the Treaty". */
  event: text('event', '"The State Duma ratifies the Treaty"'),
  /** The document it is a step of, and the status that document has from then on. */
  document: id('document', 'russia-dprk-treaty').optional(),
  status: text('status', '"In force"', 80).optional(),
  /** The public sources of this step (not needed under `dates`, whose dates cite their own). */
  sources: sources('sources').optional(),
  /** Set where the step is the report's own: its date, or a fact it states. */
  inReport: z.boolean().optional(),
});

export const timelineSchema = strict({
  /** The page's heading: "How the Treaty was ratified". */
  title: text('title', '"How the Treaty was ratified"'),
  /** The steps, oldest first. */
  steps: z.array(stepSchema).min(1, { error: 'a timeline needs steps. Fix: add at least one step.' }),
  /** The day an editor last changed the page's text (YYYY-MM-DD). */
  updated: date('updated').optional(),
  corrections,
});

/**
 * A site path without the base path, starting and ending with "/": "/documents/x/". Its segments
 * are lower-case words, digits, hyphens and inner dots: never "." or "..", which would lead out of
 * the folder it names.
 */
export const SITE_PATH = /^\/(?:[a-z0-9_-]+(?:\.[a-z0-9_-]+)*\/)*$/;

/** A published URL that moved. Its key in redirects.json is the old path; validate.ts checks both. */
export const redirectSchema = strict({
  /** The page that replaces it now, as a site path without the base path. */
  to: z.string(required('to', '/documents/russia-dprk-treaty/article-4/')).regex(SITE_PATH, {
    error:
      '"to" must be a site path. Fix: write it without the site address and base path, starting and ending with "/", e.g. /documents/x/',
  }),
});

export type ArticleData = z.infer<typeof articleSchema>;
export type DocumentData = z.infer<typeof documentSchema>;
export type ProvisionData = z.infer<typeof provisionSchema>;
export type SpeakerData = z.infer<typeof speakerSchema>;
export type DocumentKindData = z.infer<typeof documentKindSchema>;
export type TimelineData = z.infer<typeof timelineSchema>;
export type TimelineStep = TimelineData['steps'][number];
export type RedirectData = z.infer<typeof redirectSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type Correction = NonNullable<ArticleData['corrections']>[number];
export type Wording = NonNullable<ProvisionData['wordings']>[number];
