import { parseExpressionAt, type Expression, type Node as EsNode } from 'acorn';
import type { Source } from './schemas';
import { hiddenCharacter } from './hidden-characters';
import { isWebAddress } from './web-address';

/**
 * The `sources` of a `<Context>` block, read from the expression an editor writes:
 * `[{ name: 'TASS', url: 'https://tass.com/…' }, …]`. It must be a literal list of sources whose
 * names and addresses are plain strings, each key once: what is read here is exactly what the page
 * renders. A variable, a call, a spread or a computed key is code, and is refused.
 */
export type SourceListResult =
  { sources: Source[]; problem?: undefined } | { sources?: undefined; problem: string };

const FIX_SHAPE =
  "write sources={[{ name: 'TASS', url: 'https://tass.com/…' }]}: a list of sources, each with a quoted name and a quoted https:// url, nothing else.";
export const SOURCE_LIST_FIX = FIX_SHAPE;

function stringValue(node: EsNode): string | undefined {
  const value = (node as unknown as { value?: unknown }).value;
  if (node.type === 'Literal' && typeof value === 'string') return value;
  if (node.type === 'TemplateLiteral') {
    const template = node as unknown as { expressions: unknown[]; quasis: { value: { cooked: string } }[] };
    if (template.expressions.length === 0) return template.quasis[0]?.value.cooked;
  }
  return undefined;
}

function keyName(property: { key: EsNode; computed: boolean }): string | undefined {
  if (property.computed) return undefined;
  if (property.key.type === 'Identifier') return (property.key as unknown as { name: string }).name;
  return stringValue(property.key);
}

export function parseSourceList(expression: string): SourceListResult {
  let list: Expression;
  try {
    list = parseExpressionAt(expression, 0, { ecmaVersion: 'latest', allowAwaitOutsideFunction: true });
  } catch (error) {
    return { problem: `its sources are not a list that can be read (${(error as Error).message}).` };
  }
  if (expression.slice(list.end).trim() !== '') return { problem: 'its sources are followed by more code.' };
  if (list.type !== 'ArrayExpression') return { problem: 'its sources are not written out as a list.' };
  if (list.elements.length === 0) return { problem: 'its list of sources is empty.' };
  const sources: Source[] = [];
  for (const [i, element] of list.elements.entries()) {
    const at = `source ${i + 1}`;
    if (!element || element.type !== 'ObjectExpression')
      return {
        problem: `${at} is not written out as { name: '…', url: '…' }${element?.type === 'SpreadElement' ? ' (a spread “...” is code)' : ''}.`,
      };
    const fields = new Map<string, string>();
    for (const property of element.properties) {
      if (property.type !== 'Property' || property.kind !== 'init' || property.method || property.shorthand)
        return { problem: `${at} holds code (a spread, a method or a shorthand), not a name and a url.` };
      const key = keyName(property);
      if (key !== 'name' && key !== 'url')
        return {
          problem: `${at} has the field ${key === undefined ? '(computed)' : `“${key}”`}; a source has a name and a url only.`,
        };
      if (fields.has(key))
        return { problem: `${at} gives its ${key} twice; only one of the two would be shown.` };
      const value = stringValue(property.value);
      if (value === undefined)
        return { problem: `${at} has a ${key} that is not a quoted string (code is refused).` };
      fields.set(key, value);
    }
    const name = fields.get('name')?.trim();
    const url = fields.get('url');
    if (!name) return { problem: `${at} has no name.` };
    const hidden = hiddenCharacter(name);
    if (hidden) return { problem: `${at} has an invisible character in its name, ${hidden.name}.` };
    if (url === undefined) return { problem: `${at} has no url.` };
    if (!isWebAddress(url)) return { problem: `${at} links “${url}”, which is not an https:// web address.` };
    if (sources.some((s) => s.url === url)) return { problem: `${at} repeats the url ${url}.` };
    sources.push({ name, url });
  }
  return { sources };
}
