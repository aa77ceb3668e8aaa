/** The lazily loaded search code, one chunk: the dialog and the search page share the engine. */
export { openSearchDialog } from './dialog';
export { loadEngine } from './engine';
export { startSearchPage } from './search-page';
export { highlightSearchTerms } from './highlight';
