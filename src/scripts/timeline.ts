/**
 * Timeline filters: electrolyte family (whole charts) and programme status
 * (rows, restacked so no gaps remain), kept in the URL.
 */
import { restackRows } from './restack';
import { timelineCountLabel, timelineUrl, type TimelineState } from '../lib/timeline-filter';
import { bindUrlState } from './url-binding';

const form = document.querySelector<HTMLFormElement>('#timeline-form');
const count = document.querySelector<HTMLElement>('#timeline-count');
const family = form?.querySelector<HTMLSelectElement>('select[name="family"]');
const status = form?.querySelector<HTMLSelectElement>('select[name="status"]');

if (form && count && family && status) {
  const charts = [...document.querySelectorAll<HTMLElement>('.timeline-group')].flatMap((section) => {
    const svg = section.querySelector<SVGSVGElement>('svg.timeline');
    return svg ? [{ section, svg, rows: [...svg.querySelectorAll<SVGGElement>('g.row')] }] : [];
  });
  const total = charts.reduce((n, c) => n + c.rows.length, 0);

  const render = (s: TimelineState) => {
    let shown = 0;
    for (const { section, svg, rows } of charts) {
      const i = restackRows(svg, rows, (row) => !s.status || row.dataset.status === s.status);
      section.hidden = (s.family !== '' && section.dataset.family !== s.family) || i === 0;
      if (!section.hidden) shown += i;
    }
    count.textContent = timelineCountLabel(shown, total);
  };
  const binding = bindUrlState(timelineUrl, {
    write: (s) => {
      family.value = s.family;
      status.value = s.status;
    },
    render,
  });
  const apply = () => binding.commit({ family: family.value, status: status.value });
  form.addEventListener('change', apply);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    apply();
  });
  form.hidden = false;
}
