/**
 * Promise changes, derived from the announcement history: every
 * announcement after the first is an event (target moved later or earlier,
 * window narrowed or widened, or reaffirmed); a milestone's first
 * announcement, its achievement and its dropping are events too. Nothing is
 * typed by hand, so the changes page and feeds always agree with the records.
 */
import type { MilestoneView } from './milestones';
import type { Source } from './schemas/common';
import { formatTarget, monthsBetween, type Target } from './targets';
import { formatIsoDay, partialDateRange } from './dates';
import { formatSlip } from './labels';

export const CHANGE_KINDS = ['later', 'earlier', 'narrowed', 'widened', 'reaffirmed', 'new', 'achieved', 'dropped'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

export const changeKindLabel: Record<ChangeKind, string> = {
  later: 'Moved later',
  earlier: 'Pulled forward',
  narrowed: 'Narrowed',
  widened: 'Widened',
  reaffirmed: 'Reaffirmed',
  new: 'New milestone',
  achieved: 'Achieved',
  dropped: 'Dropped',
};

export interface ChangeEvent {
  /** Stable id: programme, milestone, kind and position; used as anchor and feed guid. */
  id: string;
  /** Day, month or year of the event, as recorded. */
  date: string;
  programmeId: string;
  programme: string;
  milestoneId: string;
  milestone: string;
  kind: ChangeKind;
  oldTarget: Target | null;
  newTarget: Target | null;
  /** Months the window end moved (later/earlier), or achieved date against the window end; null when not applicable. */
  months: number | null;
  /** Words used by the source for the new target, if any. */
  stated: string | null;
  source: Source;
}

/** Days in a target window; `by` targets have no start and count as the widest. */
function width(t: Target): number {
  if (t.start === null) return Number.POSITIVE_INFINITY;
  return (Date.parse(t.end) - Date.parse(t.start)) / 86_400_000;
}

/** True when window `inner` lies within window `outer` (a `by` window has no start, so it reaches back indefinitely). */
function within(inner: Target, outer: Target): boolean {
  const startsInside = outer.start === null || (inner.start !== null && inner.start >= outer.start);
  return startsInside && inner.end <= outer.end;
}

/**
 * Classifies a new target against the previous one. A window restated inside
 * the old one is narrowed (2026 → September 2026), one that takes in the old
 * one is widened (Q1 → H1): the promise was made more or less precise, not
 * moved. Otherwise the end of the window decides: later, earlier, or (same
 * month) reaffirmed. `months` is always the move of the window's end.
 */
export function classifyMove(previous: Target, next: Target): { kind: ChangeKind; months: number } {
  const months = monthsBetween(previous.end, next.end);
  const same = previous.start === next.start && previous.end === next.end;
  if (same) return { kind: 'reaffirmed', months };
  if (within(next, previous)) return { kind: 'narrowed', months };
  if (within(previous, next)) return { kind: 'widened', months };
  if (months > 0) return { kind: 'later', months };
  if (months < 0) return { kind: 'earlier', months };
  return { kind: width(next) < width(previous) ? 'narrowed' : width(next) > width(previous) ? 'widened' : 'reaffirmed', months };
}

/** The first day of a day, month or year, for sorting and feed dates. */
export function eventDay(date: string): string {
  return partialDateRange(date).start;
}

/** The target announced last on or before `date` (the first one if all came later): what an achievement is measured against. */
export function targetInForce(m: MilestoneView, date: string): Target {
  const day = eventDay(date);
  return [...m.history].reverse().find((a) => eventDay(a.announced) <= day)?.target ?? m.first.target;
}

/** Whole months an achievement came after the end of the target in force then; 0 or less means on time. */
export function monthsLate(m: MilestoneView): number | null {
  return m.achieved ? monthsBetween(targetInForce(m, m.achieved.date).end, eventDay(m.achieved.date)) : null;
}

/** All events of one milestone, oldest first. */
export function milestoneEvents(programmeId: string, programme: string, m: MilestoneView): ChangeEvent[] {
  const base = { programmeId, programme, milestoneId: m.id, milestone: m.title };
  const id = (kind: ChangeKind, i: number) => `${programmeId}--${m.id}--${i}-${kind}`;
  const events: ChangeEvent[] = m.history.map((a, i, history) => {
    const previous = history[i - 1]?.target;
    if (!previous) {
      return { ...base, id: id('new', 0), date: a.announced, kind: 'new', oldTarget: null, newTarget: a.target, months: null, stated: a.stated, source: a.source };
    }
    const { kind, months } = classifyMove(previous, a.target);
    return { ...base, id: id(kind, i), date: a.announced, kind, oldTarget: previous, newTarget: a.target, months, stated: a.stated, source: a.source };
  });
  if (m.achieved) {
    const inForce = targetInForce(m, m.achieved.date);
    const months = monthsBetween(inForce.end, eventDay(m.achieved.date));
    events.push({ ...base, id: id('achieved', events.length), date: m.achieved.date, kind: 'achieved', oldTarget: inForce, newTarget: null, months, stated: null, source: m.achieved.source });
  } else if (m.abandoned) {
    events.push({ ...base, id: id('dropped', events.length), date: m.abandoned.date, kind: 'dropped', oldTarget: m.current.target, newTarget: null, months: null, stated: null, source: m.abandoned.source });
  }
  return events;
}

/**
 * Newest first. Dates known only to the month or year sort at the start of
 * that period, and after more precise dates on the same day (a "2026" event
 * follows everything dated in January 2026). Then programme, milestone, position.
 */
export function sortEvents(events: ChangeEvent[]): ChangeEvent[] {
  return [...events].sort(
    (a, b) =>
      eventDay(b.date).localeCompare(eventDay(a.date)) ||
      b.date.length - a.date.length ||
      a.programme.localeCompare(b.programme, 'en') ||
      a.milestone.localeCompare(b.milestone, 'en') ||
      b.id.localeCompare(a.id, 'en', { numeric: true }),
  );
}

/** A plain one-line headline for the event, as feed titles and lists show it. */
export function changeTitle(e: ChangeEvent): string {
  const head = `${e.programme}: ${e.milestone}`;
  const to = e.newTarget ? formatTarget(e.newTarget) : '';
  const from = e.oldTarget ? formatTarget(e.oldTarget) : '';
  switch (e.kind) {
    case 'new':
      return `${head}: first target ${to}`;
    case 'later':
    case 'earlier':
      return `${head}: moved from ${from} to ${to} (${formatSlip(e.months ?? 0)})`;
    case 'narrowed':
      return `${head}: narrowed from ${from} to ${to}`;
    case 'widened':
      return `${head}: widened from ${from} to ${to}`;
    case 'reaffirmed':
      return `${head}: ${to} reaffirmed`;
    case 'achieved': {
      const when = e.months === null || e.months <= 0 ? `within its target (${from})` : `${formatSlip(e.months).slice(1)} after its target (${from})`;
      return `${head}: achieved ${formatIsoDay(e.date)}, ${when}`;
    }
    case 'dropped':
      return `${head}: dropped (last target ${from})`;
  }
}
