/**
 * Small chart of one milestone's promise history: announcement date on x,
 * announced target on y (the window as a vertical bar, its end as a point),
 * joined by a line, so a slipping promise reads as a rising line.
 */
import { scaleUtc } from 'd3-scale';
import { utcYear } from 'd3-time';
import { eventDay } from './changes';
import type { MilestoneView } from './milestones';
import { formatTarget } from './targets';
import { formatIsoDay } from './dates';

export interface PromisePoint {
  x: number;
  yEnd: number;
  yStart: number;
  label: string;
}

export interface PromiseChart {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  xTicks: { x: number; label: string }[];
  yTicks: { y: number; label: string }[];
  points: PromisePoint[];
  /** SVG path through the window ends, in announcement order. */
  path: string;
}

export const PROMISE_CHART = { width: 360, height: 190, left: 44, right: 12, top: 10, bottom: 26 } as const;

const d = (iso: string) => new Date(`${eventDay(iso)}T00:00:00Z`);

/** Whole-year ticks, spaced so that no more than about five fit on an axis. */
export function yearStep([from, to]: Date[]): NonNullable<ReturnType<typeof utcYear.every>> {
  const years = Math.max(1, to!.getUTCFullYear() - from!.getUTCFullYear());
  return utcYear.every(Math.max(1, Math.ceil(years / 5)))!;
}

export function layoutPromiseChart(m: MilestoneView): PromiseChart {
  const { width, height, left, right, top, bottom } = PROMISE_CHART;
  const announced = m.history.map((a) => d(a.announced));
  const targets = m.history.flatMap((a) => [d(a.target.start ?? eventDay(a.announced)), d(a.target.end)]);
  const pad = 120 * 86_400_000;
  const x = scaleUtc()
    .domain([new Date(Math.min(...announced.map(Number)) - pad), new Date(Math.max(...announced.map(Number)) + pad)])
    .range([left, width - right])
    .nice();
  const y = scaleUtc()
    .domain([new Date(Math.min(...targets.map(Number))), new Date(Math.max(...targets.map(Number)))])
    .range([height - bottom, top])
    .nice();
  const points = m.history.map((a) => ({
    x: x(d(a.announced)),
    yEnd: y(d(a.target.end)),
    yStart: y(d(a.target.start ?? eventDay(a.announced))),
    label: `Announced ${formatIsoDay(a.announced)}: target ${formatTarget(a.target)}`,
  }));
  return {
    width,
    height,
    plot: { left, right: width - right, top, bottom: height - bottom },
    xTicks: x.ticks(yearStep(x.domain())).map((t) => ({ x: x(t), label: String(t.getUTCFullYear()) })),
    yTicks: y.ticks(yearStep(y.domain())).map((t) => ({ y: y(t), label: String(t.getUTCFullYear()) })),
    points,
    path: points.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x.toFixed(1)},${p.yEnd.toFixed(1)}`).join(' '),
  };
}
