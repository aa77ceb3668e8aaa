import { markdownToMdast, mdxToMdast } from 'satteri';
import { PROVISION_QUOTE, STATEMENT, readArticle, type ArticleBody, type Node } from './article-body';
import { hiddenCharacter, hiddenCharacterProblem } from './hidden-characters';
import { parseSourceList, SOURCE_LIST_FIX } from './source-list';
import { isWebAddress } from './web-address';

/**
 * The body of a content file, read once: a report's paragraphs and quotations, and every part of
 * it that is not content. Content is Markdown and the site's components, nothing else: no
 * import/export, no {expressions}, no raw HTML, no image, no link that is not https://. Then what
 * the checks read is exactly what the page shows, and nothing in a content file runs as code.
 */
export type BodyKind = 'article' | 'document' | 'provision' | 'timeline';
/** `.md` for prose, rendered once and cached; `.mdx` for a file that uses the site's components. */
export type BodyFormat = 'md' | 'mdx';
export const formatOf = (filePath: string): BodyFormat => (filePath.endsWith('.md') ? 'md' : 'mdx');

export interface BodyProblem {
  line: number;
  field: string;
  message: string;
  fix: string;
}

export interface ContentBody {
  /** A report's paragraphs and quotations (reports only). */
  article: ArticleBody | undefined;
  problems: BodyProblem[];
}

type AttributeKind = 'text' | 'flag' | 'sources';

/** The site's components, where each may stand, and the attributes an editor may give them. */
const COMPONENTS: Record<string, { in: BodyKind[]; attributes: Record<string, AttributeKind> }> = {
  [PROVISION_QUOTE]: { in: ['article'], attributes: { provision: 'text' } },
  [STATEMENT]: { in: ['article'], attributes: { speaker: 'text', about: 'text', reported: 'flag' } },
  Context: { in: ['article', 'document', 'provision', 'timeline'], attributes: { sources: 'sources' } },
};
const QUOTATIONS = new Set([PROVISION_QUOTE, STATEMENT]);
/** What may stand inside a quotation: the quoted words, perhaps in italics or bold. */
const QUOTED_WORDS = new Set(['text', 'emphasis', 'strong', 'break']);

/** A comment, `{/* … *\/}`: the one expression that is not code, because it compiles to nothing. */
const COMMENT = /^\s*\/\*(?:(?!\*\/)[\s\S])*\*\/\s*$/;

const isJsx = (node: Node) => node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
const componentList = (kind: BodyKind) =>
  Object.entries(COMPONENTS)
    .filter(([, spec]) => spec.in.includes(kind))
    .map(([name]) => `<${name}>`)
    .join(', ');

function checkAttributes(node: Node, line: number, problems: BodyProblem[]) {
  const name = node.name ?? '';
  const spec = COMPONENTS[name];
  if (!spec) return;
  const allowed = Object.keys(spec.attributes);
  for (const attribute of node.attributes ?? []) {
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      problems.push({
        line,
        field: `<${name}>`,
        message: `it has a spread attribute {${String(attribute.value ?? '')}}, which is code.`,
        fix: `write each attribute out: ${allowed.map((a) => `${a}="…"`).join(' ')}.`,
      });
      continue;
    }
    const kind = spec.attributes[attribute.name ?? ''];
    const value = attribute.value;
    const isExpression = typeof value === 'object' && value !== null;
    if (!kind) {
      problems.push({
        line,
        field: `<${name} ${attribute.name}>`,
        message: `<${name}> takes no attribute “${attribute.name}”${attribute.name === 'anchor' ? ' (the site sets it)' : ''}.`,
        fix: `remove it; <${name}> takes ${allowed.join(', ')}.`,
      });
    } else if (kind === 'text' && (typeof value !== 'string' || isExpression)) {
      problems.push({
        line,
        field: `<${name} ${attribute.name}>`,
        message: `“${attribute.name}” is ${isExpression ? 'an expression, which is code' : 'not given a value'}.`,
        fix: `write it as a quoted value: ${attribute.name}="…".`,
      });
    } else if (kind === 'flag' && value !== null && value !== undefined) {
      problems.push({
        line,
        field: `<${name} ${attribute.name}>`,
        message: `“${attribute.name}” is a flag: it is set by being there, and takes no value.`,
        fix: `write <${name} … ${attribute.name}>, or leave it out.`,
      });
    } else if (kind === 'sources') {
      const expression = isExpression ? String((value as { value?: unknown }).value ?? '') : undefined;
      const read = expression === undefined ? undefined : parseSourceList(expression);
      if (!read?.sources) {
        problems.push({
          line,
          field: `<${name} sources>`,
          message: read?.problem ?? '“sources” must be a list of sources, not a string.',
          fix: SOURCE_LIST_FIX,
        });
      }
    }
  }
}

/** Every part of a body that is not content, each with its line, what is wrong and the fix. */
function bodyProblems(
  root: Node,
  kind: BodyKind,
  format: BodyFormat,
  line: (node: Node) => number,
): BodyProblem[] {
  const problems: BodyProblem[] = [];
  const visit = (node: Node, ancestors: Node[]) => {
    const at = line(node);
    const hidden =
      typeof node.value === 'string' && ['text', 'inlineCode', 'code'].includes(node.type)
        ? hiddenCharacter(node.value)
        : undefined;
    if (hidden) problems.push({ line: at, field: 'body', ...hiddenCharacterProblem(hidden) });
    switch (node.type) {
      case 'mdxjsEsm':
        problems.push({
          line: at,
          field: 'import/export',
          message:
            'an import or export is code, and a content file holds no code: it would run when the site is built.',
          fix: `remove it. The site's components (${componentList(kind)}) need no import; anything else belongs in src/, where code is reviewed.`,
        });
        return;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        if (COMMENT.test(String(node.value ?? ''))) return;
        problems.push({
          line: at,
          field: '{…}',
          message: `{${String(node.value ?? '').slice(0, 60)}} is an expression, code that runs when the site is built.`,
          fix: 'write the words as text; to show a brace, escape it as \\{ or \\}.',
        });
        return;
      case 'image':
      case 'imageReference':
        problems.push({
          line: at,
          field: 'image',
          message:
            'an image is not published from content: the site shows no picture a report does not have.',
          fix: 'remove it, or link the picture’s public page with [its description](https://…).',
        });
        return;
      case 'link':
      case 'definition':
        if (!isWebAddress(String((node as { url?: unknown }).url ?? ''))) {
          problems.push({
            line: at,
            field: 'link',
            message: `the link “${String((node as { url?: unknown }).url ?? '')}” is not an https:// web address${/^(javascript|data|vbscript):/i.test(String((node as { url?: unknown }).url ?? '')) ? ' (it would run code or carry a page of its own)' : ''}.`,
            fix: 'link the public page by its full https:// address, or remove the link.',
          });
        }
        break;
      case 'html': {
        const component =
          format === 'md' ? /^<\/?([A-Z][A-Za-z]*)/.exec(String(node.value ?? ''))?.[1] : undefined;
        problems.push(
          component && COMPONENTS[component]
            ? {
                line: at,
                field: `<${component}>`,
                message: `<${component}> is one of the site's components, and only an .mdx file can use them: in a .md file it is raw HTML.`,
                fix: 'rename the file from .md to .mdx (its URL stays the same).',
              }
            : {
                line: at,
                field: 'HTML',
                message: 'raw HTML is not content.',
                fix: `write it in Markdown, or use one of the site's components (${componentList(kind)}) in an .mdx file.`,
              },
        );
        return;
      }
    }
    if (isJsx(node)) {
      const name = node.name ?? '';
      const spec = COMPONENTS[name];
      if (!spec) {
        const known = Object.keys(COMPONENTS).find((c) => c.toLowerCase() === name.toLowerCase());
        problems.push({
          line: at,
          field: `<${name || '>'}`,
          message:
            /^[a-z]/.test(name) && !known
              ? `<${name}> is raw HTML, which content cannot hold (it could run scripts, load other sites or change the page).`
              : `<${name}> is not one of the site's components.`,
          fix: known
            ? `write <${known}>: component names are case-sensitive.`
            : `write it in Markdown, or use one of the site's components: ${componentList(kind)}.`,
        });
        return;
      }
      if (!spec.in.includes(kind)) {
        problems.push({
          line: at,
          field: `<${name}>`,
          message: `<${name}> belongs in a report; in a ${kind} its words would not be checked against a source.`,
          fix: `remove it here; a ${kind} may use ${componentList(kind)}.`,
        });
        return;
      }
      checkAttributes(node, at, problems);
      if (QUOTATIONS.has(name)) {
        const outer = ancestors.find((a) => isJsx(a) && QUOTATIONS.has(a.name ?? ''));
        const link = ancestors.find((a) => a.type === 'link' || a.type === 'linkReference');
        if (outer) {
          problems.push({
            line: at,
            field: `<${name}>`,
            message: `this quotation stands inside another quotation, <${outer.name}>, whose words it would change.`,
            fix: 'close the first quotation before the second starts: each quotation holds the quoted words only.',
          });
        } else if (link) {
          problems.push({
            line: at,
            field: `<${name}>`,
            message:
              'this quotation stands inside a link, which would take readers elsewhere than the quoted source.',
            fix: 'remove the link around it: the site links every quotation to its provision itself.',
          });
        }
        const other = (node.children ?? []).find(
          (child) => !QUOTED_WORDS.has(child.type) && !isJsx(child) && !child.type.startsWith('mdx'),
        );
        if (other) {
          problems.push({
            line: line(other),
            field: `<${name}> words`,
            message: `a quotation holds the quoted words only, not a ${other.type}.`,
            fix: 'leave only the words (italics or bold as the source has them) inside the quotation.',
          });
        }
      }
    }
    for (const child of node.children ?? []) visit(child, [node, ...ancestors]);
  };
  visit(root, []);
  return problems;
}

/**
 * Reads a content file's body. `lineOffset` is the number of lines before the body in the file,
 * so every problem names the line an editor sees.
 */
export function readContentBody(
  body: string,
  kind: BodyKind,
  lineOffset = 0,
  format: BodyFormat = 'mdx',
): ContentBody {
  const line = (node: Node) => (node.position?.start.line ?? 0) + lineOffset;
  let root: Node;
  try {
    root = (format === 'md' ? markdownToMdast(body) : mdxToMdast(body)) as Node;
  } catch (error) {
    const message = (error as Error).message;
    const at = /^(\d+):(\d+)/.exec(message);
    return {
      article: undefined,
      problems: [
        {
          line: (at ? Number(at[1]) : 1) + lineOffset,
          field: 'body',
          message: `it is not valid MDX: ${message.replace(/^\d+:\d+: /, '')}`,
          fix: 'write Markdown and the site’s components; to show <, { or } as text, escape them as \\<, \\{, \\}.',
        },
      ],
    };
  }
  const problems = bodyProblems(root, kind, format, line);
  if (kind !== 'article') return { article: undefined, problems };
  const { paragraphs, misplaced } = readArticle(root, line);
  return { article: { paragraphs, misplaced }, problems };
}
