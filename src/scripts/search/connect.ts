import { createCombobox, type ComboboxParts } from './combobox';
import { loadEngine, search, type SearchFilters } from './engine';

/** Connects a combobox to the engine; a slower, older query never overwrites a newer one. */
export function connectSearch(parts: ComboboxParts) {
  const combobox = createCombobox(parts);
  let latest = 0;
  return async (query: string, filters: SearchFilters) => {
    const mine = ++latest;
    const engine = await loadEngine();
    const hits = await search(engine, query, filters);
    if (mine === latest) combobox.show(query, hits);
  };
}

export const noFilters: SearchFilters = { kind: [], document: '', speaker: '' };
