/**
 * /compare/: the programmes chosen in the URL (?p=a,b) are shown side by side
 * and their milestones restacked on the shared axis; ticking a box updates the
 * URL (back and forward restore it). At most MAX_COMPARED can be ticked.
 */
import { compareStatus, compareUrl, MAX_COMPARED, MIN_COMPARED, type CompareState } from '../lib/compare';
import { restackRows } from './restack';
import { bindUrlState } from './url-binding';

const form = document.querySelector<HTMLFormElement>('#compare-form');
const view = document.querySelector<HTMLElement>('#compare-view');
const status = document.querySelector<HTMLElement>('#compare-status');
const svg = view?.querySelector<SVGSVGElement>('svg.timeline');

if (form && view && status && svg) {
  const boxes = [...form.querySelectorAll<HTMLInputElement>('input[name="p"]')];
  const known = new Set(boxes.map((b) => b.value));
  const cells = [...view.querySelectorAll<HTMLElement>('#compare-facts [data-programme]')];
  const rows = [...svg.querySelectorAll<SVGGElement>('g.row')];
  const chosenOf = (s: CompareState) => s.p.filter((id) => known.has(id));

  const binding = bindUrlState(compareUrl, {
    write: (s) => {
      const chosen = new Set(chosenOf(s));
      for (const box of boxes) box.checked = chosen.has(box.value);
    },
    render: (s) => {
      const chosen = chosenOf(s);
      const shown = new Set(chosen);
      for (const cell of cells) cell.hidden = !shown.has(cell.dataset.programme ?? '');
      // Rows keep the chart's order (by programme, then target), so each programme's milestones stay together.
      restackRows(svg, rows, (row) => shown.has(row.dataset.programme ?? ''));
      view.hidden = chosen.length < MIN_COMPARED;
      for (const box of boxes) box.disabled = !box.checked && chosen.length >= MAX_COMPARED;
      status.textContent = compareStatus(chosen);
    },
  });
  // Each tick applies at once; the submit button is there for readers who expect one.
  form.addEventListener('submit', (event) => event.preventDefault());
  form.addEventListener('change', () => {
    const current = chosenOf(compareUrl.parse(location.search));
    const ticked = new Set(boxes.filter((b) => b.checked).map((b) => b.value));
    // Keep the order of choosing: earlier choices first, the new one last.
    const next = [...current.filter((id) => ticked.has(id)), ...[...ticked].filter((id) => !current.includes(id))];
    binding.commit({ p: next });
  });
  form.hidden = false;
}
