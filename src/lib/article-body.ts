import type { MdastNode } from 'satteri';
import { quotationAnchors } from './quotation-anchors';

/** A quotation of a provision, in the article's words. */
export interface ProvisionSegment {
  kind: 'provision';
  text: string;
  provision: string | undefined;
  line: number;
  /** Its anchor on the article page: "quote-russia-dprk-treaty-article-4". */
  anchor: string;
}

/** Words the article attributes to a speaker. */
export interface StatementSegment {
  kind: 'statement';
  text: string;
  speaker: string | undefined;
  about: string | undefined;
  /** True where the article reports what was said without quotation marks. */
  reported: boolean;
  line: number;
  /** Its anchor on the article page: "said-exclusively-defensive-position". */
  anchor: string;
}

/** A run of paragraph text: plain words, a quoted provision, or a statement by a speaker. */
export type Segment = { kind: 'text'; text: string } | ProvisionSegment | StatementSegment;

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

export interface ArticleBody {
  paragraphs: Paragraph[];
  misplaced: Misplaced[];
}

export const PROVISION_QUOTE = 'ProvisionQuote';
export const STATEMENT = 'Statement';
const QUOTATIONS = new Set([PROVISION_QUOTE, STATEMENT]);

export type Node = MdastNode & {
  children?: Node[];
  value?: string;
  name?: string | null;
  attributes?: { type?: string; name?: string; value?: unknown }[];
};

export const paragraphId = (number: number): string => `p-${number}`;

/** An article's top-level paragraphs, in order: the ones that are numbered. */
function numberedParagraphs(root: Node): Node[] {
  return (root.children ?? []).filter((node) => node.type === 'paragraph');
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

/** The segments of a paragraph; each quotation's node goes to `nodes`, for the rendering to mark. */
function segmentsOf(node: Node, line: (n: Node) => number, out: Segment[], nodes: Node[]): Segment[] {
  for (const child of node.children ?? []) {
    if (isQuotation(child)) {
      nodes.push(child);
      out.push(
        child.name === PROVISION_QUOTE
          ? {
              kind: 'provision',
              text: textOf(child),
              provision: attribute(child, 'provision').value,
              line: line(child),
              anchor: '',
            }
          : {
              kind: 'statement',
              text: textOf(child),
              speaker: attribute(child, 'speaker').value,
              about: attribute(child, 'about').value,
              reported: attribute(child, 'reported').present,
              line: line(child),
              anchor: '',
            },
      );
    } else if (child.children) {
      segmentsOf(child, line, out, nodes);
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
 * Reads an article's tree: its numbered paragraphs with each quotation and statement, the line it
 * stands on and its anchor, and any quotation outside a paragraph. `paragraphNodes` and
 * `quotationNodes` give the node of each paragraph and quotation, in the same order. The rendering
 * (paragraph-links.ts) and the content checks (content-body.ts) both read an article this way,
 * so they agree on every number and anchor.
 */
export function readArticle(
  root: Node,
  line: (node: Node) => number = (node) => node.position?.start.line ?? 0,
): ArticleBody & { paragraphNodes: Node[]; quotationNodes: Node[] } {
  const paragraphNodes = numberedParagraphs(root);
  const quotationNodes: Node[] = [];
  const paragraphs = paragraphNodes.map((node, index) => ({
    id: paragraphId(index + 1),
    number: index + 1,
    segments: segmentsOf(node, line, [], quotationNodes),
  }));
  const quoted = paragraphs.flatMap((p) => p.segments).filter((s) => s.kind !== 'text');
  const anchors = quotationAnchors(quoted);
  quoted.forEach((segment, i) => (segment.anchor = anchors[i] ?? ''));
  return { paragraphs, misplaced: misplacedQuotations(root, line), paragraphNodes, quotationNodes };
}

/** Every quotation of an article's paragraphs, in reading order. */
export function quotationsOf(paragraphs: Paragraph[]): (ProvisionSegment | StatementSegment)[] {
  return paragraphs.flatMap((p) => p.segments).filter((s) => s.kind !== 'text');
}

/** The text of a paragraph as a reader sees it, quotation marks included. */
export function paragraphText(paragraph: Paragraph): string {
  return paragraph.segments
    .map((s) => (s.kind === 'text' || (s.kind === 'statement' && s.reported) ? s.text : `“${s.text}”`))
    .join('');
}
