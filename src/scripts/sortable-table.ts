/**
 * Sorting for tables marked data-sortable: each column header becomes a
 * button; cells sort by their data-sort value (numbers as numbers), ties by
 * the first column; aria-sort tells assistive technology the order. Without
 * this script the table keeps its built order, which its caption states.
 */
for (const table of document.querySelectorAll<HTMLTableElement>('table[data-sortable]')) {
  const body = table.tBodies[0];
  const headers = [...(table.tHead?.rows[0]?.cells ?? [])];
  if (!body) continue;
  const value = (row: HTMLTableRowElement, i: number) => {
    const raw = row.cells[i]?.dataset.sort ?? '';
    const n = Number(raw);
    return raw !== '' && Number.isFinite(n) ? n : raw.toLowerCase();
  };
  headers.forEach((th, i) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'sort';
    button.textContent = th.textContent;
    button.addEventListener('click', () => {
      const dir = th.getAttribute('aria-sort') === 'ascending' ? 'descending' : 'ascending';
      const sign = dir === 'ascending' ? 1 : -1;
      const rows = [...body.rows].sort((a, b) => {
        const va = value(a, i);
        const vb = value(b, i);
        const base = typeof va === 'number' && typeof vb === 'number' ? va - vb : String(va).localeCompare(String(vb), 'en');
        return sign * base || String(value(a, 0)).localeCompare(String(value(b, 0)), 'en');
      });
      body.append(...rows);
      for (const other of headers) other.removeAttribute('aria-sort');
      th.setAttribute('aria-sort', dir);
    });
    th.replaceChildren(button);
  });
}
