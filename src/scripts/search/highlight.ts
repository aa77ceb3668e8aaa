/**
 * On a page opened from a search result (?highlight=…), marks the words of that search where the
 * result pointed: in the paragraph its link names (#p-3), else in the page's searchable content;
 * the whole phrase where it occurs ("Article 4"), each word only where it does not. Marks change
 * the colour only, so nothing on the page moves, and the first one is scrolled into view.
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

export function highlightSearchTerms() {
  const terms = new URLSearchParams(location.search).getAll('highlight').filter(Boolean);
  const target = location.hash ? document.getElementById(fragmentId(location.hash)) : null;
  const root = target ?? document.querySelector('[data-pagefind-body]');
  if (terms.length === 0 || !root) return;
  const phrase = new RegExp(`(${terms.map(escape).join('\\s+')})`, 'gi');
  if (mark(root, phrase) === 0) mark(root, new RegExp(`\\b(${terms.map(escape).join('|')})`, 'gi'));
  const first = root.querySelector('mark.search-term');
  if (first && !target) first.scrollIntoView({ block: 'center' });
}
