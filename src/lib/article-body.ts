import { mdxToMdast } from 'satteri';
import type { MdastNode } from 'satteri';
import { paragraphId } from './paragraph-anchors';

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
  /** The paragraph's anchor on the article page. */
  id: string;
  segments: Segment[];
}

export const PROVISION_QUOTE = 'ProvisionQuote';
export const STATEMENT = 'Statement';

type Node = MdastNode & { children?: Node[]; value?: string; name?: string | null };

function textOf(node: Node): string {
  if (typeof node.value === 'string' && node.type !== 'mdxjsEsm') return node.value;
  if (node.type === 'break') return ' ';
  return (node.children ?? []).map(textOf).join('');
}

function attribute(node: Node, name: string): { present: boolean; value: string | undefined } {
  const attributes = (node as { attributes?: { name?: string; value?: unknown }[] }).attributes ?? [];
  const found = attributes.find((a) => a.name === name);
  return { present: Boolean(found), value: typeof found?.value === 'string' ? found.value : undefined };
}

function segmentsOf(node: Node, out: Segment[]): Segment[] {
  for (const child of node.children ?? []) {
    const line = child.position?.start.line ?? 0;
    if (child.type === 'mdxJsxTextElement' && child.name === PROVISION_QUOTE) {
      out.push({
        kind: 'provision',
        text: textOf(child),
        provision: attribute(child, 'provision').value,
        line,
      });
    } else if (child.type === 'mdxJsxTextElement' && child.name === STATEMENT) {
      out.push({
        kind: 'statement',
        text: textOf(child),
        speaker: attribute(child, 'speaker').value,
        about: attribute(child, 'about').value,
        reported: attribute(child, 'reported').present,
        line,
      });
    } else if (child.children) {
      segmentsOf(child, out);
    } else {
      const text = textOf(child);
      const last = out.at(-1);
      if (last?.kind === 'text') last.text += text;
      else if (text) out.push({ kind: 'text', text });
    }
  }
  return out;
}

/**
 * Reads an article's MDX body into its top-level paragraphs, with each quotation and statement
 * component and the line it stands on. Uses the same parser as Astro's MDX pipeline.
 */
export function parseArticleBody(body: string, lineOffset = 0): Paragraph[] {
  const root = mdxToMdast(body) as Node;
  const paragraphs = (root.children ?? []).filter((node) => node.type === 'paragraph');
  return paragraphs.map((node, index) => ({
    id: paragraphId(index + 1),
    segments: segmentsOf(node, []).map((s) => (s.kind === 'text' ? s : { ...s, line: s.line + lineOffset })),
  }));
}

/** The plain text of a paragraph, as a reader sees it (quotation marks excluded). */
export function paragraphText(paragraph: Paragraph): string {
  return paragraph.segments.map((s) => s.text).join('');
}
