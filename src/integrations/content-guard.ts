import type { MdastPluginEntry } from 'satteri';
import { fileURLToPath } from 'node:url';
import { parseSourceList } from '../lib/source-list.ts';

/**
 * Content is not code. The content checks (src/lib/content-body.ts) refuse an import, an export,
 * an {expression}, a spread or raw HTML in a content file with its file, line and fix; they run
 * when the pages are built, after Vite has compiled every MDX file and Astro has rendered every
 * Markdown one. This plugin makes sure that, until then, none of that is even compiled: it drops it from every content file's tree, so
 * nothing an editor writes can run at build time, whatever else happens.
 */
type Attribute = { type: string; name?: string; value?: unknown };
type JsxNode = { type: string; name?: string | null; attributes?: Attribute[]; children?: unknown[] };

/** An attribute that is a plain value, or the one expression content may hold: a literal list of sources. */
function isData(node: JsxNode, attribute: Attribute): boolean {
  if (attribute.type !== 'mdxJsxAttribute') return false;
  if (typeof attribute.value !== 'object' || attribute.value === null) return true;
  const expression = String((attribute.value as { value?: unknown }).value ?? '');
  return (
    node.name === 'Context' &&
    attribute.name === 'sources' &&
    parseSourceList(expression).sources !== undefined
  );
}

/**
 * A copy of a tree without code, for a plugin that replaces a node with a copy of its own
 * (paragraph-links.ts): the copy must not bring back what this plugin removed.
 */
export function withoutCodeDeep<T>(node: T): T {
  const { children, attributes, ...rest } = node as JsxNode & Record<string, unknown>;
  return {
    ...rest,
    ...(attributes ? { attributes: attributes.filter((a) => isData(node as JsxNode, a)) } : {}),
    ...(children
      ? {
          children: (children as { type: string }[])
            .filter((child) => !CODE.has(child.type))
            .map((child) => withoutCodeDeep(child)),
        }
      : {}),
  } as T;
}

const CODE = new Set(['mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression']);

function withoutCode(node: JsxNode, ctx: { replaceNode(node: unknown, replacement: unknown): void }) {
  const attributes = node.attributes ?? [];
  if (attributes.every((a) => isData(node, a))) return;
  ctx.replaceNode(node, { ...node, attributes: attributes.filter((a) => isData(node, a)) });
}

export function contentGuard(contentDir: string): MdastPluginEntry {
  return ({ fileURL }) =>
    fileURL !== undefined &&
    fileURLToPath(fileURL).startsWith(contentDir) && {
      name: 'content-guard',
      // Raw HTML in a .md file: the checks refuse it too, but a .md file is rendered before they run.
      html: (node, ctx) => ctx.removeNode(node),
      mdxjsEsm: (node, ctx) => ctx.removeNode(node),
      mdxFlowExpression: (node, ctx) => ctx.removeNode(node),
      mdxTextExpression: (node, ctx) => ctx.removeNode(node),
      mdxJsxFlowElement: (node, ctx) => withoutCode(node as JsxNode, ctx),
      mdxJsxTextElement: (node, ctx) => withoutCode(node as JsxNode, ctx),
    };
}
