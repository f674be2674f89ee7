/**
 * Timeline filters: electrolyte family (whole charts) and programme status
 * (rows, restacked so no gaps remain), kept in the URL.
 */
import { TIMELINE } from '../lib/timeline-layout';

const form = document.querySelector<HTMLFormElement>('#timeline-form');
const count = document.querySelector<HTMLElement>('#timeline-count');

if (form && count) {
  const family = form.querySelector<HTMLSelectElement>('select[name="family"]')!;
  const status = form.querySelector<HTMLSelectElement>('select[name="status"]')!;
  const sections = [...document.querySelectorAll<HTMLElement>('.timeline-group')];

  const render = () => {
    let shown = 0;
    for (const section of sections) {
      const svg = section.querySelector<SVGSVGElement>('svg.timeline')!;
      let i = 0;
      for (const row of svg.querySelectorAll<SVGGElement>('g.row')) {
        const visible = !status.value || row.dataset.status === status.value;
        row.style.display = visible ? '' : 'none';
        if (visible) row.setAttribute('transform', `translate(0 ${TIMELINE.top + i++ * TIMELINE.rowHeight})`);
      }
      const height = TIMELINE.top + i * TIMELINE.rowHeight + TIMELINE.bottom;
      svg.setAttribute('height', String(height));
      svg.setAttribute('viewBox', `0 0 ${TIMELINE.width} ${height}`);
      for (const line of svg.querySelectorAll<SVGLineElement>('.axis line, .today line')) line.setAttribute('y2', String(height - TIMELINE.bottom));
      section.hidden = (family.value !== '' && section.dataset.family !== family.value) || i === 0;
      if (!section.hidden) shown += i;
    }
    count.textContent = `${shown} milestones shown.`;
  };
  const apply = () => {
    const p = new URLSearchParams();
    if (family.value) p.set('family', family.value);
    if (status.value) p.set('status', status.value);
    history.pushState(null, '', `${location.pathname}${p.size ? `?${p}` : ''}`);
    render();
  };
  const read = () => {
    const p = new URLSearchParams(location.search);
    family.value = p.get('family') ?? '';
    status.value = p.get('status') ?? '';
  };
  form.addEventListener('change', apply);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    apply();
  });
  window.addEventListener('popstate', () => {
    read();
    render();
  });
  form.hidden = false;
  read();
  render();
}
