/**
 * Page state kept in the URL query (explorer, search, changes, timeline), so a
 * view can be linked, reloaded and walked with the back button. Each page
 * declares its parameters once as fields; parsing falls back to a field's
 * default for anything missing or invalid, and serialising writes only what
 * differs from the defaults, in the order the fields are declared, so one
 * state has one URL.
 */

/** One query parameter: how it reads, how it writes and what it is when absent. */
export interface Field<T> {
  readonly default: T;
  parse(raw: string | null): T;
  write(value: T): string;
}

/** Free text, trimmed; empty by default. */
export const textField: Field<string> = { default: '', parse: (raw) => (raw ?? '').trim(), write: (v) => v };

/** One of a fixed list of values; anything else reads as `fallback`. */
export function oneOf<V extends string, D extends V | ''>(values: readonly V[], fallback: D): Field<V | D> {
  return {
    default: fallback,
    parse: (raw) => (raw !== null && (values as readonly string[]).includes(raw) ? (raw as V) : fallback),
    write: (v) => v,
  };
}

/** A four-digit year; null when absent or malformed. */
export const yearField: Field<number | null> = {
  default: null,
  parse: (raw) => (raw && /^\d{4}$/.test(raw) ? Number(raw) : null),
  write: (v) => (v === null ? '' : String(v)),
};

/** A comma-separated list of ids ("a,b"), de-duplicated, at most `max`; empty by default. */
export function idListField(max: number): Field<string[]> {
  return {
    default: [],
    parse: (raw) => [...new Set((raw ?? '').split(',').map((s) => s.trim()).filter((s) => /^[a-z0-9-]+$/.test(s)))].slice(0, max),
    write: (v) => v.join(','),
  };
}

export type Fields<S> = { readonly [K in keyof S]: Field<S[K]> };

export interface UrlState<S> {
  readonly defaults: S;
  /** Reads a query string (with or without its "?"). */
  parse(search: string): S;
  /** "?a=1&b=2", or "" for the default state. */
  serialise(state: S): string;
}

export function urlState<S extends object>(fields: Fields<S>): UrlState<S> {
  const keys = Object.keys(fields) as (keyof S & string)[];
  const defaults = Object.fromEntries(keys.map((k) => [k, fields[k].default])) as S;
  return {
    defaults,
    parse(search) {
      const params = new URLSearchParams(search);
      return Object.fromEntries(keys.map((k) => [k, fields[k].parse(params.get(k))])) as S;
    },
    serialise(state) {
      const params = new URLSearchParams();
      for (const k of keys) {
        const value = fields[k].write(state[k]);
        if (value !== fields[k].write(fields[k].default)) params.set(k, value);
      }
      // Commas are legal in a query; left unescaped, lists read as written (?p=a,b).
      const text = params.toString().replace(/%2C/gi, ',');
      return text ? `?${text}` : '';
    },
  };
}
