/**
 * Programme explorer logic, shared by the page (which writes each row's
 * facts into data attributes) and the browser script (which filters and
 * sorts those rows). The state lives in the URL so views can be shared.
 */

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
}

export const SORT_KEYS = ['name', 'lead', 'partners', 'electrolyte', 'anode', 'region', 'status', 'next', 'slip', 'verified'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

export interface ExplorerState {
  electrolyte: string;
  status: string;
  region: string;
  kind: string;
  from: number | null;
  to: number | null;
  q: string;
  sort: SortKey;
  dir: 'asc' | 'desc';
}

export const DEFAULT_STATE: ExplorerState = { electrolyte: '', status: '', region: '', kind: '', from: null, to: null, q: '', sort: 'name', dir: 'asc' };

function year(value: string | null): number | null {
  return value && /^\d{4}$/.test(value) ? Number(value) : null;
}

/** Reads the state from a query string; invalid values fall back to defaults. */
export function parseExplorerState(search: string): ExplorerState {
  const p = new URLSearchParams(search);
  const sort = p.get('sort') as SortKey | null;
  return {
    electrolyte: p.get('electrolyte') ?? '',
    status: p.get('status') ?? '',
    region: p.get('region') ?? '',
    kind: p.get('kind') ?? '',
    from: year(p.get('from')),
    to: year(p.get('to')),
    q: (p.get('q') ?? '').trim(),
    sort: sort && (SORT_KEYS as readonly string[]).includes(sort) ? sort : 'name',
    dir: p.get('dir') === 'desc' ? 'desc' : 'asc',
  };
}

/** Writes only what differs from the defaults, in a fixed order. */
export function serialiseExplorerState(state: ExplorerState): string {
  const p = new URLSearchParams();
  for (const key of ['electrolyte', 'status', 'region', 'kind'] as const) if (state[key]) p.set(key, state[key]);
  if (state.from !== null) p.set('from', String(state.from));
  if (state.to !== null) p.set('to', String(state.to));
  if (state.q) p.set('q', state.q);
  if (state.sort !== 'name' || state.dir !== 'asc') {
    p.set('sort', state.sort);
    p.set('dir', state.dir);
  }
  const text = p.toString();
  return text ? `?${text}` : '';
}

/** True when the row passes every active filter. A year range keeps only rows with a next target in range. */
export function rowMatches(row: ExplorerRow, s: ExplorerState): boolean {
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

/** "12 of 33 programmes shown". */
export function countLabel(shown: number, total: number): string {
  return shown === total ? `All ${total} programmes shown.` : `${shown} of ${total} programmes shown.`;
}
