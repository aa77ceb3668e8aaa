/**
 * The search engine: Pagefind's JS API, loaded from the site's bundle path the first time a reader
 * searches. Results carry what a reader needs to choose: title, document and label, an excerpt
 * with the matched words marked, and for the article the paragraph the match is in.
 */

interface Anchor {
  element: string;
  id: string;
  location: number;
}
interface Fragment {
  url: string;
  excerpt: string;
  locations: number[];
  weighted_locations: { location: number; balanced_score: number }[];
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  anchors: Anchor[];
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(
    term: string,
    options?: { filters?: Record<string, unknown> },
  ): Promise<{ results: { data(): Promise<Fragment> }[] } | null>;
}

export interface SearchFilters {
  kind: string[];
  document: string;
  speaker: string;
}

export interface Hit {
  title: string;
  /** "The Treaty · Article 4" for a provision, "News article · paragraph 8" for the article. */
  context: string;
  /** The excerpt as HTML: escaped text with the matched words in <mark>. */
  excerpt: string;
  url: string;
}

let engine: Promise<Pagefind> | undefined;

export function loadEngine(): Promise<Pagefind> {
  engine ??= import(/* @vite-ignore */ `${import.meta.env.BASE_URL}pagefind/pagefind.js`).then(
    async (pagefind: Pagefind) => {
      await pagefind.options({
        baseUrl: import.meta.env.BASE_URL,
        highlightParam: 'highlight',
        excerptLength: 24,
      });
      await pagefind.init();
      return pagefind;
    },
  );
  return engine;
}

/** Pagefind escapes page text and adds <mark>; anything else that looks like a tag is dropped. */
export const safeExcerpt = (html: string): string => html.replace(/<(?!\/?mark>)[^>]*>/g, '');

type Weighted = { location: number; balanced_score: number }[];

/** The paragraph anchor a word falls under: the last one before it. */
export function paragraphOf(anchors: Anchor[], location: number): Anchor | undefined {
  return anchors
    .filter((a) => a.element === 'p' && /^p-\d+$/.test(a.id) && a.location <= location)
    .sort((a, b) => b.location - a.location)[0];
}

/** The paragraph where the matches weigh most: the one that holds the searched words together. */
export function bestParagraph(anchors: Anchor[], weighted: Weighted): Anchor | undefined {
  const scores = new Map<Anchor, number>();
  for (const word of weighted) {
    const paragraph = paragraphOf(anchors, word.location);
    if (paragraph) scores.set(paragraph, (scores.get(paragraph) ?? 0) + word.balanced_score);
  }
  return [...scores].sort((a, b) => b[1] - a[1] || a[0].location - b[0].location)[0]?.[0];
}

export function toHit(fragment: Fragment): Hit {
  const kind = fragment.filters['kind']?.[0];
  const title = fragment.meta['title'] ?? fragment.url;
  if (kind === 'article') {
    const paragraph = bestParagraph(fragment.anchors, fragment.weighted_locations);
    return {
      title,
      context: paragraph ? `News article · paragraph ${paragraph.id.slice(2)}` : 'News article',
      excerpt: safeExcerpt(fragment.excerpt),
      url: paragraph ? `${fragment.url}#${paragraph.id}` : fragment.url,
    };
  }
  const context =
    kind === 'provision'
      ? `${fragment.meta['document'] ?? ''} · ${fragment.meta['label'] ?? ''}`
      : kind === 'document'
        ? 'Document'
        : '';
  return { title, context, excerpt: safeExcerpt(fragment.excerpt), url: fragment.url };
}

export function pagefindFilters(filters: SearchFilters): Record<string, unknown> {
  return {
    ...(filters.kind.length > 0 ? { kind: { any: filters.kind } } : {}),
    ...(filters.document ? { document: filters.document } : {}),
    ...(filters.speaker ? { speaker: filters.speaker } : {}),
  };
}

export async function search(
  pagefind: Pagefind,
  query: string,
  filters: SearchFilters,
  limit = 10,
): Promise<Hit[]> {
  if (!query.trim()) return [];
  const response = await pagefind.search(query, { filters: pagefindFilters(filters) });
  if (!response) return [];
  const fragments = await Promise.all(response.results.slice(0, limit).map((r) => r.data()));
  return fragments.map(toHit);
}
