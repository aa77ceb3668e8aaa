import { PROVISION_QUOTE, STATEMENT, paragraphText } from './article-body';
import type { ContentInput } from './entries';
import { normalizeWords } from './normalize';
import { vanishedUrls } from './permalink-contract';
import {
  articlePath,
  documentPath,
  FEED_PATH,
  HOME_PATH,
  provisionJsonPath,
  provisionPath,
  SEARCH_PATH,
} from './permalinks';
import type { Problem } from './problems';

const list = (ids: string[]) => (ids.length ? ids.join(', ') : '(none yet)');

/** Every provision is in a document that exists. */
export function checkProvisionDocuments(input: ContentInput): Problem[] {
  const documents = new Set(input.documents.map((d) => d.id));
  return input.provisions
    .filter((p) => !documents.has(p.data.document))
    .map((p) => ({
      file: p.filePath,
      field: 'document',
      message: `names the document "${p.data.document}", which does not exist.`,
      fix: `set "document" to one of: ${list([...documents])}, or add documents/${p.data.document}.mdx.`,
    }));
}

/** Every <ProvisionQuote> names an existing provision, with the same words as that provision's `quote`. */
export function checkQuotations(input: ContentInput): Problem[] {
  const provisions = new Map(input.provisions.map((p) => [p.id, p]));
  const problems: Problem[] = [];
  for (const article of input.articles) {
    for (const paragraph of article.paragraphs) {
      for (const segment of paragraph.segments) {
        if (segment.kind !== 'provision') continue;
        const where = { file: article.filePath, line: segment.line };
        const provision = segment.provision === undefined ? undefined : provisions.get(segment.provision);
        if (!provision) {
          problems.push({
            ...where,
            field: `<${PROVISION_QUOTE} provision>`,
            message:
              segment.provision === undefined
                ? 'the quotation does not say which provision it quotes.'
                : `names the provision "${segment.provision}", which does not exist.`,
            fix: `set provision="…" to one of: ${list([...provisions.keys()])}, or add provisions/${segment.provision ?? '<document>/<name>'}.mdx.`,
          });
        } else if (normalizeWords(segment.text) !== normalizeWords(provision.data.quote)) {
          problems.push({
            ...where,
            field: `<${PROVISION_QUOTE} provision="${provision.id}"> words`,
            message: `the quoted words differ from "quote" in ${provision.filePath}.\n    article:   "${segment.text}"\n    provision: "${provision.data.quote}"`,
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
  const speakers = input.speakers.map((s) => s.id);
  const subjects = [...input.documents, ...input.provisions].map((e) => e.id);
  const problems: Problem[] = [];
  for (const article of input.articles) {
    for (const paragraph of article.paragraphs) {
      for (const segment of paragraph.segments) {
        if (segment.kind !== 'statement') continue;
        const where = { file: article.filePath, line: segment.line };
        if (segment.speaker === undefined || !speakers.includes(segment.speaker)) {
          problems.push({
            ...where,
            field: `<${STATEMENT} speaker>`,
            message: `names the speaker "${segment.speaker ?? ''}", who is not in speakers.json.`,
            fix: `set speaker="…" to one of: ${list(speakers)}, or add the speaker to speakers.json.`,
          });
        }
        if (segment.about === undefined || !subjects.includes(segment.about)) {
          problems.push({
            ...where,
            field: `<${STATEMENT} about>`,
            message: `says it is about "${segment.about ?? ''}", which is neither a document nor a provision.`,
            fix: `set about="…" to one of: ${list(subjects)}.`,
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
    input.articles.flatMap((a) =>
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

/** A numbered label ("Article 3") that the quoting articles never mention must cite its public source. */
export function checkLabelSources(input: ContentInput): Problem[] {
  // Each provision is compared with the articles that quote it only, so the check stays linear.
  const quotingTexts = new Map<string, string[]>();
  for (const article of input.articles) {
    const text = normalizeWords(article.paragraphs.map(paragraphText).join(' '));
    for (const paragraph of article.paragraphs) {
      for (const segment of paragraph.segments) {
        if (segment.kind !== 'provision' || segment.provision === undefined) continue;
        quotingTexts.set(segment.provision, [...(quotingTexts.get(segment.provision) ?? []), text]);
      }
    }
  }
  return input.provisions
    .filter((p) => /\d/.test(p.data.label) && !p.data.labelSource)
    .filter(
      (p) => !(quotingTexts.get(p.id) ?? []).some((text) => text.includes(normalizeWords(p.data.label))),
    )
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

/** Every quotation stands inside a numbered paragraph, where its words are checked and linked. */
export function checkQuotationPlacement(input: ContentInput): Problem[] {
  return input.articles.flatMap((article) =>
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
 * problem; the build checks the written files again (src/integrations/site-pipeline.ts).
 */
export function checkPublishedUrls(input: ContentInput): Problem[] {
  if (!input.published) return [];
  const produced = new Set([
    ...pageClaims(input).map((c) => c.url),
    ...input.provisions.map((p) => provisionJsonPath(p.data.document, p.id)),
    FEED_PATH,
    ...input.redirects.map((r) => r.id),
  ]);
  return vanishedUrls(input.published.file, input.published.urls, produced);
}

export const rules = [
  checkProvisionDocuments,
  checkQuotations,
  checkStatements,
  checkPermalinks,
  checkProvisionsQuoted,
  checkLabelSources,
  checkRedirects,
  checkQuotationPlacement,
  checkPublishedUrls,
];

/** All problems in the content; an empty list means it can be published. */
export function validateContent(input: ContentInput): Problem[] {
  return rules.flatMap((rule) => rule(input));
}
