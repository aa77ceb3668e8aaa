import { mdxToMdast } from 'satteri';
import type { MdastNode } from 'satteri';

/** A run of paragraph text: plain words, a quoted provision, or a statement by a speaker. */
export type Segment =
  | { kind: 'text'; text: string }
  | { kind: 'provision'; text: string; provision: string | undefined; line: number }
  | {
      kind: 'statement';
      text: string;
      speaker: string | undefined;
      about: string | undefined;
      /** True where the article reports what was said without quotation marks. */
      reported: boolean;
      line: number;
    };

export interface Paragraph {
  /** The paragraph's anchor on the article page: "p-3". */
  id: string;
  /** Its number, counted from 1: the pinpoint a citation gives. */
  number: number;
  segments: Segment[];
}

/** A quotation component found where the word-for-word check cannot follow it. */
export interface Misplaced {
  component: string;
  line: number;
  /** Where it stands: "a list", "a heading", "a line of its own", … */
  container: string;
}

export const PROVISION_QUOTE = 'ProvisionQuote';
export const STATEMENT = 'Statement';
const QUOTATIONS = new Set([PROVISION_QUOTE, STATEMENT]);

export type Node = MdastNode & {
  children?: Node[];
  value?: string;
  name?: string | null;
  attributes?: { name?: string; value?: unknown }[];
};

export const paragraphId = (number: number): string => `p-${number}`;

/**
 * The numbered paragraphs of an article: its top-level paragraphs, in order. The one place that
 * decides which paragraph gets which number; the rendering (paragraph-links.ts) and the content
 * checks both ask it.
 */
export function numberedParagraphs(root: Node): { id: string; number: number; node: Node }[] {
  return (root.children ?? [])
    .filter((node) => node.type === 'paragraph')
    .map((node, index) => ({ id: paragraphId(index + 1), number: index + 1, node }));
}

function textOf(node: Node): string {
  if (typeof node.value === 'string' && node.type !== 'mdxjsEsm') return node.value;
  if (node.type === 'break') return ' ';
  return (node.children ?? []).map(textOf).join('');
}

function attribute(node: Node, name: string): { present: boolean; value: string | undefined } {
  const found = (node.attributes ?? []).find((a) => a.name === name);
  return { present: Boolean(found), value: typeof found?.value === 'string' ? found.value : undefined };
}

const isQuotation = (node: Node) =>
  (node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') && QUOTATIONS.has(node.name ?? '');

function segmentsOf(node: Node, line: (n: Node) => number, out: Segment[]): Segment[] {
  for (const child of node.children ?? []) {
    if (isQuotation(child) && child.name === PROVISION_QUOTE) {
      out.push({
        kind: 'provision',
        text: textOf(child),
        provision: attribute(child, 'provision').value,
        line: line(child),
      });
    } else if (isQuotation(child)) {
      out.push({
        kind: 'statement',
        text: textOf(child),
        speaker: attribute(child, 'speaker').value,
        about: attribute(child, 'about').value,
        reported: attribute(child, 'reported').present,
        line: line(child),
      });
    } else if (child.children) {
      segmentsOf(child, line, out);
    } else {
      const text = textOf(child);
      const last = out.at(-1);
      if (last?.kind === 'text') last.text += text;
      else if (text) out.push({ kind: 'text', text });
    }
  }
  return out;
}

const CONTAINERS: Record<string, string> = {
  mdxJsxFlowElement: 'a line of its own',
  list: 'a list',
  listItem: 'a list',
  blockquote: 'a blockquote',
  heading: 'a heading',
  table: 'a table',
};

/** Quotation components outside the numbered paragraphs, where no check reads their words. */
function misplacedQuotations(root: Node, line: (n: Node) => number): Misplaced[] {
  const found: Misplaced[] = [];
  const visit = (node: Node, container: string) => {
    for (const child of node.children ?? []) {
      if (isQuotation(child)) found.push({ component: child.name ?? '', line: line(child), container });
      visit(child, container);
    }
  };
  for (const node of root.children ?? []) {
    if (node.type === 'paragraph') continue;
    const container = CONTAINERS[node.type] ?? 'a block that is not a paragraph';
    if (isQuotation(node)) found.push({ component: node.name ?? '', line: line(node), container });
    else visit(node, container);
  }
  return found;
}

/**
 * Reads an article's MDX body with the parser Astro's MDX pipeline uses: its numbered paragraphs
 * with each quotation and statement and the line it stands on, and any quotation that stands
 * outside a paragraph. `lineOffset` is the number of lines before the body in the file.
 */
export function parseArticleBody(
  body: string,
  lineOffset = 0,
): { paragraphs: Paragraph[]; misplaced: Misplaced[] } {
  const root = mdxToMdast(body) as Node;
  const line = (node: Node) => (node.position?.start.line ?? 0) + lineOffset;
  return {
    paragraphs: numberedParagraphs(root).map(({ id, number, node }) => ({
      id,
      number,
      segments: segmentsOf(node, line, []),
    })),
    misplaced: misplacedQuotations(root, line),
  };
}

/** The text of a paragraph as a reader sees it, quotation marks included. */
export function paragraphText(paragraph: Paragraph): string {
  return paragraph.segments
    .map((s) => (s.kind === 'text' || (s.kind === 'statement' && s.reported) ? s.text : `“${s.text}”`))
    .join('');
}
