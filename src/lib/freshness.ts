/**
 * Status freshness (methodology guide): a programme with no public update —
 * no new announcement or achievement — for 12 months or more is flagged
 * "no public update since …", judged against the build's as-of day.
 */
import { addMonths, lastDayOfMonth, pad2 } from './dates';

export const STALE_AFTER_MONTHS = 12;

/** True when the last update is at least STALE_AFTER_MONTHS before `asOf`. A month or year counts from its last day: the benefit of the doubt goes to the programme. */
export function isStale(lastUpdate: string | undefined, asOf: string): boolean {
  if (!lastUpdate) return true;
  const [y, m] = lastUpdate.split('-').map(Number) as [number, number | undefined];
  const day = /^\d{4}$/.test(lastUpdate) ? `${y}-12-31` : /^\d{4}-\d{2}$/.test(lastUpdate) ? `${lastUpdate}-${pad2(lastDayOfMonth(y, m!))}` : lastUpdate;
  return day <= addMonths(asOf, -STALE_AFTER_MONTHS);
}
