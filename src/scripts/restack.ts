/**
 * Shows some rows of a build-time timeline chart and restacks them without
 * gaps, with the row geometry the layout used (src/lib/timeline-geometry.ts).
 * Shared by the timeline filters and the compare page.
 */
import { chartHeight, plotBottom, rowY, TIMELINE } from '../lib/timeline-geometry';

/** Hides the rows `visible` rejects, restacks the rest in order, resizes the chart; returns how many rows show. */
export function restackRows(svg: SVGSVGElement, rows: readonly SVGGElement[], visible: (row: SVGGElement) => boolean): number {
  let i = 0;
  for (const row of rows) {
    const show = visible(row);
    row.style.display = show ? '' : 'none';
    if (show) row.setAttribute('transform', `translate(0 ${rowY(i++)})`);
  }
  const height = chartHeight(i);
  svg.setAttribute('height', String(height));
  svg.setAttribute('viewBox', `0 0 ${TIMELINE.width} ${height}`);
  for (const line of svg.querySelectorAll<SVGLineElement>('.axis line, .today line')) line.setAttribute('y2', String(plotBottom(i)));
  return i;
}
