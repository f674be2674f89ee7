/**
 * Status freshness (methodology guide): a programme with no public update —
 * no new announcement or achievement — for 12 months or more is flagged
 * "no public update since …", judged against the build's as-of day.
 */
import { addMonths, partialDateRange } from './dates';

export const STALE_AFTER_MONTHS = 12;

/** True when the last update is at least STALE_AFTER_MONTHS before `asOf`. A month or year counts from its last day: the benefit of the doubt goes to the programme. */
export function isStale(lastUpdate: string | undefined, asOf: string): boolean {
  if (!lastUpdate) return true;
  return partialDateRange(lastUpdate).end <= addMonths(asOf, -STALE_AFTER_MONTHS);
}
