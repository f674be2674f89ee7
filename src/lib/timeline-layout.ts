/**
 * Layout of the promise timeline: one row per milestone on a shared time
 * axis, the current target window as a bar, earlier windows ghosted, the slip
 * as a line from the first window's end to the current one, achievements as
 * points, a today line and year ticks. Pure: returns numbers and labels; the
 * component only draws them. Scales and ticks come from d3-scale at build time.
 */
import { scaleUtc } from 'd3-scale';
import { utcYear } from 'd3-time';
import { eventDay } from './changes';
import type { MilestoneState, MilestoneView } from './milestones';
import type { ProgrammeMilestone } from './programme-view';
import { formatTarget } from './targets';
import { formatIsoDay } from './dates';
import { formatSlip } from './labels';
import { chartHeight, plotBottom, rowY, TIMELINE } from './timeline-geometry';

/** One row of the timeline: a milestone with its programme. */
export type TimelineInput = ProgrammeMilestone;

export interface Span {
  x: number;
  width: number;
}

export interface TimelineRow {
  key: string;
  programmeId: string;
  milestoneId: string;
  label: string;
  y: number;
  state: MilestoneState;
  current: Span;
  /** Earlier windows that differ from the current one. */
  ghosts: Span[];
  /** From the end of the first window to the end of the current one; null when it did not move. */
  slip: { x1: number; x2: number; months: number } | null;
  achieved: number | null;
  /** What assistive technology reads and the tooltip shows. */
  description: string;
}

export interface TimelineLayout {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  ticks: { x: number; label: string }[];
  today: { x: number; label: string };
  rows: TimelineRow[];
}

export { TIMELINE };

const day = (iso: string) => new Date(`${eventDay(iso)}T00:00:00Z`);
/** End of a window is inclusive: draw it to the start of the next day. */
const dayAfter = (iso: string) => new Date(Date.parse(`${iso}T00:00:00Z`) + 86_400_000);

/** A window's drawn start: `by` targets run from the day they were announced. */
function windowStart(target: MilestoneView['current']['target'], announced: string): string {
  return target.start ?? eventDay(announced);
}

/** Sentence describing a row for screen readers and tooltips. */
export function describeRow(programme: string, m: MilestoneView): string {
  const parts = [`${programme}, ${m.title}: current target ${formatTarget(m.current.target)}`];
  if (m.history.length > 1) parts.push(`first target ${formatTarget(m.first.target)} (${formatSlip(m.slipMonths)})`);
  if (m.achieved) parts.push(`achieved ${formatIsoDay(m.achieved.date)}`);
  else if (m.abandoned) parts.push(`dropped ${formatIsoDay(m.abandoned.date)}`);
  else if (m.state === 'overdue') parts.push('overdue');
  return `${parts.join('; ')}.`;
}

/** First and last day any mark of these rows needs (ISO), today included; share it so charts align. */
export function timelineDomain(inputs: readonly TimelineInput[], asOf: string): { from: string; to: string } {
  const today = eventDay(asOf);
  const days = [today];
  for (const { milestone: m } of inputs) {
    for (const a of m.history) days.push(windowStart(a.target, a.announced), a.target.end);
    if (m.achieved) days.push(eventDay(m.achieved.date));
  }
  days.sort();
  return { from: days[0] ?? today, to: days.at(-1) ?? today };
}

export function layoutTimeline(inputs: readonly TimelineInput[], asOf: string, domain = timelineDomain(inputs, asOf)): TimelineLayout {
  const { width, labelWidth, top, right } = TIMELINE;
  const min = day(domain.from);
  const max = dayAfter(domain.to);
  const x = scaleUtc().domain([min, max]).range([labelWidth, width - right]).clamp(true);
  const span = (start: string, end: string): Span => {
    const x1 = x(day(start));
    const x2 = x(dayAfter(end));
    return { x: x1, width: Math.max(2, x2 - x1) };
  };
  const rows = inputs.map(({ programmeId, programme, milestone: m }, i): TimelineRow => {
    const current = span(windowStart(m.current.target, m.current.announced), m.current.target.end);
    const ghosts = m.history
      .slice(0, -1)
      .filter((a) => a.target.text !== m.current.target.text)
      .map((a) => span(windowStart(a.target, a.announced), a.target.end));
    return {
      key: `${programmeId}--${m.id}`,
      programmeId,
      milestoneId: m.id,
      label: `${programme}: ${m.title}`,
      y: rowY(i),
      state: m.state,
      current,
      ghosts,
      slip: m.slipMonths !== 0 ? { x1: x(dayAfter(m.first.target.end)), x2: x(dayAfter(m.current.target.end)), months: m.slipMonths } : null,
      achieved: m.achieved ? x(day(m.achieved.date)) : null,
      description: describeRow(programme, m),
    };
  });
  return {
    width,
    height: chartHeight(rows.length),
    plot: { left: labelWidth, right: width - right, top, bottom: plotBottom(rows.length) },
    // Year ticks; the last is dropped when its label would run off the plot.
    ticks: x
      .ticks(utcYear)
      .map((d) => ({ x: x(d), label: String(d.getUTCFullYear()) }))
      .filter((t) => t.x <= width - right - 28),
    today: { x: x(day(asOf)), label: `Today (${formatIsoDay(asOf)})` },
    rows,
  };
}

/** Truncates a label to fit the label column (about 6.2 px per character at 12 px). */
export function fitLabel(label: string, maxWidth = TIMELINE.labelWidth - 8): string {
  const max = Math.floor(maxWidth / 6.2);
  return label.length <= max ? label : `${label.slice(0, max - 1).trimEnd()}…`;
}
