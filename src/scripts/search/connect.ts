import { createCombobox, type ComboboxParts } from './combobox';
import { loadEngine, search, type SearchFilters } from './engine';

/** Connects a combobox to the engine; a slower, older query never overwrites a newer one. */
export function connectSearch(parts: ComboboxParts) {
  const combobox = createCombobox(parts);
  let latest = 0;
  let shown = '';
  return async (query: string, filters: SearchFilters) => {
    // The same search again (a repeated event) leaves the results as they are.
    const key = JSON.stringify([query.trim(), filters]);
    if (key === shown) return;
    const mine = ++latest;
    try {
      const found = await search(await loadEngine(), query, filters);
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
