import { mdxToMdast } from 'satteri';
import type { Node } from './article-body';

/** A source cited by a `<Context sources={…}>` block, with the line it stands on. */
export interface ContextSource {
  url: string;
  line: number;
}

/** A `sources` value the checks can read: a literal list whose URLs are quoted strings. */
const URL_FIELD = /\burl\s*:\s*(['"`])((?:(?!\1).)*)\1/g;

/**
 * The sources cited by the `<Context>` blocks of an MDX body, read from the source text of their
 * `sources` prop, so the content checks can hold them to the same rules as front matter. A prop
 * that is not a literal list (a variable, a function call) gives a source with an empty URL,
 * which the checks reject: a source that cannot be checked is not published.
 */
export function contextSources(body: string, lineOffset = 0): ContextSource[] {
  const found: ContextSource[] = [];
  const visit = (node: Node) => {
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'Context') {
      const line = (node.position?.start.line ?? 0) + lineOffset;
      const prop = (node.attributes ?? []).find((a) => 'name' in a && a.name === 'sources');
      const expression = (prop?.value as { value?: string } | undefined)?.value ?? '';
      const urls = [...expression.matchAll(URL_FIELD)].map((m) => m[2] ?? '');
      const literal =
        /^\s*\[[\s\S]*\]\s*$/.test(expression) && !/[^\w]\w+\s*\(/.test(expression.replace(URL_FIELD, ''));
      if (urls.length === 0 || !literal) found.push({ url: '', line });
      for (const url of urls) found.push({ url, line });
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(mdxToMdast(body) as Node);
  return found;
}

/** Only web addresses are links to sources: never `javascript:`, `data:` or a relative path. */
export function isWebAddress(url: string): boolean {
  try {
    return ['https:', 'http:'].includes(new URL(url).protocol);
  } catch {
    return false;
  }
}
