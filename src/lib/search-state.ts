/**
 * Search state <-> URL query. The search page keeps its query and filters in
 * the URL (`/search/?q=sulfide&type=news`) so a search can be linked, reloaded
 * and navigated with the back button.
 */
import { plural } from './plural';

export const SEARCH_FILTERS = ['type', 'electrolyte', 'organisation', 'status', 'year'] as const;
export type SearchFilter = (typeof SEARCH_FILTERS)[number];

export interface SearchState {
  q: string;
  filters: Partial<Record<SearchFilter, string>>;
}

/** Reads the state from a query string; unknown parameters are ignored. */
export function parseSearchState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const filters: SearchState['filters'] = {};
  for (const name of SEARCH_FILTERS) {
    const value = params.get(name);
    if (value) filters[name] = value;
  }
  return { q: (params.get('q') ?? '').trim(), filters };
}

/** Writes the state as a query string ("" when empty), parameters in a fixed order. */
export function serialiseSearchState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const name of SEARCH_FILTERS) {
    const value = state.filters[name];
    if (value) params.set(name, value);
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

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
