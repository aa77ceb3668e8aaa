/**
 * On a page opened from a search result (?highlight=…), marks the words of that search where the
 * result pointed: in the paragraph its link names (#p-3), else in the page's searchable content;
 * the whole phrase where it occurs ("Article 4"), each word only where it does not, and never a
 * number or a short word on its own (the "4" of "4 December" is not what "Article 4" meant).
 * Marks change the colour only, so nothing on the page moves; the first one is scrolled into
 * view, and a bar fixed at the foot of the screen says what is marked and clears it.
 */
const SKIP = '[data-pagefind-ignore], script, style, mark';

function textNodes(root: Element): Text[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.parentElement?.closest(SKIP) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
  });
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  return nodes;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function mark(root: Element, pattern: RegExp): number {
  let count = 0;
  for (const node of textNodes(root)) {
    const parts = node.data.split(pattern);
    if (parts.length === 1) continue;
    const fragment = document.createDocumentFragment();
    parts.forEach((part, i) => {
      if (i % 2 === 0) fragment.append(part);
      else {
        const marked = document.createElement('mark');
        marked.className = 'search-term';
        marked.textContent = part;
        fragment.append(marked);
        count += 1;
      }
    });
    node.replaceWith(fragment);
  }
  return count;
}

/** The id a fragment names; a malformed one ("#%") is taken as it is, not thrown on. */
function fragmentId(hash: string): string {
  try {
    return decodeURIComponent(hash.slice(1));
  } catch {
    return hash.slice(1);
  }
}

/** A word worth marking on its own: not a number, not a word of one or two letters. */
const markable = (term: string) => term.length >= 3 && !/^\d+$/.test(term);

function clearMarks(bar: HTMLElement) {
  document.querySelectorAll('mark.search-term').forEach((marked) => {
    const parent = marked.parentNode;
    marked.replaceWith(marked.textContent ?? '');
    parent?.normalize();
  });
  bar.remove();
  const url = new URL(location.href);
  url.searchParams.delete('highlight');
  history.replaceState(history.state, '', url);
}

function showBar(terms: string[]) {
  const bar = document.createElement('div');
  bar.className = 'search-marks';
  bar.setAttribute('role', 'region');
  bar.setAttribute('aria-label', 'Search marks');
  const label = document.createElement('span');
  label.textContent = `Marked: “${terms.join(' ')}”`;
  const clear = document.createElement('button');
  clear.type = 'button';
  clear.className = 'button';
  clear.textContent = 'Clear marks';
  clear.addEventListener('click', () => clearMarks(bar));
  bar.append(label, clear);
  document.body.append(bar);
}

export function highlightSearchTerms() {
  const terms = new URLSearchParams(location.search).getAll('highlight').filter(Boolean);
  const target = location.hash ? document.getElementById(fragmentId(location.hash)) : null;
  const root = target ?? document.querySelector('[data-pagefind-body]');
  if (terms.length === 0 || !root) return;
  const phrase = new RegExp(`(${terms.map(escape).join('\\s+')})`, 'gi');
  const words = terms.filter(markable);
  if (mark(root, phrase) === 0 && words.length > 0)
    mark(root, new RegExp(`\\b(${words.map(escape).join('|')})`, 'gi'));
  const first = root.querySelector('mark.search-term');
  if (!first) return;
  showBar(terms);
  if (!target) first.scrollIntoView({ block: 'center' });
}
