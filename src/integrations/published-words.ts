/**
 * The last check before a site is published: every quoted word it publishes is its source's.
 * The content checks read the content files; this reads what the build wrote, with an HTML
 * parser, and compares it with the sources read afresh from the content folder:
 *
 * - every quotation of a provision, on every page, is the provision's `quote`, and links only to
 *   its provision; every quotation of a speaker is words the report gives that speaker;
 * - every copy of a report's paragraph, and the report itself, is the report's text;
 * - every `<q>` on a page is one of those (no unchecked words in quotation marks), and no
 *   quotation stands inside another;
 * - the same for each provision's JSON, the JSON-LD Quotations and the feed's titles and summaries.
 *
 * The search index is made from these pages, so it holds what was checked here. A difference is a
 * fault in the site's code or a content shape the checks do not know: the build stops.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { DomUtils, parseDocument } from 'htmlparser2';
import yaml from 'js-yaml';
import { paragraphText } from '../lib/article-body.ts';
import { formatOf, readContentBody } from '../lib/content-body.ts';
import { normalizeWords } from '../lib/normalize.ts';
import { articlePath, provisionJsonPath, provisionPath } from '../lib/permalinks.ts';
import type { Problem } from '../lib/problems.ts';

type Element = ReturnType<typeof DomUtils.findAll>[number];

/** The words of the sources, read from the content folder as Astro reads it (js-yaml, the MDX parser). */
interface SourceWords {
  /** Provision id → its quote, and the file it comes from. */
  provisions: Map<string, { quote: string; file: string; path: string }>;
  /** Site path (page or JSON) of a provision → its id. */
  provisionByPath: Map<string, string>;
  /** Speaker id → name. */
  speakers: Map<string, string>;
  /** Speaker id → the words each report gives them, quoted or reported. */
  statements: Map<string, { quoted: Set<string>; reported: Set<string> }>;
  /** "provisionId#n" → the n-th wording another source gives of a provision (its `wordings`). */
  wordings: Map<string, string>;
  /** "articleId#p-n" → the paragraph as a reader sees it. */
  paragraphs: Map<string, string>;
  /** Article site path → its title and standfirst. */
  articles: Map<string, { title: string; standfirst: string; file: string }>;
}

const SPLIT = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

function readEntries(
  dir: string,
): { id: string; file: string; data: Record<string, unknown>; body: string; lineOffset: number }[] {
  let names: string[];
  try {
    names = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((n) => /\.mdx?$/.test(n));
  } catch {
    return [];
  }
  return names.map((name) => {
    const file = join(dir, name);
    const text = readFileSync(file, 'utf8');
    const match = SPLIT.exec(text);
    return {
      id: name
        .replace(/\.mdx?$/, '')
        .split(sep)
        .join('/'),
      file: relative(process.cwd(), file),
      data: (match ? yaml.load(match[1] ?? '') : {}) as Record<string, unknown>,
      body: match ? text.slice(match[0].length) : text,
      lineOffset: match ? match[0].split('\n').length - 1 : 0,
    };
  });
}

export function readSourceWords(contentDir: string): SourceWords {
  const words: SourceWords = {
    provisions: new Map(),
    provisionByPath: new Map(),
    speakers: new Map(),
    statements: new Map(),
    wordings: new Map(),
    paragraphs: new Map(),
    articles: new Map(),
  };
  for (const p of readEntries(join(contentDir, 'provisions'))) {
    const document = String(p.data['document']);
    const path = provisionPath(document, p.id);
    words.provisions.set(p.id, { quote: String(p.data['quote']), file: p.file, path });
    words.provisionByPath.set(path, p.id);
    words.provisionByPath.set(provisionJsonPath(document, p.id), p.id);
    const wordings = Array.isArray(p.data['wordings']) ? (p.data['wordings'] as { text?: unknown }[]) : [];
    wordings.forEach((w, i) => words.wordings.set(`${p.id}#${i}`, normalizeWords(String(w.text ?? ''))));
  }
  for (const s of JSON.parse(readFileSync(join(contentDir, 'speakers.json'), 'utf8')) as {
    id: string;
    name: string;
  }[])
    words.speakers.set(s.id, s.name);
  for (const a of readEntries(join(contentDir, 'articles'))) {
    words.articles.set(articlePath(a.id), {
      title: String(a.data['title']),
      standfirst: String(a.data['standfirst']),
      file: a.file,
    });
    for (const paragraph of readContentBody(a.body, 'article', a.lineOffset, formatOf(a.file)).article
      ?.paragraphs ?? []) {
      words.paragraphs.set(`${a.id}#${paragraph.id}`, normalizeWords(paragraphText(paragraph)));
      for (const segment of paragraph.segments) {
        if (segment.kind !== 'statement' || segment.speaker === undefined) continue;
        const said = words.statements.get(segment.speaker) ?? { quoted: new Set(), reported: new Set() };
        said[segment.reported ? 'reported' : 'quoted'].add(normalizeWords(segment.text));
        words.statements.set(segment.speaker, said);
      }
    }
  }
  return words;
}

/**
 * Text as a reader copies it: without the copy-link controls and the labels after quotations
 * ("Art. 4 →", which search ignores too), which are not part of the words.
 */
function wordsOf(element: Element): string {
  const text = (node: Element['children'][number]): string => {
    if (node.type === 'text') return (node as unknown as { data: string }).data;
    const child = node as Element;
    if (
      !child.children ||
      child.attribs?.['data-copy-link'] !== undefined ||
      child.attribs?.['data-pagefind-ignore'] !== undefined
    )
      return '';
    return child.children.map(text).join('');
  };
  return normalizeWords(element.children.map(text).join(''));
}

const isQuotation = (element: Element) =>
  element.attribs['data-provision'] !== undefined || /\bstatement\b/.test(element.attribs['class'] ?? '');

/** The quotation an element stands in, if any. */
function enclosingQuotation(element: Element): Element | undefined {
  for (let parent = element.parent; parent && 'attribs' in parent; parent = parent.parent) {
    if (isQuotation(parent as Element)) return parent as Element;
  }
  return undefined;
}

/** The quoted words inside their quotation marks (which the page draws as text). */
const inMarks = (words: string) => words.replace(/^"/, '').replace(/"$/, '');

export function auditPublishedWords(outDir: string, base: string, words: SourceWords): Problem[] {
  const problems: Problem[] = [];
  const fault = (file: string, field: string, message: string) =>
    problems.push({
      file: relative(process.cwd(), join(outDir, file)),
      field,
      message,
      fix: 'the published words must be the source’s: correct the content file named, or, if it is right, the component that renders these words (src/components/), then build again.',
    });

  const checkProvisionWords = (file: string, id: string | undefined, published: string, where: string) => {
    const provision = id === undefined ? undefined : words.provisions.get(id);
    if (!provision) fault(file, where, `quotes the provision "${id ?? ''}", which does not exist.`);
    else if (published !== normalizeWords(provision.quote))
      fault(
        file,
        where,
        `publishes “${published}” as the words of ${id}, but its source (${provision.file}) quotes “${normalizeWords(provision.quote)}”.`,
      );
  };
  const checkStatementWords = (
    file: string,
    speaker: string | undefined,
    published: string,
    reported: boolean,
    where: string,
  ) => {
    const said = speaker === undefined ? undefined : words.statements.get(speaker);
    if (speaker === undefined || !words.speakers.has(speaker))
      fault(file, where, `attributes words to the speaker "${speaker ?? ''}", who is not in speakers.json.`);
    else if (!said?.[reported ? 'reported' : 'quoted'].has(published))
      fault(
        file,
        where,
        `attributes “${published}” to ${words.speakers.get(speaker)}, but no report gives ${reported ? 'these words about' : 'these words as said by'} them.`,
      );
  };

  const files = readdirSync(outDir, { recursive: true, encoding: 'utf8' }).map((f) => f.split(sep).join('/'));
  for (const file of files.filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/'))) {
    const document = parseDocument(readFileSync(join(outDir, file), 'utf8'));
    // A quotation's label in the margin ("Art. 4 →") stands right after its quotation and leads to
    // the page of the provision quoted there, never elsewhere.
    for (const link of DomUtils.findAll((e) => e.attribs['data-label-of'] !== undefined, document.children)) {
      const id = link.attribs['data-label-of'] ?? '';
      const quotation = link.parent ? DomUtils.prevElementSibling(link.parent) : null;
      const target = words.provisions.get(id)?.path;
      if (quotation?.attribs['data-provision'] !== id)
        fault(
          file,
          'quotation label',
          `labels a quotation as ${id}, but the quotation before it is not of ${id}.`,
        );
      else if (target === undefined || link.attribs['href'] !== `${base.slice(0, -1)}${target}`)
        fault(
          file,
          'quotation label',
          `links the label of ${id} to ${link.attribs['href'] ?? '(nothing)'}, not to the provision's page.`,
        );
    }
    const marked = DomUtils.findAll(
      (e) =>
        e.name === 'q' ||
        e.attribs['data-provision'] !== undefined ||
        /\bstatement\b/.test(e.attribs['class'] ?? '') ||
        e.attribs['data-paragraph'] !== undefined ||
        e.attribs['data-wording'] !== undefined,
      document.children,
    );
    for (const element of marked) {
      const wording = element.attribs['data-wording'];
      if (wording !== undefined) {
        const source = words.wordings.get(wording);
        if (source === undefined)
          fault(file, 'wording', `shows a wording ${wording}, which no provision's "wordings" gives.`);
        else if (wordsOf(element) !== source)
          fault(
            file,
            'wording',
            `shows ${wording} as “${wordsOf(element)}”, but its source gives “${source}”.`,
          );
        continue;
      }
      const provision = element.attribs['data-provision'];
      const isStatement = /\bstatement\b/.test(element.attribs['class'] ?? '');
      const paragraph = element.attribs['data-paragraph'];
      const words_ = wordsOf(element);
      if (paragraph === undefined && provision === undefined && !isStatement) {
        fault(
          file,
          `<${element.name}>`,
          `shows “${words_}” in quotation marks, words no check has compared with a source.`,
        );
        continue;
      }
      const outer = enclosingQuotation(element);
      if (outer && paragraph === undefined)
        fault(
          file,
          `<${element.name}>`,
          `“${words_}” stands inside another quotation, whose words it changes.`,
        );
      if (paragraph !== undefined) {
        const source = words.paragraphs.get(paragraph);
        if (source === undefined)
          fault(file, 'paragraph', `copies the paragraph ${paragraph}, which no report has.`);
        else if (words_ !== source)
          fault(file, 'paragraph', `copies ${paragraph} as “${words_}”, but the report has “${source}”.`);
      } else if (provision !== undefined) {
        checkProvisionWords(file, provision, inMarks(words_), `<${element.name} data-provision>`);
        const target = words.provisions.get(provision)?.path;
        for (const link of DomUtils.findAll(
          (e) => e.name === 'a' && e.attribs['data-copy-link'] === undefined,
          element.children,
        )) {
          if (link.attribs['href'] !== `${base.slice(0, -1)}${target}`)
            fault(
              file,
              `<${element.name} data-provision> link`,
              `links the words of ${provision} to ${link.attribs['href'] ?? '(nothing)'}, not to the provision's page.`,
            );
        }
      } else {
        const reported = element.name !== 'q';
        checkStatementWords(
          file,
          element.attribs['data-speaker'],
          reported ? words_ : inMarks(words_),
          reported,
          `<${element.name} class="statement">`,
        );
        if (
          DomUtils.findOne(
            (e) => e.name === 'a' && e.attribs['data-copy-link'] === undefined,
            element.children,
          )
        )
          fault(
            file,
            `<${element.name} class="statement"> link`,
            'a quotation of a speaker holds a link, which would send readers elsewhere than the report.',
          );
      }
    }
    // A report's page is the report: each numbered paragraph, its headline and standfirst.
    const article = words.articles.get(`/${file.replace(/index\.html$/, '')}`);
    if (article) {
      const id = file.split('/')[1] ?? '';
      for (const p of DomUtils.findAll(
        (e) => e.name === 'p' && /^p-\d+$/.test(e.attribs['id'] ?? ''),
        document.children,
      )) {
        const source = words.paragraphs.get(`${id}#${p.attribs['id']}`);
        if (source === undefined || wordsOf(p) !== source)
          fault(
            file,
            `paragraph ${p.attribs['id']}`,
            `reads “${wordsOf(p)}”, but ${article.file} has “${source ?? '(no such paragraph)'}”.`,
          );
      }
      const heading = DomUtils.findOne((e) => e.name === 'h1', document.children);
      if (!heading || wordsOf(heading) !== normalizeWords(article.title))
        fault(
          file,
          'headline',
          `the headline reads “${heading ? wordsOf(heading) : ''}”, but ${article.file} has “${article.title}”.`,
        );
    }
    for (const script of DomUtils.findAll(
      (e) => e.name === 'script' && e.attribs['type'] === 'application/ld+json',
      document.children,
    )) {
      const visit = (value: unknown): void => {
        if (Array.isArray(value)) return value.forEach(visit);
        if (!value || typeof value !== 'object') return;
        const item = value as Record<string, unknown>;
        if (item['@type'] === 'Quotation') {
          const text = normalizeWords(String(item['text'] ?? ''));
          const basedOn = item['isBasedOn'] as { '@type'?: string; '@id'?: string } | undefined;
          const creator = item['creator'] as { name?: string } | undefined;
          if (basedOn?.['@type'] === 'Legislation') {
            const path = new URL(basedOn['@id'] ?? '', 'https://x').pathname.slice(base.length - 1);
            checkProvisionWords(file, words.provisionByPath.get(path), text, 'JSON-LD Quotation');
          } else if (creator?.name) {
            const speaker = [...words.speakers].find(([, name]) => name === creator.name)?.[0];
            checkStatementWords(file, speaker, text, false, 'JSON-LD Quotation');
          } else
            fault(
              file,
              'JSON-LD Quotation',
              `“${text}” is a Quotation of neither a provision nor a speaker.`,
            );
        }
        Object.values(item).forEach(visit);
      };
      visit(JSON.parse(DomUtils.textContent(script)));
    }
  }

  for (const file of files.filter((f) => f.startsWith('documents/') && f.endsWith('.json'))) {
    const record = JSON.parse(readFileSync(join(outDir, file), 'utf8')) as {
      id?: string;
      quote?: string;
      quotedIn?: { url: string; paragraph: string }[];
      statements?: { speaker: string; kind: string; words?: string; report?: string; url: string }[];
    };
    checkProvisionWords(
      file,
      words.provisionByPath.get(`/${file}`),
      normalizeWords(record.quote ?? ''),
      'quote',
    );
    for (const q of record.quotedIn ?? []) {
      const url = new URL(q.url);
      const key = `${url.pathname.split('/').filter(Boolean).at(-1)}#${url.hash.slice(1)}`;
      if (words.paragraphs.get(key) !== normalizeWords(q.paragraph))
        fault(
          file,
          'quotedIn.paragraph',
          `copies ${key} as “${q.paragraph}”, which the report does not say.`,
        );
    }
    for (const s of record.statements ?? []) {
      const speaker = [...words.speakers].find(([, name]) => name === s.speaker)?.[0];
      if (s.kind === 'quotation')
        checkStatementWords(file, speaker, normalizeWords(s.words ?? ''), false, 'statements.words');
    }
  }

  if (files.includes('rss.xml')) {
    const feed = parseDocument(readFileSync(join(outDir, 'rss.xml'), 'utf8'), { xmlMode: true });
    const titles = new Map([...words.articles.values()].map((a) => [normalizeWords(a.title), a]));
    for (const item of DomUtils.getElementsByTagName('item', feed.children)) {
      const field = (name: string) => {
        const element = DomUtils.getElementsByTagName(name, item.children, false)[0];
        return element ? normalizeWords(DomUtils.textContent(element)) : '';
      };
      // A correction is the editors' own words about a page (src/pages/rss.xml.ts), not a report's.
      if (field('link').includes('#correction-')) continue;
      const article = titles.get(field('title'));
      if (!article)
        fault('rss.xml', 'item title', `the feed lists “${field('title')}”, the headline of no report.`);
      else if (field('description') !== normalizeWords(article.standfirst))
        fault(
          'rss.xml',
          'item description',
          `the feed summarises “${field('title')}” as “${field('description')}”, not its standfirst.`,
        );
    }
  }
  return problems;
}
