import { fileURLToPath } from 'node:url';
import type { MdastPluginEntry } from 'satteri';
import { quotationsOf, readArticle, type Node } from '../lib/article-body.ts';
import { copyLinkAttributes } from '../lib/copy-link.ts';
import { withoutCodeDeep } from './content-guard.ts';

/**
 * Renders what article-body.ts decides for an article: each numbered paragraph gets its anchor
 * and, in the margin, its number as a copy-link control (the pinpoint a reader cites and shares),
 * and each quotation component gets its anchor as the `anchor` prop. The content checks read the
 * article the same way, so page and checks agree. Only files under `articlesDir` are articles.
 */
export function paragraphLinks(articlesDir: string): MdastPluginEntry {
  return ({ fileURL }) =>
    fileURL !== undefined &&
    fileURLToPath(fileURL).startsWith(articlesDir) && {
      name: 'paragraph-links',
      before(root, ctx) {
        const article = readArticle(root as unknown as Node);
        article.paragraphs.forEach(({ id, number }, i) => {
          const node = article.paragraphNodes[i];
          if (!node) return;
          ctx.setProperty(node, 'data', { hProperties: { id } });
          ctx.prependChild(node, {
            type: 'link',
            url: `#${id}`,
            children: [{ type: 'text', value: String(number) }],
            data: {
              hProperties: copyLinkAttributes(`#${id}`, `Paragraph ${number}: copy link`, 'paragraph-number'),
            },
          });
        });
        quotationsOf(article.paragraphs).forEach((quotation, i) => {
          const node = article.quotationNodes[i];
          if (!node) return;
          // Satteri cannot set a JSX element's attributes in place: the element is replaced by a copy.
          // The copy leaves out any code the content guard removes (content-guard.ts).
          const copy = withoutCodeDeep(node);
          ctx.replaceNode(node, {
            type: copy.type,
            name: copy.name,
            attributes: [
              ...(copy.attributes ?? []),
              { type: 'mdxJsxAttribute', name: 'anchor', value: quotation.anchor },
            ],
            children: copy.children ?? [],
          } as never);
        });
      },
    };
}
