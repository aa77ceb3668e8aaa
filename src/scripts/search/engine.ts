/**
 * The search engine: Pagefind's JS API, loaded from the site's bundle the first time a reader
 * reaches for search. Results carry what a reader needs to choose: title, document and label, an
 * excerpt with the matched words marked, and for a report the paragraph the match is in. "Article
 * 4" (or "art. 4") is read as a provision's number; a number no page has is said so in words.
 */

interface Anchor {
  element: string;
  id: string;
  location: number;
}
interface SubResult {
  excerpt: string;
}
interface Fragment {
  url: string;
  excerpt: string;
  content: string;
  weighted_locations: { location: number; balanced_score: number }[];
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  anchors: Anchor[];
  sub_results?: SubResult[];
}
interface Result {
  id: string;
  data(): Promise<Fragment>;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  preload(term: string): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(
    term: string | null,
    options?: { filters?: Record<string, unknown> },
  ): Promise<{ results: Result[] } | null>;
}

export interface SearchFilters {
  kind: string[];
  document: string;
  speaker: string;
}

export interface Hit {
  title: string;
  /** "Russia–DPRK Treaty (2024) · Article 4" for a provision, "Report · paragraph 8" for a report. */
  context: string;
  /** The excerpt as HTML: escaped text with the matched words in <mark>. */
  excerpt: string;
  url: string;
}

export interface Found {
  hits: Hit[];
  /** Said above the results, when the query needs an answer in words ("Article 12 … is not quoted"). */
  note?: string;
}

let engine: Promise<Pagefind> | undefined;

/** Starts loading Pagefind (code, WebAssembly, index entry) without searching: on a reader's intent. */
export function loadEngine(): Promise<Pagefind> {
  engine ??= import(/* @vite-ignore */ `${import.meta.env.BASE_URL}pagefind/pagefind.js`).then(
    async (pagefind: Pagefind) => {
      await pagefind.options({
        // The index is small enough to search on the page itself: no worker script to download.
        noWorker: true,
        baseUrl: import.meta.env.BASE_URL,
        highlightParam: 'highlight',
        excerptLength: 24,
      });
      await pagefind.init();
      return pagefind;
    },
  );
  engine.catch(() => (engine = undefined));
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

export function toHit(found: Fragment): Hit {
  // A search by article number has no words, and Pagefind then adds an empty highlight parameter.
  const fragment = { ...found, url: found.url.replace(/[?&]highlight=(?=#|$)/, '') };
  const kind = fragment.filters['kind']?.[0];
  const title = fragment.meta['title'] ?? fragment.url;
  const excerpt = safeExcerpt(fragment.excerpt);
  if (kind === 'report') {
    const paragraph = bestParagraph(fragment.anchors, fragment.weighted_locations);
    return {
      title,
      context: paragraph ? `Report · paragraph ${paragraph.id.slice(2)}` : 'Report',
      excerpt,
      url: paragraph ? `${fragment.url}#${paragraph.id}` : fragment.url,
    };
  }
  const context =
    kind === 'provision'
      ? `${fragment.meta['document'] ?? ''} · ${fragment.meta['label'] ?? ''}`
      : (fragment.meta['context'] ?? '');
  return { title, context, excerpt, url: fragment.url };
}

export function pagefindFilters(filters: SearchFilters): Record<string, unknown> {
  return {
    ...(filters.kind.length > 0 ? { kind: { any: filters.kind } } : {}),
    ...(filters.document ? { document: filters.document } : {}),
    ...(filters.speaker ? { speaker: filters.speaker } : {}),
  };
}

/**
 * "Article 4", "article 4", "Art. 4", "art 4" → "4": the number as the reader wrote it (without
 * leading zeros), kept as text so that a long one is never rounded ("99999999999999999999").
 */
export function articleNumber(query: string): string | undefined {
  const match = /^\s*art(?:icle|\.)?\s*(\d+)\s*$/i.exec(query);
  return match?.[1]?.replace(/^0+(?=\d)/, '');
}

const textOf = (excerpt: string) => excerpt.replace(/<\/?mark>/g, '').trim();

/** Two results never show the same excerpt: a repeat takes the page's next excerpt, or none. */
export function distinctExcerpts(fragments: Fragment[]): Fragment[] {
  const shown = new Set<string>();
  return fragments.map((fragment) => {
    const candidates = [fragment.excerpt, ...(fragment.sub_results ?? []).map((s) => s.excerpt)];
    const excerpt = candidates.find((c) => textOf(c) && !shown.has(textOf(c))) ?? '';
    shown.add(textOf(excerpt));
    return { ...fragment, excerpt };
  });
}

/**
 * Pagefind matches word stems, so "defensive" also finds "defense". Among its results, a page that
 * has the searched words themselves comes first (the order is otherwise Pagefind's).
 */
export function exactFirst<F extends { content: string }>(fragments: F[], query: string): F[] {
  const words = query.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const exact = (f: F) => {
    const text = f.content.toLowerCase();
    return words.filter((w) => new RegExp(`(^|[^\\p{L}\\p{N}])${w}($|[^\\p{L}\\p{N}])`, 'u').test(text))
      .length;
  };
  return fragments
    .map((f, i) => ({ f, i, score: exact(f) }))
    .sort((a, b) => b.score - a.score || a.i - b.i)
    .map((x) => x.f);
}

const hitsOf = async (
  results: Result[],
  limit: number,
  order: { query?: string; byNumber?: boolean } = {},
) => {
  let fragments = await Promise.all(results.slice(0, limit).map((r) => r.data()));
  const number = (f: Fragment) => Number(f.filters['article']?.[0] ?? 0);
  if (order.byNumber) fragments.sort((a, b) => number(a) - number(b));
  if (order.query) fragments = exactFirst(fragments, order.query);
  return distinctExcerpts(fragments).map(toHit);
};

export async function search(
  pagefind: Pagefind,
  query: string,
  filters: SearchFilters,
  limit = 10,
): Promise<Found> {
  const applied = pagefindFilters(filters);
  const term = query.trim();
  // No words but a filter: everything the filter selects, or a word that it selects nothing.
  if (!term) {
    if (Object.keys(applied).length === 0) return { hits: [] };
    const hits = await hitsOf((await pagefind.search(null, { filters: applied }))?.results ?? [], limit);
    return hits.length ? { hits } : { hits, note: 'No results for these filters.' };
  }

  const number = articleNumber(term);
  if (number === undefined) {
    const found = await pagefind.search(term, { filters: applied });
    return { hits: await hitsOf(found?.results ?? [], limit, { query: term }) };
  }
  const [numbered, words] = await Promise.all([
    pagefind.search(null, { filters: { ...applied, article: number } }),
    pagefind.search(term, { filters: applied }),
  ]);
  if (numbered && numbered.results.length > 0) {
    const first = new Set(numbered.results.map((r) => r.id));
    return {
      hits: await hitsOf(
        [...numbered.results, ...(words?.results ?? []).filter((r) => !first.has(r.id))],
        limit,
      ),
    };
  }
  // A number no provision has: pages that mention it ("Article 51 of the UN Charter"), said so,
  // or, where none does, that it is not quoted, with the numbered provisions there are.
  const mentions = await pagefind.search(`"article ${number}"`, { filters: applied });
  if (mentions && mentions.results.length > 0) {
    return {
      hits: await hitsOf(mentions.results, limit),
      note: `No provision numbered Article ${number} is quoted. These pages mention “Article ${number}”:`,
    };
  }
  const available = await pagefind.filters();
  const numbers = Object.keys(available['article'] ?? {});
  const quoted = numbers.length
    ? await pagefind.search(null, { filters: { article: { any: numbers } } })
    : null;
  const hits = await hitsOf(quoted?.results ?? [], 50, { byNumber: true });
  const documents = [...new Set(hits.map((h) => h.context.split(' · ')[0]))];
  const of = documents.length === 1 && documents[0] ? ` of the ${documents[0]}` : '';
  const where = (available['kind']?.['report'] ?? 1) > 1 ? 'any report on this site' : 'the report';
  return {
    hits,
    note: `Article ${number}${of} is not quoted in ${where}.${hits.length ? ' These articles are:' : ''}`,
  };
}
