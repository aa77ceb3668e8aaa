import { createHash } from 'node:crypto';
import { contentsAround } from './contents-window';
import type { ArticleModel, DocumentModel, ProvisionModel, SiteModel } from './model';

/**
 * The `cacheKey` of each page for Astro's incremental build (experimental.incrementalBuild): the
 * digests of every content entry the page shows, and the site-wide facts its wording uses. When a
 * key and the page's code (which Astro hashes itself) are as in the last build, Astro copies the
 * page from that build instead of rendering it. A page whose entries have no digest gets no key,
 * so it is always rendered: a page is never reused on a guess. The digest of the site's code
 * (src/integrations/code-digest.ts) is in every key, since a page links assets built from all of it.
 */

/** Content entry digests by "collection/id", e.g. "provisions/russia-dprk-treaty/article-4". */
export type Digests = ReadonlyMap<string, string | undefined>;

const hashOf = (text: string) => createHash('sha256').update(text).digest('base64url');

export function pageKeys(site: SiteModel, digests: Digests, codeDigest: string) {
  // Speakers and document kinds are named on many pages; the number of reports sets the wording.
  const shared = [...digests]
    .filter(([id]) => id.startsWith('speakers/') || id.startsWith('documentKinds/'))
    .map(([id, digest]) => `${id}=${digest ?? ''}`)
    .sort()
    .join('\n');
  const key = (ids: string[]): string | undefined => {
    const unique = [...new Set(ids)].sort();
    if (unique.some((id) => !digests.get(id))) return undefined;
    return hashOf(
      `code=${codeDigest}\n${shared}\nreports=${site.articles.length}\n${unique.map((id) => `${id}=${digests.get(id)}`).join('\n')}`,
    );
  };
  const timelinesOf = (document: DocumentModel) =>
    document.steps.map((step) => `timelines/${step.timeline.id}`);
  const reportsOf = (reports: ArticleModel[]) => reports.map((report) => `articles/${report.id}`);
  const provisionIds = (provisions: (ProvisionModel | undefined)[]) =>
    provisions.flatMap((p) => (p ? [`provisions/${p.id}`] : []));

  return {
    /** A provision's page and JSON: its entry, its document, its neighbours, its reports, its timelines. */
    provision: (p: ProvisionModel) =>
      key([
        `documents/${p.document.id}`,
        ...provisionIds([p, p.previous, p.next, ...contentsAround(p).shown]),
        ...reportsOf(p.reports),
        ...timelinesOf(p.document),
      ]),
    /** A document's page lists every provision of it and what the reports say about it. */
    document: (d: DocumentModel) =>
      key([`documents/${d.id}`, ...provisionIds(d.provisions), ...reportsOf(d.reports), ...timelinesOf(d)]),
    /** A report's page names each provision it quotes, its document, and what happened to it since. */
    article: (a: ArticleModel) =>
      key([
        `articles/${a.id}`,
        ...provisionIds(a.provisions),
        ...a.provisions.flatMap((p) => [`documents/${p.document.id}`, ...timelinesOf(p.document)]),
      ]),
  };
}

/** A social card is drawn from its props and the drawing code alone: they are its key. */
export const cardKey = (props: unknown, drawingCode: string): string =>
  hashOf(`${drawingCode}\n${JSON.stringify(props)}`);
