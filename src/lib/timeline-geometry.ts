/**
 * Row geometry of the promise timeline, shared by the build-time layout
 * (`timeline-layout.ts`) and the browser script that restacks rows when a
 * filter hides some. No imports, so the script stays small.
 */
export const TIMELINE = { width: 960, labelWidth: 260, rowHeight: 24, top: 28, bottom: 8, right: 16 } as const;

/** Top of the row at this position (0-based) among the rows shown. */
export const rowY = (index: number): number => TIMELINE.top + index * TIMELINE.rowHeight;

/** Bottom of the plot area (where axis and today lines end) for this many rows. */
export const plotBottom = (rows: number): number => rowY(rows);

/** Height of the whole chart for this many rows. */
export const chartHeight = (rows: number): number => plotBottom(rows) + TIMELINE.bottom;
