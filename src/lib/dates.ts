/**
 * Calendar-day helpers. Dates in content are ISO day strings ("2024-02-29");
 * they are compared as strings and only turned into Date objects (UTC) at the
 * edges, so no time zone can shift a day.
 */

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Two-digit zero padding for months and days. */
export function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

/** Number of days in a month (1–12) of a year, leap years included. */
export function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** True for an ISO day that exists on the calendar (2024-02-29 yes, 2023-02-29 no). */
export function isValidIsoDate(text: string): boolean {
  const m = ISO_DAY.exec(text);
  if (!m) return false;
  const month = Number(m[2]);
  const day = Number(m[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= lastDayOfMonth(Number(m[1]), month);
}

/** Months since year 0 for an ISO day or month ("2027-06" or "2027-06-15"). */
export function monthIndex(iso: string): number {
  return Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7)) - 1;
}

/** The ISO day `months` months after `iso` (clamped to the month's last day). */
export function addMonths(iso: string, months: number): string {
  const index = monthIndex(iso) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const day = Math.min(Number(iso.slice(8, 10)), lastDayOfMonth(year, month));
  return `${year}-${pad2(month)}-${pad2(day)}`;
}

/** First and last day of a day, month or year ("2020-06" → 2020-06-01 to 2020-06-30). */
export function partialDateRange(partial: string): { start: string; end: string } {
  if (/^\d{4}$/.test(partial)) return { start: `${partial}-01-01`, end: `${partial}-12-31` };
  if (/^\d{4}-\d{2}$/.test(partial)) {
    const [y, m] = partial.split('-').map(Number) as [number, number];
    return { start: `${partial}-01`, end: `${partial}-${pad2(lastDayOfMonth(y, m))}` };
  }
  return { start: partial, end: partial };
}

/** Today's ISO day in UTC. */
export function todayIso(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

/** "12 October 2023" for an ISO day, "October 2023" for an ISO month, "2023" for a year. */
export function formatIsoDay(iso: string): string {
  const [y, m, d] = iso.split('-');
  if (m === undefined) return y!;
  const month = MONTHS[Number(m) - 1]!;
  return d === undefined ? `${month} ${y}` : `${Number(d)} ${month} ${y}`;
}
