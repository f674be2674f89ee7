/**
 * Search state <-> URL query. The search page keeps its query and filters in
 * the URL (`/search/?q=sulfide&type=news`) so a search can be linked, reloaded
 * and navigated with the back button.
 */
import { plural } from './plural';
import { SEARCH_FILTER_NAMES, type SearchFilter } from './search-filters';
import { textField, urlState, type Field, type UrlState } from './url-state';

export interface SearchState {
  q: string;
  filters: Partial<Record<SearchFilter, string>>;
}

// The query first, then every filter of the table, each free text.
const searchUrl = urlState<Record<'q' | SearchFilter, string>>({
  q: textField,
  ...(Object.fromEntries(SEARCH_FILTER_NAMES.map((name) => [name, textField])) as Record<SearchFilter, Field<string>>),
});

/** Reads the state from a query string; unknown parameters are ignored. */
export function parseSearchState(search: string): SearchState {
  const { q, ...all } = searchUrl.parse(search);
  return { q, filters: Object.fromEntries(Object.entries(all).filter(([, v]) => v)) };
}

/** Writes the state as a query string ("" when empty), parameters in a fixed order. */
export function serialiseSearchState(state: SearchState): string {
  return searchUrl.serialise({ ...searchUrl.defaults, ...state.filters, q: state.q });
}

/** The codec the search page binds to its form. */
export const searchUrlState: UrlState<SearchState> = { defaults: { q: '', filters: {} }, parse: parseSearchState, serialise: serialiseSearchState };

/** Pagefind's filter argument for the state (single value per filter). */
export function pagefindFilters(state: SearchState): Record<string, string> {
  return Object.fromEntries(Object.entries(state.filters).filter(([, v]) => v));
}

/** "3 results for “sulfide”", "No results", announced to screen readers. */
export function resultSummary(count: number, state: SearchState): string {
  const what = state.q ? ` for “${state.q}”` : '';
  const filtered = Object.keys(pagefindFilters(state)).length > 0 ? ' with the chosen filters' : '';
  if (count === 0) return `No results${what}${filtered}.`;
  return `${plural(count, 'result')}${what}${filtered}.`;
}
