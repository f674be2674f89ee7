/** What the home page shows: upcoming promises and the biggest slips, derived from the records. */
import { DUE_SOON_MONTHS, isDueSoon } from './due';
import { compareTargets } from './targets';
import { programmeMilestones, type ProgrammeMilestone, type ProgrammeView } from './programme-view';

/** The parts of a ProgrammeView the dashboard reads. */
type Programmes = readonly Pick<ProgrammeView, 'id' | 'shortName' | 'milestones'>[];

export type { ProgrammeMilestone };

/** How far ahead the home page looks for promises falling due (the explorer's "due soon" filter uses the same). */
export const UPCOMING_HORIZON_MONTHS = DUE_SOON_MONTHS;
/** How many of the biggest slips the home page lists. */
export const BIGGEST_SLIPS_SHOWN = 8;

/**
 * Open milestones due within `months` of `asOf`: their current window opens
 * before the horizon (a "by" window, which has no start, must close before it).
 * Soonest end first.
 */
export function upcomingMilestones(records: Programmes, asOf: string, months: number): ProgrammeMilestone[] {
  return programmeMilestones(records)
    .filter(({ milestone: m }) => m.state === 'open' && isDueSoon(m.current.target, asOf, months))
    .sort((a, b) => compareTargets(a.milestone.current.target, b.milestone.current.target) || a.programme.localeCompare(b.programme));
}

/** Milestones with the largest positive slips, largest first (ties: most recent announcement first). */
export function biggestSlips(records: Programmes, count: number): ProgrammeMilestone[] {
  return programmeMilestones(records)
    .filter(({ milestone: m }) => m.slipMonths > 0)
    .sort((a, b) => b.milestone.slipMonths - a.milestone.slipMonths || b.milestone.current.announced.localeCompare(a.milestone.current.announced))
    .slice(0, count);
}

/** How many items fall in each group, in the order of `keys`, with zero counts kept. */
export function countBy<T>(items: readonly T[], key: (item: T) => string, keys: readonly string[]): { key: string; count: number }[] {
  const counts = new Map(keys.map((k) => [k, 0]));
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return [...counts].map(([k, count]) => ({ key: k, count }));
}

/** Bar lengths in px for counts, the largest filling `max` px; zero stays zero, others get at least 2 px. */
export function barLengths(counts: readonly number[], max: number): number[] {
  const top = Math.max(0, ...counts);
  return counts.map((c) => (c === 0 || top === 0 ? 0 : Math.max(2, Math.round((c / top) * max))));
}
