/**
 * /changes/ filters: kind and electrolyte family, kept in the URL; the full
 * list is there without JavaScript. The count is announced in a live region.
 */
import { changeMatches, changesCountLabel, changesUrl, type ChangesState } from '../lib/changes-filter';
import { bindUrlState } from './url-binding';

const form = document.querySelector<HTMLFormElement>('#changes-form');
const count = document.querySelector<HTMLElement>('#changes-count');
const kind = form?.querySelector<HTMLSelectElement>('select[name="kind"]');
const electrolyte = form?.querySelector<HTMLSelectElement>('select[name="electrolyte"]');
const items = [...document.querySelectorAll<HTMLLIElement>('#changes-list > li')];

if (form && count && kind && electrolyte) {
  const binding = bindUrlState(changesUrl, {
    write: (s) => {
      kind.value = s.kind;
      electrolyte.value = s.electrolyte;
    },
    render: (s: ChangesState) => {
      let shown = 0;
      for (const li of items) {
        const visible = changeMatches({ kind: li.dataset.kind ?? '', electrolyte: li.dataset.electrolyte ?? '' }, s);
        li.hidden = !visible;
        if (visible) shown++;
      }
      count.textContent = changesCountLabel(shown, items.length);
    },
  });
  // Through the codec, so a value the page does not know reads as "all".
  const apply = () => binding.commit(changesUrl.parse(changesUrl.serialise({ kind: kind.value as ChangesState['kind'], electrolyte: electrolyte.value })));
  form.addEventListener('change', apply);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    apply();
  });
  form.hidden = false;
}
