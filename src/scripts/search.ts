/**
 * Search page enhancement: loads Pagefind (only on this page, only when the
 * reader searches), keeps query and filters in the URL, and renders results
 * as plain links. Results and the count are announced through a live region.
 */
import { pagefindFilters, resultSummary, searchUrlState, type SearchState } from '../lib/search-state';
import { RESULT_KIND_LABEL, SEARCH_FILTER_NAMES } from '../lib/search-filters';
import { formatIsoDay } from '../lib/dates';
import { nearestKey } from '../lib/nearest-key';
import { bindUrlState } from './url-binding';
import { required } from './dom';
import { PAGEFIND_RANKING } from '../lib/search-ranking';

interface ResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  sub_results?: { title: string; url: string; excerpt: string }[];
}
interface PagefindResult {
  data: () => Promise<ResultData>;
}
type FilterCounts = Record<string, Record<string, number>>;
interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  search: (q: string | null, o?: { filters?: Record<string, string> }) => Promise<{ results: PagefindResult[]; filters?: FilterCounts } | null>;
}

const BASE = import.meta.env.BASE_URL;
const form = required<HTMLFormElement>(document, '#search-form');
const input = required<HTMLInputElement>(form, 'input[name="q"]');
const status = required<HTMLElement>(document, '#search-status');
const list = required<HTMLOListElement>(document, '#search-results');
const hint = required<HTMLElement>(document, '#search-hint');
let pagefind: Promise<Pagefind> | undefined;
let generation = 0;
let firstRun = true;

function load(): Promise<Pagefind> {
  pagefind ??= import(/* @vite-ignore */ `${BASE}pagefind/pagefind.js`).then(async (pf: Pagefind) => {
    await pf.options({ baseUrl: BASE, ranking: PAGEFIND_RANKING });
    return pf;
  });
  return pagefind;
}

function readForm(): SearchState {
  const filters: SearchState['filters'] = {};
  for (const name of SEARCH_FILTER_NAMES) {
    const value = form.querySelector<HTMLSelectElement>(`select[name="${name}"]`)?.value;
    if (value) filters[name] = value;
  }
  return { q: input.value.trim(), filters };
}

function writeForm(state: SearchState): void {
  input.value = state.q;
  for (const name of SEARCH_FILTER_NAMES) {
    const select = form.querySelector<HTMLSelectElement>(`select[name="${name}"]`);
    if (select) select.value = state.filters[name] ?? '';
  }
}

/** Builds an excerpt from Pagefind's HTML, keeping only <mark> as markup. */
function excerptNode(html: string): HTMLParagraphElement {
  const p = document.createElement('p');
  const doc = new DOMParser().parseFromString(html, 'text/html');
  for (const node of doc.body.childNodes) {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      p.append(mark);
    } else p.append(node.textContent ?? '');
  }
  return p;
}

/** Shows how many pages each filter value would leave, next to its name (the option keeps its value). */
function showCounts(counts: FilterCounts): void {
  for (const name of SEARCH_FILTER_NAMES) {
    const select = form.querySelector<HTMLSelectElement>(`select[name="${name}"]`);
    for (const option of select?.options ?? []) {
      if (!option.value) continue;
      option.dataset.label ??= option.textContent ?? '';
      const n = counts[name]?.[option.value];
      option.textContent = `${option.dataset.label} (${n ?? 0})`;
    }
  }
}

/** One result: what it is, its title, its key facts or date, the excerpt, and sections of long guides. */
function resultItem(d: ResultData): HTMLLIElement {
  const li = document.createElement('li');
  const kind = document.createElement('p');
  kind.className = 'meta result-kind';
  kind.textContent = [RESULT_KIND_LABEL[d.meta.type ?? ''] ?? d.meta.type, d.meta.date && d.meta.type === 'news' ? formatIsoDay(d.meta.date) : ''].filter(Boolean).join(' · ');
  const h = document.createElement('h2');
  const a = document.createElement('a');
  a.href = d.url;
  a.textContent = d.meta.title ?? d.url;
  h.append(a);
  li.append(kind, h);
  if (d.meta.facts) {
    const facts = document.createElement('p');
    facts.className = 'result-facts';
    facts.textContent = d.meta.facts;
    li.append(facts);
  }
  li.append(excerptNode(d.excerpt));
  const sections = (d.sub_results ?? []).filter((r) => r.url !== d.url && r.url.includes('#')).slice(0, 3);
  if (d.meta.type === 'guide' && sections.length > 0) {
    const ul = document.createElement('ul');
    ul.className = 'sub-results';
    for (const r of sections) {
      const sub = document.createElement('li');
      const link = document.createElement('a');
      link.href = r.url;
      link.textContent = r.title;
      sub.append(link);
      ul.append(sub);
    }
    li.append(ul);
  }
  return li;
}

/** With no results: offer to drop the filters, or a name on the site close to what was typed. */
function suggest(state: SearchState): void {
  hint.replaceChildren();
  const filtered = Object.keys(pagefindFilters(state)).length > 0;
  const names = [...form.querySelectorAll<HTMLOptionElement>('select[name="organisation"] option, select[name="electrolyte"] option')].map((o) => o.value).filter(Boolean);
  const near = state.q ? nearestKey(state.q, names) : undefined;
  const link = (text: string, next: SearchState) => {
    const a = document.createElement('a');
    a.href = `${location.pathname}${searchUrlState.serialise(next)}`;
    a.textContent = text;
    return a;
  };
  if (filtered) hint.append('Try ', link('the same search without filters', { q: state.q, filters: {} }), '.');
  else if (near && near.toLowerCase() !== state.q.toLowerCase()) hint.append('Did you mean ', link(near, { q: near, filters: {} }), '?');
  else if (state.q.includes(' ')) hint.append('Try fewer words.');
}

async function run(state: SearchState): Promise<void> {
  const mine = ++generation;
  hint.replaceChildren();
  if (!state.q && Object.keys(pagefindFilters(state)).length === 0) {
    list.replaceChildren();
    status.textContent = 'Type a word to search programmes, news, organisations and guides.';
    return;
  }
  status.textContent = 'Searching…';
  const pf = await load();
  const found = await pf.search(state.q || null, { filters: pagefindFilters(state) });
  if (mine !== generation || !found) return;
  const data = await Promise.all(found.results.slice(0, 30).map((r) => r.data()));
  if (mine !== generation) return;
  list.replaceChildren(...data.map(resultItem));
  if (found.filters) showCounts(found.filters);
  const shown = found.results.length > data.length ? ` Showing the first ${data.length}.` : '';
  status.textContent = resultSummary(found.results.length, state) + shown;
  if (found.results.length === 0) suggest(state);
  // Arriving with a query (the header box, a shared link): reading starts at the results.
  if (firstRun) status.focus();
  firstRun = false;
}

const binding = bindUrlState(searchUrlState, { write: writeForm, render: run });

let timer: ReturnType<typeof setTimeout> | undefined;
input.addEventListener('input', () => {
  clearTimeout(timer);
  timer = setTimeout(() => binding.commit(readForm(), 'replace'), 200);
});
form.addEventListener('change', (event) => {
  if (event.target instanceof HTMLSelectElement) binding.commit(readForm());
});
form.addEventListener('submit', (event) => {
  event.preventDefault();
  binding.commit(readForm());
});
if (!binding.initial.q) {
  input.focus();
  firstRun = false;
}
