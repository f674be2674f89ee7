/**
 * Programme explorer logic, shared by the page (which writes each row's
 * facts into data attributes) and the browser script (which filters and
 * sorts those rows). The state lives in the URL so views can be shared.
 */
import { shownLabel } from './plural';
import { oneOf, textField, urlState, yearField } from './url-state';
import { DUE_FILTERS, matchesDue, type DueFilter, type OpenWindow } from './due';

/** What a row exposes to filtering and sorting. */
export interface ExplorerRow {
  name: string;
  lead: string;
  partners: string;
  electrolyte: string;
  anode: string;
  status: string;
  region: string;
  /** Kinds of the lead and partner organisations. */
  kinds: string[];
  /** Year in which the next target window ends; null when nothing is open. */
  nextYear: number | null;
  /** Sortable key of the next target (its window end, ISO). */
  nextEnd: string;
  slip: number;
  verified: string;
  /** All searchable text of the row, lower-cased. */
  text: string;
  /** Current windows of its milestones neither achieved nor dropped, for the due filter. */
  windows: OpenWindow[];
}

export const SORT_KEYS = ['name', 'lead', 'partners', 'electrolyte', 'anode', 'region', 'status', 'next', 'slip', 'verified'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

export interface ExplorerState {
  electrolyte: string;
  status: string;
  region: string;
  kind: string;
  due: DueFilter | '';
  from: number | null;
  to: number | null;
  q: string;
  sort: SortKey;
  dir: 'asc' | 'desc';
}

/** The explorer's query parameters, in URL order; invalid values fall back to the defaults. */
export const explorerUrl = urlState<ExplorerState>({
  electrolyte: textField,
  status: textField,
  region: textField,
  kind: textField,
  due: oneOf(DUE_FILTERS, ''),
  from: yearField,
  to: yearField,
  q: textField,
  sort: oneOf(SORT_KEYS, 'name'),
  dir: oneOf(['asc', 'desc'], 'asc'),
});

export const DEFAULT_STATE: ExplorerState = explorerUrl.defaults;
export const parseExplorerState = explorerUrl.parse;
export const serialiseExplorerState = explorerUrl.serialise;

/**
 * True when the row passes every active filter. A year range keeps only rows with a next target in range;
 * the due filter is judged on `asOf`, the day the page was built for.
 */
export function rowMatches(row: ExplorerRow, s: ExplorerState, asOf: string): boolean {
  if (s.due && !matchesDue(row.windows, asOf, s.due)) return false;
  if (s.electrolyte && row.electrolyte !== s.electrolyte) return false;
  if (s.status && row.status !== s.status) return false;
  if (s.region && row.region !== s.region) return false;
  if (s.kind && !row.kinds.includes(s.kind)) return false;
  if (s.from !== null && (row.nextYear === null || row.nextYear < s.from)) return false;
  if (s.to !== null && (row.nextYear === null || row.nextYear > s.to)) return false;
  if (s.q) {
    const words = s.q.toLowerCase().split(/\s+/);
    if (!words.every((w) => row.text.includes(w))) return false;
  }
  return true;
}

function sortValue(row: ExplorerRow, key: SortKey): string | number {
  switch (key) {
    case 'next':
      return row.nextEnd || '9999';
    case 'slip':
      return row.slip;
    default:
      return row[key].toLowerCase();
  }
}

/** Comparator for the chosen column and direction; ties fall back to the name. */
export function compareRows(a: ExplorerRow, b: ExplorerRow, key: SortKey, dir: 'asc' | 'desc'): number {
  const va = sortValue(a, key);
  const vb = sortValue(b, key);
  const base = typeof va === 'number' && typeof vb === 'number' ? va - vb : String(va).localeCompare(String(vb), 'en');
  const ordered = dir === 'asc' ? base : -base;
  return ordered || a.name.localeCompare(b.name, 'en');
}

/** "12 of 33 programmes shown." */
export const countLabel = (shown: number, total: number): string => shownLabel(shown, total, 'programme');
