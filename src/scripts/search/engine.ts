/**
 * The search engine: Pagefind's JS API, loaded from the site's bundle the first time a reader
 * reaches for search. Results carry what a reader needs to choose: title, document and label, an
 * excerpt with the matched words marked, and for a report the paragraph the match is in, with an
 * excerpt of that paragraph. "Article 4" (or "art. 4") is read as a provision's number; a number
 * no page has is said so in words. A word no page has ("sovreignty") is searched as the site's
 * nearest word ("sovereignty"), from the list of the site's words the build writes.
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
  // Built at run time: a constant address would be wrapped in Vite's preload helper, which would
  // then ship in the one script every page loads.
  const bundle = new URL('pagefind/pagefind.js', new URL(import.meta.env.BASE_URL, location.href)).href;
  engine ??= import(/* @vite-ignore */ bundle).then(async (pagefind: Pagefind) => {
    await pagefind.options({
      // The index is small enough to search on the page itself: no worker script to download.
      noWorker: true,
      baseUrl: import.meta.env.BASE_URL,
      highlightParam: 'highlight',
      excerptLength: 24,
    });
    await pagefind.init();
    return pagefind;
  });
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

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const EXCERPT_WORDS = 24;

/**
 * An excerpt of the one paragraph a report's result points at, around its first match there,
 * with the matched words marked: the reader sees the words the link leads to. Locations are
 * Pagefind's, word positions in the page's indexed text.
 */
export function paragraphExcerpt(
  fragment: Pick<Fragment, 'content' | 'anchors' | 'weighted_locations'>,
  paragraph: Anchor,
): string {
  const words = fragment.content.split(/\s+/).filter(Boolean);
  const next = fragment.anchors
    .filter((a) => a.location > paragraph.location)
    .reduce((end, a) => Math.min(end, a.location), words.length);
  const matched = new Set(
    fragment.weighted_locations.map((w) => w.location).filter((l) => l >= paragraph.location && l < next),
  );
  if (matched.size === 0) return '';
  const first = Math.min(...matched);
  const start = Math.max(paragraph.location, Math.min(first - 6, next - EXCERPT_WORDS));
  const end = Math.min(next, start + EXCERPT_WORDS);
  // A matched word is marked without the punctuation around it: “sovereignty,” marks sovereignty.
  const marked = (token: string) =>
    token.replace(
      /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/u,
      (_, before: string, word: string, after: string) =>
        `${escapeHtml(before)}<mark>${escapeHtml(word)}</mark>${escapeHtml(after)}`,
    );
  return words
    .slice(start, end)
    .map((word, i) => (matched.has(start + i) ? marked(word) : escapeHtml(word)))
    .join(' ');
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
      excerpt: paragraph ? paragraphExcerpt(fragment, paragraph) || excerpt : excerpt,
      url: paragraph ? `${fragment.url}#${paragraph.id}` : fragment.url,
    };
  }
  const context =
    kind === 'provision'
      ? `${fragment.meta['document'] ?? ''} · ${fragment.meta['label'] ?? ''}`
      : (fragment.meta['context'] ?? '');
  return { title, context, excerpt, url: fragment.url };
}

/** "Article 4" means the article: its number is left unmarked where "Article" does not come before it ("4 December"). */
export function unmarkLoneNumbers(excerpt: string): string {
  return excerpt.replace(/<mark>(\d+)<\/mark>/g, (marked, number: string, at: number) =>
    /article(<\/mark>)?\s*$/i.test(excerpt.slice(Math.max(0, at - 20), at)) ? marked : number,
  );
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

/**
 * Two results never show the same excerpt: a repeat takes the page's next excerpt, or none. A
 * report shows its paragraph's own excerpt instead (toHit), so its Pagefind excerpt takes no turn.
 */
export function distinctExcerpts(fragments: Fragment[]): Fragment[] {
  const shown = new Set<string>();
  return fragments.map((fragment) => {
    if (fragment.filters['kind']?.[0] === 'report') return fragment;
    const candidates = [fragment.excerpt, ...(fragment.sub_results ?? []).map((s) => s.excerpt)];
    const excerpt = candidates.find((c) => textOf(c) && !shown.has(textOf(c))) ?? '';
    shown.add(textOf(excerpt));
    return { ...fragment, excerpt };
  });
}

const wordsOf = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** How many of the searched words a page has as they are (not only as a stem or a prefix). */
function exactWords(content: string, words: string[]): number {
  const text = content.toLowerCase();
  return words.filter((w) => new RegExp(`(^|[^\\p{L}\\p{N}])${w}($|[^\\p{L}\\p{N}])`, 'u').test(text)).length;
}

/**
 * Pagefind matches word stems, so "defensive" also finds "defense". Among its results, a page that
 * has the searched words themselves comes first; among those, a report before the pages built
 * from it, since words a report quotes are the report's first (the order is otherwise Pagefind's).
 */
export function exactFirst<F extends { content: string; filters?: Record<string, string[]> }>(
  fragments: F[],
  query: string,
): F[] {
  const words = wordsOf(query);
  const isReport = (f: F) => (f.filters?.['kind']?.[0] === 'report' ? 1 : 0);
  return fragments
    .map((f, i) => ({ f, i, score: exactWords(f.content, words) }))
    .sort((a, b) => b.score - a.score || (b.score > 0 ? isReport(b.f) - isReport(a.f) : 0) || a.i - b.i)
    .map((x) => x.f);
}

/** Edit distance with transpositions (Damerau–Levenshtein, optimal string alignment). */
export function editDistance(a: string, b: string): number {
  // Three rows are enough: this one, the one before and the one before that (for a transposition).
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const row = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min((previous[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, (before[j - 2] ?? 0) + 1);
      row.push(best);
    }
    before = previous;
    previous = row;
  }
  return previous[b.length] ?? 0;
}

/**
 * The site's word nearest to a word no page has: one edit away for a short word, two for a word
 * of eight letters or more; among equals, the word the site uses most (the list is in that order).
 */
export function nearestWord(word: string, vocabulary: string[]): string | undefined {
  const allowed = word.length >= 8 ? 2 : word.length >= 4 ? 1 : 0;
  let best: { word: string; distance: number } | undefined;
  for (const candidate of vocabulary) {
    if (Math.abs(candidate.length - word.length) > allowed) continue;
    const distance = editDistance(word, candidate);
    if (distance <= allowed && distance > 0 && (!best || distance < best.distance))
      best = { word: candidate, distance };
  }
  return best?.word;
}

let vocabulary: Promise<string[]> | undefined;

/** The site's words, most used first (src/pages/search-words.json.ts): fetched on the first miss only. */
function siteWords(): Promise<string[]> {
  vocabulary ??= fetch(`${import.meta.env.BASE_URL}search-words.json`)
    .then((response) => (response.ok ? (response.json() as Promise<{ words: string[] }>) : { words: [] }))
    .then((json) => json.words)
    .catch(() => []);
  return vocabulary;
}

/** The query with each word no page has replaced by the site's nearest word, if any word was. */
export async function correctedQuery(query: string): Promise<string | undefined> {
  const words = await siteWords();
  const known = new Set(words);
  let changed = false;
  const corrected = query.replace(/[\p{L}\p{N}]+/gu, (word) => {
    const lower = word.toLowerCase();
    if (known.has(lower) || /\d/.test(lower)) return word;
    const nearest = nearestWord(lower, words);
    if (!nearest) return word;
    changed = true;
    return nearest;
  });
  return changed ? corrected : undefined;
}

const fragmentsOf = async (
  results: Result[],
  limit: number,
  order: { query?: string; byNumber?: boolean } = {},
) => {
  let fragments = await Promise.all(results.slice(0, limit).map((r) => r.data()));
  const number = (f: Fragment) => Number(f.filters['article']?.[0] ?? 0);
  if (order.byNumber) fragments.sort((a, b) => number(a) - number(b));
  if (order.query) fragments = exactFirst(fragments, order.query);
  return fragments;
};

/**
 * Whether a page's text names "Article <number>" itself. Pagefind's phrase search ignores
 * punctuation, so "article by article (2 March" would match "article 2".
 */
export const mentionsArticle = (content: string, number: string | number) =>
  new RegExp(`\\barticle\\s+${number}(?!\\d)`, 'i').test(content);

const hitsOf = async (...args: Parameters<typeof fragmentsOf>) =>
  distinctExcerpts(await fragmentsOf(...args)).map(toHit);

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
    const fragments = await fragmentsOf(found?.results ?? [], limit, { query: term });
    // No page has every word as it was typed: perhaps a typing mistake, searched again as the
    // site's nearest words. Only then is the list of words fetched.
    const words = wordsOf(term);
    if (!fragments.some((f) => exactWords(f.content, words) === words.length)) {
      const corrected = await correctedQuery(term);
      if (corrected) {
        const again = await pagefind.search(corrected, { filters: applied });
        const better = await fragmentsOf(again?.results ?? [], limit, { query: corrected });
        if (better.length > 0)
          return {
            hits: distinctExcerpts(better).map(toHit),
            note: `No page has “${term}”. Results for “${corrected}”:`,
          };
      }
    }
    return { hits: distinctExcerpts(fragments).map(toHit) };
  }
  const [numbered, words] = await Promise.all([
    pagefind.search(null, { filters: { ...applied, article: number } }),
    pagefind.search(term, { filters: applied }),
  ]);
  if (numbered && numbered.results.length > 0) {
    const first = new Set(numbered.results.map((r) => r.id));
    const hits = await hitsOf(
      [...numbered.results, ...(words?.results ?? []).filter((r) => !first.has(r.id))],
      limit,
    );
    return { hits: hits.map((hit) => ({ ...hit, excerpt: unmarkLoneNumbers(hit.excerpt) })) };
  }
  // A number no provision has: pages that mention it ("Article 51 of the UN Charter"), said so,
  // or, where none does, that it is not quoted, with the numbered provisions there are.
  const mentions = await pagefind.search(`"article ${number}"`, { filters: applied });
  const mentioning = (await fragmentsOf(mentions?.results ?? [], limit)).filter((f) =>
    mentionsArticle(f.content, number),
  );
  if (mentioning.length > 0) {
    return {
      hits: distinctExcerpts(mentioning).map(toHit),
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
