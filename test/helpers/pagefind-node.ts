/**
 * Runs the built site's Pagefind index from Node (no browser): its own
 * pagefind.js with a fetch that reads files from disk (see STACK.md).
 * Used by the ranking tests, which need the real index, not a mock.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PAGEFIND_RANKING } from '../../src/lib/search-ranking';

export interface NodeResult {
  url: string;
  meta: Record<string, string>;
  excerpt: string;
  sub_results: { title: string; url: string; excerpt: string }[];
}

interface PagefindApi {
  options(o: Record<string, unknown>): Promise<void>;
  search(q: string, o?: { filters?: Record<string, string> }): Promise<{ results: { data(): Promise<NodeResult> }[] }>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

let shimmed = false;
function shimFetch(): void {
  if (shimmed) return;
  shimmed = true;
  const original = globalThis.fetch;
  globalThis.fetch = (async (input: string | URL | Request, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (url.startsWith('file:')) return new Response(await readFile(new URL(url)));
    return original(input, init);
  }) as typeof fetch;
}

/** Loads the index of the built site in `dir`; each call gets a fresh module instance. */
export async function loadPagefind(dir: string): Promise<PagefindApi> {
  shimFetch();
  const bundle = pathToFileURL(join(dir, 'pagefind') + '/');
  const pf = (await import(`${new URL('pagefind.js', bundle).href}?v=${Math.random()}`)) as PagefindApi;
  await pf.options({ basePath: bundle.href, baseUrl: '/', ranking: PAGEFIND_RANKING });
  return pf;
}

/** The URLs of the first `n` results for a query. */
export async function topUrls(pf: PagefindApi, query: string, n = 5): Promise<string[]> {
  const found = await pf.search(query);
  return Promise.all(found.results.slice(0, n).map(async (r) => (await r.data()).url));
}
