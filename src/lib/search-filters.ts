/**
 * The search filters: one table read by the pages that feed the index
 * (`data-pagefind-filter`), the search page's form and its URL state. No
 * imports, so the browser script can use it.
 */
export const SEARCH_FILTERS = [
  { name: 'type', label: 'Page type', all: 'All types' },
  { name: 'electrolyte', label: 'Electrolyte', all: 'All electrolytes' },
  { name: 'organisation', label: 'Organisation', all: 'All organisations' },
  { name: 'status', label: 'Programme status', all: 'Any status' },
  { name: 'kind', label: 'Article kind', all: 'Any kind' },
  { name: 'year', label: 'Year published', all: 'Any year', newestFirst: true },
] as const;

export type SearchFilter = (typeof SEARCH_FILTERS)[number]['name'];

export const SEARCH_FILTER_NAMES: readonly SearchFilter[] = SEARCH_FILTERS.map((f) => f.name);

/** What a result is, as its label says ("Programme record"), by page type. */
export const RESULT_KIND_LABEL: Record<string, string> = {
  programme: 'Programme record',
  organisation: 'Organisation',
  news: 'News',
  guide: 'Guide',
  change: 'Promise changes',
};
