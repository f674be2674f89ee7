/**
 * Target dates: the small grammar in which programme promises are recorded.
 *
 *   2027          a year                 2027-06      a month
 *   2027-H2       a half                 2027-06-15   a day
 *   2027-Q3       a quarter              A/B          from the start of A to the end of B
 *   by 2030       no later than the end of 2030 (no stated start)
 *
 * Japanese fiscal 2027–28 is written `2027-04/2029-03`. Every form parses to a
 * closed interval of calendar days (ISO strings, UTC) plus the precision it was
 * stated with, so targets can be compared, drawn and diffed without losing how
 * fuzzy the original promise was.
 */
import { formatIsoDay, isValidIsoDate, lastDayOfMonth, monthIndex, pad2 } from './dates';

export type Precision = 'year' | 'half' | 'quarter' | 'month' | 'day' | 'range' | 'by';

export interface Target {
  /** The target exactly as written in the content file. */
  readonly text: string;
  readonly precision: Precision;
  /** First day of the window (inclusive); null for `by X`, which states no start. */
  readonly start: string | null;
  /** Last day of the window (inclusive). */
  readonly end: string;
}

export const TARGET_GRAMMAR_HINT =
  'one of 2027, 2027-H2, 2027-Q3, 2027-06, 2027-06-15, a range A/B (e.g. 2027-04/2029-03) or "by 2030"';

/** Thrown for text that does not fit the grammar; the message says what was expected. */
export class TargetError extends Error {
  constructor(text: string, reason: string) {
    super(`"${text}" is not a valid target: ${reason}. Expected ${TARGET_GRAMMAR_HINT}.`);
    this.name = 'TargetError';
  }
}

type Point = Omit<Target, 'text'> & { precision: Exclude<Precision, 'range' | 'by'>; start: string };

// A year, optionally with a half or quarter, or with a month and optionally a day (never a day after H/Q).
const POINT = /^(\d{4})(?:-(H[12]|Q[1-4])|-(\d{2})(?:-(\d{2}))?)?$/;

/** Parses one non-range, non-`by` form into its interval. */
function parsePoint(part: string, whole: string): Point {
  const m = POINT.exec(part);
  if (!m) throw new TargetError(whole, `"${part}" is not a year, half, quarter, month or day`);
  const year = Number(m[1]);
  const sub = m[2] ?? m[3];
  const day = m[4];
  if (sub === undefined) return { precision: 'year', start: `${year}-01-01`, end: `${year}-12-31` };
  if (sub.startsWith('H')) {
    const h = Number(sub[1]);
    const first = h === 1 ? 1 : 7;
    return { precision: 'half', start: monthStart(year, first), end: monthEnd(year, first + 5) };
  }
  if (sub.startsWith('Q')) {
    const first = (Number(sub[1]) - 1) * 3 + 1;
    return { precision: 'quarter', start: monthStart(year, first), end: monthEnd(year, first + 2) };
  }
  const month = Number(sub);
  if (month < 1 || month > 12) throw new TargetError(whole, `month ${sub} is not between 01 and 12`);
  if (day === undefined) return { precision: 'month', start: monthStart(year, month), end: monthEnd(year, month) };
  const iso = `${m[1]}-${sub}-${day}`;
  if (!isValidIsoDate(iso)) throw new TargetError(whole, `${iso} is not a calendar date`);
  return { precision: 'day', start: iso, end: iso };
}

function monthStart(year: number, month: number): string {
  return `${year}-${pad2(month)}-01`;
}

function monthEnd(year: number, month: number): string {
  return `${year}-${pad2(month)}-${pad2(lastDayOfMonth(year, month))}`;
}

/** Parses a target; throws TargetError naming what was expected. */
export function parseTarget(input: string): Target {
  const text = input.trim();
  if (text === '') throw new TargetError(input, 'it is empty');
  const by = /^by\s+(.+)$/i.exec(text);
  if (by) {
    const point = parsePoint(by[1]!.trim(), text);
    return { text, precision: 'by', start: null, end: point.end };
  }
  if (text.includes('/')) {
    const parts = text.split('/');
    if (parts.length !== 2) throw new TargetError(text, 'a range has exactly one "/"');
    const from = parsePoint(parts[0]!.trim(), text);
    const to = parsePoint(parts[1]!.trim(), text);
    if (from.start > to.end) throw new TargetError(text, 'the range ends before it starts');
    return { text, precision: 'range', start: from.start, end: to.end };
  }
  return { text, ...parsePoint(text, text) };
}

/** How a point form reads ("H2 2027", "June 2027", "15 June 2027"). */
function formatPoint(part: string): string {
  const [y, sub] = part.split('-');
  if (sub !== undefined && (sub.startsWith('H') || sub.startsWith('Q'))) return `${sub} ${y}`;
  return formatIsoDay(part);
}

/**
 * Formats a target for readers. Ranges that run April to March are Japanese
 * fiscal years and read as such ("FY2027–28"), because that is how they are
 * announced.
 */
export function formatTarget(target: Target): string {
  const text = target.text;
  if (target.precision === 'by') return `by ${formatPoint(text.replace(/^by\s+/i, ''))}`;
  if (target.precision !== 'range') return formatPoint(text);
  const [from, to] = text.split('/').map((s) => s.trim()) as [string, string];
  const fiscal = /^(\d{4})-04$/.exec(from) && /^(\d{4})-03$/.exec(to);
  if (fiscal) {
    const first = Number(from.slice(0, 4));
    const last = Number(to.slice(0, 4)) - 1;
    if (last === first) return `FY${first}`;
    if (last > first) return `FY${first}–${String(last).slice(-2)}`;
  }
  if (/^\d{4}$/.test(from) && /^\d{4}$/.test(to)) return `${from}–${to}`;
  return `${formatPoint(from)} – ${formatPoint(to)}`;
}

/** Orders targets by the end of their window, then by start (open starts first). */
export function compareTargets(a: Target, b: Target): number {
  if (a.end !== b.end) return a.end < b.end ? -1 : 1;
  const sa = a.start ?? '';
  const sb = b.start ?? '';
  return sa === sb ? 0 : sa < sb ? -1 : 1;
}

/** Whole months from the month of `from` to the month of `to` (negative when earlier). */
export function monthsBetween(from: string, to: string): number {
  return monthIndex(to) - monthIndex(from);
}

/** True when the target window has fully passed on `asOf` (an ISO day). */
export function isPast(target: Target, asOf: string): boolean {
  return target.end < asOf;
}
