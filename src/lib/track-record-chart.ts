/**
 * Layout of the track-record chart: one horizontal bar per group, split into
 * its promises' outcomes, all bars on one scale. Pure numbers; the component
 * draws them, and the table beside it carries the same counts as text.
 */
import { OUTCOMES, type GroupRecord, type Outcome } from './track-record';

export const RECORD_CHART = { width: 680, labelWidth: 210, rowHeight: 22, bar: 14, top: 4, right: 44 } as const;

export interface RecordBar {
  id: string;
  label: string;
  y: number;
  total: number;
  segments: { outcome: Outcome; x: number; width: number; count: number }[];
}

export function layoutRecordChart(groups: readonly Pick<GroupRecord, 'id' | 'name' | 'record'>[]): { width: number; height: number; bars: RecordBar[] } {
  const { width, labelWidth, rowHeight, top, right } = RECORD_CHART;
  const max = Math.max(1, ...groups.map((g) => g.record.promises));
  const scale = (width - labelWidth - right) / max;
  const bars = groups.map((g, i): RecordBar => {
    let x = labelWidth;
    const segments = OUTCOMES.filter((o) => g.record.counts[o] > 0).map((outcome) => {
      const count = g.record.counts[outcome];
      const segment = { outcome, x, width: count * scale, count };
      x += segment.width;
      return segment;
    });
    return { id: g.id, label: g.name, y: top + i * rowHeight, total: g.record.promises, segments };
  });
  return { width, height: top + groups.length * rowHeight + top, bars };
}
