import type { HastPluginEntry } from 'satteri';

/** The anchor of the n-th (1-based) top-level paragraph of an article body. */
export function paragraphId(n: number): string {
  return `p-${n}`;
}

/**
 * Gives every top-level paragraph of a Markdown/MDX document a stable `id` (p-1, p-2, …) and a
 * copy-link control (see CopyLink.astro), so a reader can share one paragraph.
 * `article-body.ts` numbers paragraphs the same way. A factory, so each document counts from 1.
 */
export const paragraphAnchors: HastPluginEntry = () => {
  let count = 0;
  return {
    name: 'paragraph-anchors',
    element: {
      filter: ['p'],
      visit(node, ctx) {
        if (ctx.parent(node).type !== 'root') return;
        count += 1;
        ctx.setProperty(node, 'id', paragraphId(count));
        ctx.appendChild(node, {
          type: 'element',
          tagName: 'a',
          properties: {
            className: ['copy-link'],
            href: `#${paragraphId(count)}`,
            ariaLabel: `Copy link to paragraph ${count}`,
            dataCopyLink: '',
            dataPagefindIgnore: '',
          },
          children: [],
        });
      },
    },
  };
};
