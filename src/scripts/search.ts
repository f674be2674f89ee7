/**
 * Search page enhancement: loads Pagefind (only on this page, only when the
 * reader searches), keeps query and filters in the URL, and renders results
 * as plain links. Results and the count are announced through a live region.
 */
import { pagefindFilters, resultSummary, searchUrlState, type SearchState } from '../lib/search-state';
import { SEARCH_FILTER_NAMES } from '../lib/search-filters';
import { bindUrlState } from './url-binding';
import { required } from './dom';

interface PagefindResult {
  data: () => Promise<{ url: string; excerpt: string; meta: Record<string, string> }>;
}
interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  search: (q: string | null, o?: { filters?: Record<string, string> }) => Promise<{ results: PagefindResult[] } | null>;
}

const BASE = import.meta.env.BASE_URL;
const form = required<HTMLFormElement>(document, '#search-form');
const input = required<HTMLInputElement>(form, 'input[name="q"]');
const status = required<HTMLElement>(document, '#search-status');
const list = required<HTMLOListElement>(document, '#search-results');
let pagefind: Promise<Pagefind> | undefined;
let generation = 0;

function load(): Promise<Pagefind> {
  pagefind ??= import(/* @vite-ignore */ `${BASE}pagefind/pagefind.js`).then(async (pf: Pagefind) => {
    await pf.options({ baseUrl: BASE });
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

async function run(state: SearchState): Promise<void> {
  const mine = ++generation;
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
  list.replaceChildren(
    ...data.map((d) => {
      const li = document.createElement('li');
      const h = document.createElement('h2');
      const a = document.createElement('a');
      a.href = d.url;
      a.textContent = d.meta.title ?? d.url;
      h.append(a);
      const meta = document.createElement('p');
      meta.className = 'meta';
      meta.textContent = [d.meta.type, d.meta.date].filter(Boolean).join(' · ');
      li.append(h, excerptNode(d.excerpt));
      if (meta.textContent) li.append(meta);
      return li;
    }),
  );
  const shown = found.results.length > data.length ? ` Showing the first ${data.length}.` : '';
  status.textContent = resultSummary(found.results.length, state) + shown;
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
if (!binding.initial.q) input.focus();
