/**
 * /changes/ filters: kind and electrolyte family, kept in the URL; the full
 * list is there without JavaScript. The count is announced in a live region.
 */
import { changeMatches, changesCountLabel, parseChangesState, serialiseChangesState, type ChangesState } from '../lib/changes-filter';

const form = document.querySelector<HTMLFormElement>('#changes-form');
const count = document.querySelector<HTMLElement>('#changes-count');
const items = [...document.querySelectorAll<HTMLLIElement>('#changes-list > li')];

if (form && count) {
  const kind = form.querySelector<HTMLSelectElement>('select[name="kind"]')!;
  const electrolyte = form.querySelector<HTMLSelectElement>('select[name="electrolyte"]')!;

  const render = (s: ChangesState) => {
    let shown = 0;
    for (const li of items) {
      const visible = changeMatches({ kind: li.dataset.kind ?? '', electrolyte: li.dataset.electrolyte ?? '' }, s);
      li.hidden = !visible;
      if (visible) shown++;
    }
    count.textContent = changesCountLabel(shown, items.length);
  };
  const write = (s: ChangesState) => {
    kind.value = s.kind;
    electrolyte.value = s.electrolyte;
  };
  const apply = () => {
    const s = parseChangesState(serialiseChangesState({ kind: kind.value as ChangesState['kind'], electrolyte: electrolyte.value }));
    history.pushState(null, '', `${location.pathname}${serialiseChangesState(s)}${location.hash}`);
    render(s);
  };
  form.addEventListener('change', apply);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    apply();
  });
  window.addEventListener('popstate', () => {
    const s = parseChangesState(location.search);
    write(s);
    render(s);
  });
  form.hidden = false;
  const initial = parseChangesState(location.search);
  write(initial);
  render(initial);
}
