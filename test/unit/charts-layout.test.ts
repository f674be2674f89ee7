import { describe, expect, it } from 'vitest';
import { announcementOf } from '../helpers/milestone-data';
import { describeRow, fitLabel, layoutTimeline, TIMELINE, timelineDomain } from '../../src/lib/timeline-layout';
import { layoutPromiseChart, PROMISE_CHART } from '../../src/lib/promise-chart';
import { viewMilestone } from '../../src/lib/milestones';
import type { MilestoneInput as Milestone } from '../../src/lib/milestones';

const src = { title: 'T', publisher: 'P', url: 'https://example.com/' };
const ann = announcementOf(src);
const AS_OF = '2026-11-29';
const view = (m: Milestone) => viewMilestone(m, AS_OF);

const slipping = view({ id: 'sop', title: 'Start of production', announcements: [ann('2020-01-01', '2025'), ann('2023-10-12', '2027-04/2029-03')] });
const achieved = view({ id: 'fid', title: 'Investment decision', announcements: [ann('2024-10-28', '2025')], achieved: { date: '2026-01-29', source: src } });
const byTarget = view({ id: 'by', title: 'Cars', announcements: [ann('2024-01-01', 'by 2030')] });
const inputs = [
  { programmeId: 'toyota', programme: 'Toyota', milestone: slipping },
  { programmeId: 'toyota', programme: 'Toyota', milestone: achieved },
  { programmeId: 'bmw', programme: 'BMW', milestone: byTarget },
];

describe('timelineDomain', () => {
  it('spans every window, achievement and today', () => {
    expect(timelineDomain(inputs, AS_OF)).toEqual({ from: '2024-01-01', to: '2030-12-31' });
  });
});

describe('layoutTimeline', () => {
  const layout = layoutTimeline(inputs, AS_OF, { from: '2020-01-01', to: '2030-12-31' });
  const year = (TIMELINE.width - TIMELINE.right - TIMELINE.labelWidth) / 11;

  it('stacks one row per milestone', () => {
    expect(layout.rows.map((r) => r.y)).toEqual([TIMELINE.top, TIMELINE.top + TIMELINE.rowHeight, TIMELINE.top + 2 * TIMELINE.rowHeight]);
    expect(layout.height).toBe(TIMELINE.top + 3 * TIMELINE.rowHeight + TIMELINE.bottom);
  });

  it('maps windows to x proportionally to time, with the width showing the fuzziness', () => {
    const [sop] = layout.rows;
    expect(sop!.current.x).toBeCloseTo(TIMELINE.labelWidth + 7.25 * year, 0);
    expect(sop!.current.width).toBeCloseTo(2 * year, 0);
    expect(sop!.ghosts).toHaveLength(1);
    expect(sop!.ghosts[0]!.width).toBeCloseTo(year, 0);
  });

  it('draws the slip from the first window end to the current one', () => {
    const slip = layout.rows[0]!.slip!;
    expect(slip.months).toBe(39);
    expect(slip.x2 - slip.x1).toBeCloseTo(3.25 * year, 0);
    expect(layout.rows[1]!.slip).toBeNull();
  });

  it('marks achievements and starts "by" windows at their announcement', () => {
    expect(layout.rows[1]!.achieved).toBeCloseTo(TIMELINE.labelWidth + (6 + 28 / 365) * year, 0);
    expect(layout.rows[2]!.current.x).toBeCloseTo(TIMELINE.labelWidth + 4 * year, 0);
  });

  it('places the today line and whole-year ticks inside the plot', () => {
    expect(layout.today.x).toBeCloseTo(TIMELINE.labelWidth + (6 + 332 / 365) * year, 0);
    expect(layout.ticks.map((t) => t.label)).toEqual(['2020', '2021', '2022', '2023', '2024', '2025', '2026', '2027', '2028', '2029', '2030']);
    expect(layout.ticks.every((t) => t.x >= TIMELINE.labelWidth && t.x <= TIMELINE.width - TIMELINE.right)).toBe(true);
  });

  it('describes each row in words', () => {
    expect(describeRow('Toyota', slipping)).toBe('Toyota, Start of production: current target FY2027–28; first target 2025 (+39 months).');
    expect(describeRow('Toyota', achieved)).toBe('Toyota, Investment decision: current target 2025; achieved 29 January 2026.');
  });
});

describe('fitLabel', () => {
  it('keeps short labels and shortens long ones with an ellipsis', () => {
    expect(fitLabel('Toyota: SOP')).toBe('Toyota: SOP');
    const long = fitLabel('x'.repeat(80));
    expect(long.endsWith('…')).toBe(true);
    expect(long.length).toBeLessThan(45);
  });
});

describe('layoutPromiseChart', () => {
  const chart = layoutPromiseChart(slipping);
  it('plots later announcements further right and later targets higher', () => {
    const [first, second] = chart.points;
    expect(second!.x).toBeGreaterThan(first!.x);
    expect(second!.yEnd).toBeLessThan(first!.yEnd);
    for (const p of chart.points) expect(p.yStart).toBeGreaterThanOrEqual(p.yEnd);
  });
  it('stays inside its plot and joins the points in order', () => {
    for (const p of chart.points) {
      expect(p.x).toBeGreaterThanOrEqual(PROMISE_CHART.left);
      expect(p.x).toBeLessThanOrEqual(PROMISE_CHART.width - PROMISE_CHART.right);
      expect(p.yEnd).toBeGreaterThanOrEqual(PROMISE_CHART.top);
    }
    expect(chart.path).toMatch(/^M[\d.]+,[\d.]+ L[\d.]+,[\d.]+$/);
    expect(chart.yTicks.length).toBeGreaterThanOrEqual(2);
    expect(chart.yTicks.length).toBeLessThanOrEqual(6);
  });
});
