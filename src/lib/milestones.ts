/**
 * Promise history of a milestone, derived from its announcements: the current
 * target, the slip since the first target, and whether it is overdue. Nothing
 * here is typed in by authors; it all follows from dated, sourced statements.
 */
import type { Abandonment, Achievement, Milestone } from './schemas/programme';
import { compareTargets, isPast, monthsBetween, type Target } from './targets';
import type { Source } from './schemas/common';

export interface AnnouncementView {
  announced: string;
  target: Target;
  stated: string;
  source: Source;
  note: string | undefined;
  checked: string | undefined;
  /** Months the end of this target moved against the previous announcement (0 for the first). */
  moved: number;
}

export type MilestoneState = 'achieved' | 'overdue' | 'open' | 'abandoned';

export interface MilestoneView {
  id: string;
  title: string;
  /** Announcements oldest first. */
  history: AnnouncementView[];
  first: AnnouncementView;
  current: AnnouncementView;
  /** Months from the end of the first target to the end of the current one; positive is later. */
  slipMonths: number;
  /** The achievement, when undisputed. */
  achieved: Achievement | undefined;
  /** A claimed achievement that other sources dispute: shown with both sides, never counted as achieved. */
  disputedClaim: Achievement | undefined;
  /** When and on what evidence the milestone was dropped. */
  abandoned: Abandonment | undefined;
  /** Editors' corrections to the record, oldest first. */
  corrections: { date: string; text: string }[];
  state: MilestoneState;
}

/** A milestone as parsed, or as written in a test (corrections may be left out). */
export type MilestoneInput = Omit<Milestone, 'corrections'> & { corrections?: Milestone['corrections'] };

/** Sorts announcements by the day they were made, keeping file order for the same day. */
function byAnnounced<T extends { announced: string }>(list: readonly T[]): T[] {
  return list.map((a, i) => ({ a, i })).sort((x, y) => (x.a.announced < y.a.announced ? -1 : x.a.announced > y.a.announced ? 1 : x.i - y.i)).map(({ a }) => a);
}

/** The milestone's history with derived slip and state, judged on `asOf` (ISO day). */
export function viewMilestone(milestone: MilestoneInput, asOf: string): MilestoneView {
  const sorted = byAnnounced(milestone.announcements);
  const history: AnnouncementView[] = [];
  for (const a of sorted) {
    const target = a.target;
    const previous = history.at(-1);
    history.push({
      announced: a.announced,
      target,
      stated: a.stated,
      source: a.source,
      note: a.note,
      checked: a.checked,
      moved: previous ? monthsBetween(previous.target.end, target.end) : 0,
    });
  }
  const first = history[0]!;
  const current = history.at(-1)!;
  return {
    id: milestone.id,
    title: milestone.title,
    history,
    first,
    current,
    slipMonths: monthsBetween(first.target.end, current.target.end),
    achieved: milestone.achieved?.disputed ? undefined : milestone.achieved,
    disputedClaim: milestone.achieved?.disputed ? milestone.achieved : undefined,
    abandoned: milestone.abandoned,
    corrections: [...(milestone.corrections ?? [])].sort((a, b) => a.date.localeCompare(b.date)),
    state: milestoneState(milestone, current.target, asOf),
  };
}

/**
 * An undisputed achievement wins (the schema refuses achieved together with abandoned); then abandoned;
 * a passed window without achievement is overdue. A disputed claim leaves the milestone open or overdue.
 */
export function milestoneState(milestone: MilestoneInput, current: Target, asOf: string): MilestoneState {
  if (milestone.achieved && !milestone.achieved.disputed) return 'achieved';
  if (milestone.abandoned) return 'abandoned';
  return isPast(current, asOf) ? 'overdue' : 'open';
}

/** Next open (or overdue) milestone: the one whose current target ends first. */
export function nextMilestone(views: readonly MilestoneView[]): MilestoneView | undefined {
  return views
    .filter((v) => v.state === 'open' || v.state === 'overdue')
    .sort((a, b) => compareTargets(a.current.target, b.current.target))[0];
}

/** Sum of positive slips across a programme's milestones, in months. */
export function totalSlip(views: readonly MilestoneView[]): number {
  return views.reduce((sum, v) => sum + Math.max(0, v.slipMonths), 0);
}

/** Newest announcement or achievement day across milestones (for freshness). */
export function lastAnnouncement(views: readonly MilestoneView[]): string | undefined {
  const days = views.flatMap((v) => [v.current.announced, ...(v.achieved ? [v.achieved.date] : [])]);
  return days.sort().at(-1);
}
