/**
 * Programme explorer: filters, sorting and free text over the server-rendered
 * table, with the state in the URL (shareable; back/forward restore it). The
 * count of matching rows is announced through a live region, and the sorted
 * column carries aria-sort.
 */
import { compareRows, countLabel, explorerUrl, rowMatches, type ExplorerRow, type ExplorerState, type SortKey } from '../lib/explorer';
import { bindUrlState } from './url-binding';
import { decodeWindows } from '../lib/due';

const table = document.querySelector<HTMLTableElement>('#programme-table');
const form = document.querySelector<HTMLFormElement>('#explorer-form');
const count = document.querySelector<HTMLElement>('#explorer-count');
// The day the page was built for: the due filter is judged against it, not the reader's clock.
const asOf = table?.dataset.asOf ?? '';

const tbody = table?.tBodies[0];
const headerRow = table?.tHead?.rows[0];

if (form && count && tbody && headerRow) {
  const rows = [...tbody.rows].map((tr) => {
    const d = tr.dataset;
    const nextEnd = d.nextEnd ?? '';
    const row: ExplorerRow = {
      name: d.name ?? '',
      lead: d.lead ?? '',
      partners: d.partners ?? '',
      electrolyte: d.electrolyte ?? '',
      anode: d.anode ?? '',
      status: d.status ?? '',
      region: d.region ?? '',
      kinds: (d.kinds ?? '').split(' ').filter(Boolean),
      nextYear: nextEnd ? Number(nextEnd.slice(0, 4)) : null,
      nextEnd,
      slip: Number(d.slip ?? 0),
      verified: d.verified ?? '',
      text: d.text ?? '',
      windows: decodeWindows(d.windows ?? ''),
    };
    return { tr, row };
  });
  const headers = [...headerRow.cells];

  // Sort buttons exist only when this script runs; without it the headers are plain text.
  for (const th of headers) {
    const key = th.dataset.key as SortKey;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'sort';
    button.textContent = th.textContent;
    button.addEventListener('click', () => {
      const current = explorerUrl.parse(location.search);
      binding.commit({ ...readForm(), sort: key, dir: current.sort === key && current.dir === 'asc' ? 'desc' : 'asc' });
    });
    th.replaceChildren(button);
  }

  const readForm = (): ExplorerState => {
    const f = new FormData(form);
    const get = (k: string) => String(f.get(k) ?? '');
    return explorerUrl.parse(
      explorerUrl.serialise({
        electrolyte: get('electrolyte'),
        status: get('status'),
        region: get('region'),
        kind: get('kind'),
        due: get('due') as ExplorerState['due'],
        from: get('from') ? Number(get('from')) : null,
        to: get('to') ? Number(get('to')) : null,
        q: get('q').trim(),
        // The sort controls in the form (needed on phones, where the headers are hidden) mirror the state;
        // their empty choices are the defaults (by name, ascending).
        sort: (get('sort') || 'name') as SortKey,
        dir: get('dir') === 'desc' ? 'desc' : 'asc',
      }),
    );
  };

  const writeForm = (state: ExplorerState): void => {
    for (const el of form.elements) {
      if (el instanceof HTMLSelectElement || el instanceof HTMLInputElement) {
        const value = state[el.name as keyof ExplorerState];
        el.value = value === null || value === undefined ? '' : String(value);
      }
    }
  };

  const render = (state: ExplorerState): void => {
    const sorted = [...rows].sort((a, b) => compareRows(a.row, b.row, state.sort, state.dir));
    let shown = 0;
    for (const { tr, row } of sorted) {
      const visible = rowMatches(row, state, asOf);
      tr.hidden = !visible;
      if (visible) shown++;
      tbody.append(tr);
    }
    for (const th of headers) {
      if (th.dataset.key === state.sort) th.setAttribute('aria-sort', state.dir === 'asc' ? 'ascending' : 'descending');
      else th.removeAttribute('aria-sort');
    }
    count.textContent = countLabel(shown, rows.length);
  };

  const binding = bindUrlState(explorerUrl, { write: writeForm, render });

  let timer: ReturnType<typeof setTimeout> | undefined;
  form.addEventListener('input', (event) => {
    if (!(event.target instanceof HTMLInputElement)) return;
    clearTimeout(timer);
    timer = setTimeout(() => binding.commit(readForm(), 'replace'), 150);
  });
  form.addEventListener('change', (event) => {
    if (event.target instanceof HTMLSelectElement) binding.commit(readForm());
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    binding.commit(readForm());
  });
  document.querySelector('#explorer-reset')?.addEventListener('click', (event) => {
    event.preventDefault();
    writeForm(explorerUrl.defaults);
    binding.commit(explorerUrl.defaults);
  });
  // The filters sit behind one disclosure: closed on phones, so the first programme shows on the first screen.
  const disclosure = document.querySelector<HTMLDetailsElement>('#explorer-filters');
  if (disclosure) {
    disclosure.open = matchMedia('(min-width: 48rem)').matches || location.search !== '';
    disclosure.hidden = false;
  }
}
