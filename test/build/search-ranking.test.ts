/**
 * Search relevance and result presentation on the real index, run from Node
 * (the site's own pagefind.js; test/helpers/pagefind-node.ts) with the ranking
 * the search page uses. One table of cases: a query naming a record puts that
 * record first or second; a query naming an event keeps its article in the
 * top three, company names included; aliases and native names find the record.
 */
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { loadPagefind, type NodeResult } from '../helpers/pagefind-node';

const dir = inject('siteDir');
type Pf = Awaited<ReturnType<typeof loadPagefind>>;
let pf: Pf;
const results = async (q: string, n = 10): Promise<NodeResult[]> => Promise.all((await pf.search(q)).results.slice(0, n).map((r) => r.data()));

// [query, page expected, at most this rank (1-based)]
const RANKING: [string, string, number][] = [
  ['idemitsu', '/organisations/idemitsu-kosan/', 2],
  ['idemitsu', '/programmes/toyota-idemitsu/', 2],
  ['toyota', '/programmes/toyota-idemitsu/', 2],
  ['toyota', '/organisations/toyota/', 2],
  ['samsung sdi', '/programmes/samsung-sdi/', 2],
  ['quantumscape', '/programmes/quantumscape-powerco/', 2],
  ['CATL', '/programmes/catl/', 2],
  ['Kanadevia', '/organisations/kanadevia/', 2],
  ['sulfide', '/electrolytes/sulfide/', 2],
  ['oxide', '/electrolytes/oxide/', 2],
  // Aliases and native names
  ['Hitachi Zosen', '/organisations/kanadevia/', 2],
  ['Hongqi', '/programmes/faw-hongqi/', 2],
  ['Hongqi', '/organisations/faw/', 2],
  ['出光', '/organisations/idemitsu-kosan/', 2],
  // Events, named with a company
  ['Idemitsu pilot plant', '/news/idemitsu-pilot-plant-investment-decision/', 3],
  ['Hongqi Tiangong', '/news/hongqi-tiangong-06-all-solid-state-prototype/', 3],
  ['Kanadevia Suzuki', '/news/kanadevia-sells-solid-state-battery-business-to-suzuki/', 3],
  ['Donut Lab CES', '/news/donut-lab-claims-production-solid-state-battery-ces-2026/', 3],
];

describe('search ranking', () => {
  beforeAll(async () => {
    pf = await loadPagefind(dir);
  }, 30_000);

  it.each(RANKING)('“%s” puts %s in the top %i', async (query, url, rank) => {
    const urls = (await results(query, rank)).map((r) => r.url);
    expect(urls).toContain(url);
  }, 20_000);
});

describe('search result presentation', () => {
  const QUERIES = ['idemitsu', 'toyota', 'sulfide', 'Hongqi', 'quantumscape', 'pilot plant', 'target'];
  // Table text run together ("KindCarmaker", "CountryJapan"), a facts list, or a source line in an excerpt.
  const RUN_TOGETHER = /Kind[A-Z]|Country[A-Z]|Website[a-z]|Lead[A-Z][a-z]+Partners|Electrolyte(Sulfide|Oxide|Polymer)|headline not recorded|\[slug\]/;

  it.each(QUERIES)('“%s”: no excerpt shows table text run together or a source list', async (query) => {
    for (const r of await results(query)) expect(r.excerpt.replace(/<\/?mark>/g, ''), r.url).not.toMatch(RUN_TOGETHER);
  }, 20_000);

  it('gives a programme result its key facts, an organisation its kind, country and programmes, a news result the programmes it covers', async () => {
    const byUrl = new Map((await results('idemitsu', 20)).map((r) => [r.url, r]));
    expect(byUrl.get('/programmes/toyota-idemitsu/')?.meta.facts).toMatch(/^Lead Toyota · Sulfide · Pilot line · next target .+ · slip \+\d+ months$/);
    expect(byUrl.get('/organisations/idemitsu-kosan/')?.meta.facts).toMatch(/^Materials supplier · Japan · 1 programme: Toyota–Idemitsu$/);
    expect(byUrl.get('/news/idemitsu-pilot-plant-investment-decision/')?.meta.facts).toBe('Covers Toyota–Idemitsu');
  }, 20_000);

  it('offers sections of a long guide as sub-results', async () => {
    const guide = (await results('overdue', 20)).find((r) => r.url === '/guides/methodology/');
    expect(guide?.sub_results.some((s) => s.url.startsWith('/guides/methodology/#'))).toBe(true);
  }, 20_000);
});
