/**
 * What each page tells the search index: its page type, filter values and
 * meta. Built here so every page type uses the same filter names.
 */
export type PageType = 'news' | 'programme' | 'organisation' | 'guide' | 'change';

export interface SearchInfo {
  type: PageType;
  /** Filter name → values (electrolyte, organisation, status, year). */
  filters?: Partial<Record<'electrolyte' | 'organisation' | 'status' | 'year' | 'kind', string[]>>;
  /** Meta shown with results: date (ISO day) and a short description. */
  date?: string | undefined;
  description: string;
}

/** The filter entries, flattened and de-duplicated, in a stable order. */
export function filterEntries(info: SearchInfo): { name: string; value: string }[] {
  const out: { name: string; value: string }[] = [{ name: 'type', value: info.type }];
  for (const [name, values] of Object.entries(info.filters ?? {})) {
    for (const value of [...new Set(values)].sort()) out.push({ name, value });
  }
  return out;
}
