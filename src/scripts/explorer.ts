/**
 * Programme explorer: filters, sorting and free text over the server-rendered
 * table, with the state in the URL (shareable; back/forward restore it). The
 * count of matching rows is announced through a live region, and the sorted
 * column carries aria-sort.
 */
import { compareRows, countLabel, parseExplorerState, rowMatches, serialiseExplorerState, type ExplorerRow, type ExplorerState, type SortKey } from '../lib/explorer';

const table = document.querySelector<HTMLTableElement>('#programme-table');
const form = document.querySelector<HTMLFormElement>('#explorer-form');
const count = document.querySelector<HTMLElement>('#explorer-count');

if (table && form && count) {
  const tbody = table.tBodies[0]!;
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
    };
    return { tr, row };
  });
  const headers = [...table.tHead!.rows[0]!.cells];

  // Sort buttons exist only when this script runs; without it the headers are plain text.
  for (const th of headers) {
    const key = th.dataset.key as SortKey;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'sort';
    button.textContent = th.textContent;
    button.addEventListener('click', () => {
      const state = readForm();
      const current = parseExplorerState(location.search);
      state.sort = key;
      state.dir = current.sort === key && current.dir === 'asc' ? 'desc' : 'asc';
      apply(state, true);
    });
    th.replaceChildren(button);
  }

  function readForm(): ExplorerState {
    const f = new FormData(form!);
    const get = (k: string) => String(f.get(k) ?? '');
    const current = parseExplorerState(location.search);
    return parseExplorerState(
      serialiseExplorerState({
        electrolyte: get('electrolyte'),
        status: get('status'),
        region: get('region'),
        kind: get('kind'),
        from: get('from') ? Number(get('from')) : null,
        to: get('to') ? Number(get('to')) : null,
        q: get('q').trim(),
        sort: current.sort,
        dir: current.dir,
      }),
    );
  }

  function writeForm(state: ExplorerState): void {
    for (const el of form!.elements) {
      if (el instanceof HTMLSelectElement || el instanceof HTMLInputElement) {
        const value = state[el.name as keyof ExplorerState];
        el.value = value === null || value === undefined ? '' : String(value);
      }
    }
  }

  function render(state: ExplorerState): void {
    const sorted = [...rows].sort((a, b) => compareRows(a.row, b.row, state.sort, state.dir));
    let shown = 0;
    for (const { tr, row } of sorted) {
      const visible = rowMatches(row, state);
      tr.hidden = !visible;
      if (visible) shown++;
      tbody.append(tr);
    }
    for (const th of headers) {
      if (th.dataset.key === state.sort) th.setAttribute('aria-sort', state.dir === 'asc' ? 'ascending' : 'descending');
      else th.removeAttribute('aria-sort');
    }
    count!.textContent = countLabel(shown, rows.length);
  }

  function apply(state: ExplorerState, push: boolean): void {
    const url = `${location.pathname}${serialiseExplorerState(state)}`;
    if (push) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
    render(state);
  }

  let timer: ReturnType<typeof setTimeout> | undefined;
  form.addEventListener('input', (event) => {
    if (!(event.target instanceof HTMLInputElement)) return;
    clearTimeout(timer);
    timer = setTimeout(() => apply(readForm(), false), 150);
  });
  form.addEventListener('change', (event) => {
    if (event.target instanceof HTMLSelectElement) apply(readForm(), true);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    apply(readForm(), true);
  });
  document.querySelector('#explorer-reset')?.addEventListener('click', (event) => {
    event.preventDefault();
    const state = parseExplorerState('');
    writeForm(state);
    apply(state, true);
  });
  window.addEventListener('popstate', () => {
    const state = parseExplorerState(location.search);
    writeForm(state);
    render(state);
  });

  form.hidden = false;
  const initial = parseExplorerState(location.search);
  writeForm(initial);
  render(initial);
}
