import { fileURLToPath } from 'node:url';
import type { MdastPluginEntry } from 'satteri';
import { numberedParagraphs, type Node } from './article-body';
import { copyLinkAttributes } from './copy-link';

/**
 * Gives each numbered paragraph of an article its anchor and, in the margin, its number as a
 * copy-link control: the pinpoint a reader cites and shares. Which paragraph gets which number
 * is decided by article-body.ts, which the content checks ask too. Only files under
 * `articlesDir` are articles; document and provision notes keep plain paragraphs.
 */
export function paragraphLinks(articlesDir: string): MdastPluginEntry {
  return ({ fileURL }) =>
    fileURL !== undefined &&
    fileURLToPath(fileURL).startsWith(articlesDir) && {
      name: 'paragraph-links',
      before(root, ctx) {
        for (const { id, number, node } of numberedParagraphs(root as unknown as Node)) {
          ctx.setProperty(node, 'data', { hProperties: { id } });
          ctx.prependChild(node, {
            type: 'link',
            url: `#${id}`,
            children: [{ type: 'text', value: String(number) }],
            data: {
              hProperties: copyLinkAttributes(`#${id}`, `Paragraph ${number}: copy link`, 'paragraph-number'),
            },
          });
        }
      },
    };
}
