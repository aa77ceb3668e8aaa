import { PROVISION_QUOTE, STATEMENT, paragraphText, type ArticleBody } from './article-body';
import { isoDate } from './dates';
import type { ContentInput } from './content-input';
import { normalizeWords } from './normalize';
import { vanishedUrls } from './permalink-contract';
import { unquotedNumbers, unquotedPath } from './unquoted-articles';
import {
  articlePath,
  documentPath,
  FEED_PATH,
  HOME_PATH,
  provisionJsonPath,
  provisionPath,
  SEARCH_PATH,
  timelinePath,
} from './permalinks';
import type { Problem } from './problems';

/** Ids for a fix, the first few of a long list. */
const list = (ids: string[]) =>
  ids.length === 0
    ? '(none yet)'
    : ids.length <= 12
      ? ids.join(', ')
      : `${ids.slice(0, 12).join(', ')} … (${ids.length} in all)`;

/** Ids that exist, counting entries already reported for not fitting their schema. */
const known = (input: ContentInput, entries: { id: string }[]) =>
  new Set([...entries.map((e) => e.id), ...(input.unreadable ?? [])]);

/** Every report's paragraphs, with those whose front matter did not fit (their quotations still count). */
const reportBodies = (input: ContentInput): (ArticleBody & { filePath: string })[] => [
  ...input.articles,
  ...(input.partialArticles ?? []),
];

/** Every provision is in a document that exists. */
export function checkProvisionDocuments(input: ContentInput): Problem[] {
  const documents = known(input, input.documents);
  return input.provisions
    .filter((p) => !documents.has(p.data.document))
    .map((p) => ({
      file: p.filePath,
      field: 'document',
      message: `names the document "${p.data.document}", which does not exist.`,
      fix: `set "document" to one of: ${list([...documents])}, or add documents/${p.data.document}.md.`,
    }));
}

/** Where two quotations part: "from word 14: the article has “promptly”, the provision “immediately”". */
function firstDifference(article: string, provision: string): string {
  const a = normalizeWords(article).split(' ');
  const b = normalizeWords(provision).split(' ');
  const at = a.findIndex((word, i) => word !== b[i]);
  const index = at < 0 ? a.length : at;
  const word = (words: string[]) => (index < words.length ? `“${words[index]}”` : 'nothing more');
  const [x, y] = [a[index], b[index]];
  // Two spellings of one letter (é as one character, or as e and an accent) look the same on screen.
  const encoding =
    x !== undefined && y !== undefined && x.normalize('NFC') === y.normalize('NFC')
      ? ` (the same letters, encoded differently: the article's word is ${x === x.normalize('NFC') ? 'composed (NFC)' : 'decomposed (NFD)'}, the provision's ${y === y.normalize('NFC') ? 'composed (NFC)' : 'decomposed (NFD)'}; retype one of them)`
      : '';
  return `from word ${index + 1}: the article has ${word(a)}, the provision ${word(b)}${encoding}`;
}

/** Every <ProvisionQuote> names an existing provision, with the same words as that provision's `quote`. */
export function checkQuotations(input: ContentInput): Problem[] {
  const provisions = new Map(input.provisions.map((p) => [p.id, p]));
  const problems: Problem[] = [];
  for (const article of reportBodies(input)) {
    for (const paragraph of article.paragraphs) {
      for (const segment of paragraph.segments) {
        if (segment.kind !== 'provision') continue;
        const where = { file: article.filePath, line: segment.line };
        if (segment.provision !== undefined && input.unreadable?.has(segment.provision)) continue;
        const provision = segment.provision === undefined ? undefined : provisions.get(segment.provision);
        if (!provision) {
          problems.push({
            ...where,
            field: `<${PROVISION_QUOTE} provision>`,
            message:
              segment.provision === undefined
                ? 'the quotation does not say which provision it quotes.'
                : `names the provision "${segment.provision}", which does not exist.`,
            fix: `set provision="…" to one of: ${list([...provisions.keys()])}, or add provisions/${segment.provision ?? '<document>/<name>'}.md.`,
          });
        } else if (normalizeWords(segment.text) !== normalizeWords(provision.data.quote)) {
          problems.push({
            ...where,
            field: `<${PROVISION_QUOTE} provision="${provision.id}"> words`,
            message: `the quoted words differ from "quote" in ${provision.filePath}, ${firstDifference(segment.text, provision.data.quote)}.\n    article:   "${segment.text}"\n    provision: "${provision.data.quote}"`,
            fix: `make the words inside <${PROVISION_QUOTE}> and the "quote" field of ${provision.filePath} identical, word for word as in the source.`,
          });
        }
      }
    }
  }
  return problems;
}

/** Every <Statement> names a known speaker and an existing document or provision it speaks about. */
export function checkStatements(input: ContentInput): Problem[] {
  const speakers = known(input, input.speakers);
  const subjects = known(input, [...input.documents, ...input.provisions]);
  const problems: Problem[] = [];
  for (const article of reportBodies(input)) {
    for (const paragraph of article.paragraphs) {
      for (const segment of paragraph.segments) {
        if (segment.kind !== 'statement') continue;
        const where = { file: article.filePath, line: segment.line };
        if (segment.speaker === undefined || !speakers.has(segment.speaker)) {
          problems.push({
            ...where,
            field: `<${STATEMENT} speaker>`,
            message: `names the speaker "${segment.speaker ?? ''}", who is not in speakers.json.`,
            fix: `set speaker="…" to one of: ${list(input.speakers.map((s) => s.id))}, or add the speaker to speakers.json.`,
          });
        }
        if (segment.about === undefined || !subjects.has(segment.about)) {
          problems.push({
            ...where,
            field: `<${STATEMENT} about>`,
            message: `says it is about "${segment.about ?? ''}", which is neither a document nor a provision.`,
            fix: `set about="…" to one of: ${list([...input.documents, ...input.provisions].map((e) => e.id))}.`,
          });
        }
      }
    }
  }
  return problems;
}

/** Every URL the content gives a page, with the file and field it comes from. */
function pageClaims(input: ContentInput) {
  return [
    { file: 'src/pages/index.astro', field: 'route', url: HOME_PATH },
    { file: 'src/pages/search.astro', field: 'route', url: SEARCH_PATH },
    ...input.articles.map((a) => ({ file: a.filePath, field: 'file name', url: articlePath(a.id) })),
    ...input.documents.map((d) => ({ file: d.filePath, field: 'file name', url: documentPath(d.id) })),
    ...input.provisions.map((p) => ({
      file: p.filePath,
      field: 'document and file name',
      url: provisionPath(p.data.document, p.id),
    })),
    ...input.timelines.map((t) => ({ file: t.filePath, field: 'file name', url: timelinePath(t.id) })),
  ];
}

/** No two entries claim the same URL. */
export function checkPermalinks(input: ContentInput): Problem[] {
  const claims = pageClaims(input);
  const first = new Map<string, (typeof claims)[number]>();
  const problems: Problem[] = [];
  for (const claim of claims) {
    const earlier = first.get(claim.url);
    if (!earlier) {
      first.set(claim.url, claim);
      continue;
    }
    problems.push({
      file: claim.file,
      field: claim.field,
      message: `claims the URL ${claim.url}, which ${earlier.file} already has.`,
      fix: `rename one of the two files (the URL comes from the file name), or, for a provision, check its "document" field.`,
    });
  }
  return problems;
}

/** Every provision is quoted by at least one article: a provision page exists because the article quotes it. */
export function checkProvisionsQuoted(input: ContentInput): Problem[] {
  const quoted = new Set(
    reportBodies(input).flatMap((a) =>
      a.paragraphs.flatMap((p) => p.segments.flatMap((s) => (s.kind === 'provision' ? [s.provision] : []))),
    ),
  );
  return input.provisions
    .filter((p) => !quoted.has(p.id))
    .map((p) => ({
      file: p.filePath,
      field: 'quote',
      message: `the provision "${p.id}" is quoted by no article.`,
      fix: `quote it in an article with <${PROVISION_QUOTE} provision="${p.id}">…</${PROVISION_QUOTE}> inside a sentence of a paragraph (a component alone on its line is not part of a paragraph), or delete the file.`,
    }));
}

/** Every document has a provision: its page exists to list what the reports quote from it. */
export function checkDocumentsQuoted(input: ContentInput): Problem[] {
  const quoted = new Set(input.provisions.map((p) => p.data.document));
  return input.documents
    .filter((d) => !quoted.has(d.id))
    .map((d) => ({
      file: d.filePath,
      field: 'provisions',
      message: `the document "${d.id}" has no provision, so its page would list nothing the reports quote.`,
      fix: `add a provision in provisions/${d.id}/ (see "Adding content" in the README), or delete the document and list its URLs with npm run permalinks -- --remove.`,
    }));
}

/** A numbered label ("Article 3") that the quoting articles never mention must cite its public source. */
export function checkLabelSources(input: ContentInput): Problem[] {
  // Each provision is compared with the articles that quote it only, so the check stays linear.
  const quotingTexts = new Map<string, string[]>();
  for (const article of reportBodies(input)) {
    const text = normalizeWords(article.paragraphs.map(paragraphText).join(' '));
    for (const paragraph of article.paragraphs) {
      for (const segment of paragraph.segments) {
        if (segment.kind !== 'provision' || segment.provision === undefined) continue;
        quotingTexts.set(segment.provision, [...(quotingTexts.get(segment.provision) ?? []), text]);
      }
    }
  }
  // The label as words of its own: "Article 1" is not given by a report that says "Article 12".
  const given = (label: string, text: string) =>
    new RegExp(
      `(^|[^\\p{L}\\p{N}])${normalizeWords(label).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}\\p{N}])`,
      'u',
    ).test(text);
  return input.provisions
    .filter((p) => /\d/.test(p.data.label) && !p.data.labelSource)
    .filter((p) => !(quotingTexts.get(p.id) ?? []).some((text) => given(p.data.label, text)))
    .map((p) => ({
      file: p.filePath,
      field: 'labelSource',
      message: `the label "${p.data.label}" does not appear in the article, so readers need to know where it comes from.`,
      fix: 'add labelSource: [{ name: "…", url: "https://…" }] citing the public source of the number, or use a descriptive label.',
    }));
}

/** A redirect leaves from a URL no page has any more, to a page that exists. */
export function checkRedirects(input: ContentInput): Problem[] {
  const pages = new Set(pageClaims(input).map((c) => c.url));
  const problems: Problem[] = [];
  for (const redirect of input.redirects) {
    const where = { file: redirect.filePath, field: `"${redirect.id}"` };
    if (pages.has(redirect.id)) {
      problems.push({
        ...where,
        message: `${redirect.id} is still a page, so it cannot redirect.`,
        fix: 'remove this redirect, or rename the file that still has this URL.',
      });
    }
    if (!pages.has(redirect.data.to)) {
      problems.push({
        ...where,
        field: `"${redirect.id}".to`,
        message: `redirects to ${redirect.data.to}, which is not a page.`,
        fix: 'set "to" to the URL of the page that replaced it (see the permalink scheme in README.md).',
      });
    }
  }
  return problems;
}

/** A URL segment as a file name must be: lower-case letters, digits and single hyphens. */
const CLEAN_NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const cleaned = (name: string) =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/**
 * Every content file is one entry, under a name that is its URL: lower-case a–z, 0–9 and hyphens,
 * .md or .mdx, no `slug` field. Otherwise two files could claim one id and shadow each other (which one
 * is published would vary between builds), or a page could leave the permalink scheme unnoticed.
 */
export function checkContentFiles(input: ContentInput): Problem[] {
  if (!input.files) return [];
  const entries = [...input.articles, ...input.documents, ...input.provisions, ...input.timelines];
  const byFile = new Map(entries.map((e) => [e.filePath, e]));
  const byId = new Map(entries.map((e) => [e.id, e]));
  const problems: Problem[] = [];
  for (const file of input.files) {
    if (file.symlink) {
      problems.push({
        file: file.filePath,
        field: 'file',
        message:
          'it is a symbolic link; the build reads only real files in the content folder, and never follows a link out of it.',
        fix: 'replace the link with the file itself (copy it into the content folder), or delete the link.',
      });
      continue;
    }
    const extension = /\.mdx?$/.exec(file.path)?.[0];
    const segments = file.path.replace(/\.mdx?$/, '').split('/');
    if (!extension) {
      problems.push({
        file: file.filePath,
        field: 'file name',
        message: `only .md and .mdx files in ${file.folder}/ are content; this one is not read, so nothing of it is published.`,
        fix: `rename it to ${segments.join('/').replace(/\.[^.]*$/, '')}.md (or .mdx if it uses a component), or move it out of the content folder.`,
      });
      continue;
    }
    const clean = segments.map(cleaned).join('/');
    if (segments.some((segment) => !CLEAN_NAME.test(segment))) {
      problems.push({
        file: file.filePath,
        field: 'file name',
        message: `"${file.path}" makes a URL, and a URL here is lower-case letters, digits and hyphens only.`,
        fix: `rename it to ${clean}${extension}.`,
      });
    }
    const entry = byFile.get(file.filePath);
    if (!entry && input.unreadable?.has(clean)) continue;
    if (!entry) {
      const other = byId.get(clean);
      problems.push({
        file: file.filePath,
        field: 'file name',
        message: other
          ? `it has the same id, "${clean}", as ${other.filePath}, so only one of the two is published.`
          : 'it was not read as an entry of its collection.',
        fix: 'give each file a name of its own (the name is its URL), or delete the one that is not wanted.',
      });
    } else if (entry.id !== clean) {
      problems.push({
        file: file.filePath,
        field: 'slug',
        message: `the front matter sets the URL to "${entry.id}" instead of the file name; the URL comes from the file name only.`,
        fix: 'remove the slug field, and rename the file if the page needs another URL (then add a redirect).',
      });
    }
  }
  return problems;
}

/** A document's kind and submitter are entries of document-kinds.json and speakers.json. */
export function checkDocumentReferences(input: ContentInput): Problem[] {
  const kinds = known(input, input.documentKinds);
  const speakers = known(input, input.speakers);
  return input.documents.flatMap((d) => [
    ...(kinds.has(d.data.kind)
      ? []
      : [
          {
            file: d.filePath,
            field: 'kind',
            message: `is "${d.data.kind}", which is not a kind in document-kinds.json.`,
            fix: `set it to one of: ${list(input.documentKinds.map((k) => k.id))}, or add { "id": "${d.data.kind}", "name": "…" } to document-kinds.json.`,
          },
        ]),
    ...(d.data.submittedBy === undefined || speakers.has(d.data.submittedBy)
      ? []
      : [
          {
            file: d.filePath,
            field: 'submittedBy',
            message: `names "${d.data.submittedBy}", who is not in speakers.json.`,
            fix: `set it to one of: ${list(input.speakers.map((s) => s.id))}, or add them to speakers.json.`,
          },
        ]),
  ]);
}

/**
 * Every step of a timeline has one date or the dates reports disagree on, a public source for
 * each (or is the report's own), and names a document that exists. A date, a status or a count
 * is never published without its source.
 */
export function checkTimelines(input: ContentInput): Problem[] {
  const documents = known(input, input.documents);
  return input.timelines.flatMap((timeline) =>
    timeline.data.steps.flatMap((step, i) => {
      const at = { file: timeline.filePath, field: `steps.${i}` };
      const problems: Problem[] = [];
      if ((step.date === undefined) === (step.dates === undefined)) {
        problems.push({
          ...at,
          message: `“${step.event}” needs one date, or (where reports differ) dates, not ${step.date ? 'both' : 'neither'}.`,
          fix: 'give date: YYYY-MM-DD, or dates: [{ date, sources }, …] with the sources of each date.',
        });
      }
      if (!step.dates && !step.inReport && (step.sources ?? []).length === 0) {
        problems.push({
          ...at,
          field: `steps.${i}.sources`,
          message: `“${step.event}” gives a date${step.status ? ' and a status' : ''} without a source.`,
          fix: 'add sources: [{ name, url }] with the public reporting it comes from, or set inReport: true if the report itself says it.',
        });
      }
      if (step.document !== undefined && !documents.has(step.document)) {
        problems.push({
          ...at,
          field: `steps.${i}.document`,
          message: `names the document "${step.document}", which does not exist.`,
          fix: `set it to one of: ${list(input.documents.map((d) => d.id))}.`,
        });
      }
      if (step.status !== undefined && step.document === undefined) {
        problems.push({
          ...at,
          field: `steps.${i}.status`,
          message: `gives the status “${step.status}” without saying which document has it.`,
          fix: 'add document: <the document’s id>.',
        });
      }
      return problems;
    }),
  );
}

/** An article has paragraphs, and its file name starts with its date, so the two never disagree. */
export function checkArticles(input: ContentInput): Problem[] {
  return input.articles.flatMap((article) => {
    const problems: Problem[] = [];
    if (article.paragraphs.length === 0) {
      problems.push({
        file: article.filePath,
        field: 'body',
        message: 'the article has no paragraphs, so there is nothing to publish or to quote.',
        fix: 'write the report’s paragraphs below the front matter, one paragraph per block of text.',
      });
    }
    const named = /^(\d{4}-\d{2}-\d{2})-/.exec(article.id)?.[1];
    const date = isoDate(article.data.date);
    if (named !== date) {
      problems.push({
        file: article.filePath,
        field: 'date',
        message: named
          ? `is ${date}, but the file name says ${named}.`
          : 'the file name does not start with the report’s date.',
        fix: named
          ? 'make the date and the start of the file name the same day (renaming the file changes its URL: add a redirect).'
          : `name the file ${date}-<words-of-the-headline>.mdx.`,
      });
    }
    return problems;
  });
}

/** Every quotation stands inside a numbered paragraph, where its words are checked and linked. */
export function checkQuotationPlacement(input: ContentInput): Problem[] {
  return reportBodies(input).flatMap((article) =>
    article.misplaced.map((m) => ({
      file: article.filePath,
      line: m.line,
      field: `<${m.component}>`,
      message: `this quotation stands in ${m.container}, outside the article's paragraphs, so its words cannot be checked against the source or linked to a paragraph.`,
      fix: `put the <${m.component}> inside a sentence of an ordinary paragraph, as the source has it.`,
    })),
  );
}

/**
 * Every URL the site has published is still produced: as a page, a provision's JSON, the feed,
 * or a declared redirect. Checked with the content, so a vanished URL is listed with every other
 * problem; the build checks the written files again (src/integrations/published-urls.ts).
 */
export function checkPublishedUrls(input: ContentInput): Problem[] {
  if (!input.published) return [];
  const produced = new Set([
    ...pageClaims(input).map((c) => c.url),
    ...input.provisions.map((p) => provisionJsonPath(p.data.document, p.id)),
    FEED_PATH,
    ...(input.published.staticUrls ?? []),
    ...input.redirects.map((r) => r.id),
    // The page of each article no report quotes, where the document's number of articles is known.
    ...input.documents.flatMap((d) =>
      unquotedNumbers(
        d.data.articleCount?.count ?? 0,
        input.provisions
          .filter((p) => p.data.document === d.id)
          .map((p) => ({ id: p.id, label: p.data.label })),
      ).map((n) => unquotedPath(d.id, n)),
    ),
    // An entry already reported for its front matter keeps its URLs: they have not gone.
    ...[...(input.unreadable ?? [])].flatMap((id) => [
      articlePath(id),
      documentPath(id),
      `/documents/${id}.json`,
      timelinePath(id),
    ]),
  ]);
  return vanishedUrls(input.published.file, input.published.urls, produced);
}

export const rules = [
  checkProvisionDocuments,
  checkQuotations,
  checkStatements,
  checkPermalinks,
  checkProvisionsQuoted,
  checkDocumentsQuoted,
  checkLabelSources,
  checkRedirects,
  checkQuotationPlacement,
  checkPublishedUrls,
  checkContentFiles,
  checkDocumentReferences,
  checkTimelines,
  checkArticles,
];

/** All problems in the content; an empty list means it can be published. */
export function validateContent(input: ContentInput): Problem[] {
  return rules.flatMap((rule) => rule(input));
}
