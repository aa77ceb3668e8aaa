import { createCombobox, type ComboboxParts } from './combobox';
import { loadEngine, search, type SearchFilters } from './engine';

/**
 * How long the query must stay as it is before it is searched: a reader typing "Article 4" sees
 * results for it, and the results of "A", "Ar", "Art"… are never fetched.
 */
const SETTLE_MS = 90;

/** Connects a combobox to the engine; a slower, older query never overwrites a newer one. */
export function connectSearch(parts: ComboboxParts) {
  const combobox = createCombobox(parts);
  let latest = 0;
  let shown = '';
  return async (query: string, filters: SearchFilters) => {
    // Every keystroke counts as the reader still typing, even one that leaves the words as they
    // were (a trailing space): only a query that stays put is searched.
    const mine = ++latest;
    const key = JSON.stringify([query.trim(), filters]);
    try {
      // Pagefind may still be starting: the pause is counted from when it can search.
      const pagefind = await loadEngine();
      await new Promise((settled) => setTimeout(settled, SETTLE_MS));
      // The results on screen may already be this search's (a repeated event).
      if (mine !== latest || key === shown) return;
      const found = await search(pagefind, query, filters);
      if (mine === latest) {
        combobox.show(query, found);
        shown = key;
      }
    } catch {
      // In `npm run dev` the index is built on first use; on a site it is part of the build.
      if (mine === latest) parts.status.textContent = 'Search could not load. Reload the page to try again.';
    }
  };
}

export const noFilters: SearchFilters = { kind: [], document: '', speaker: '' };
