import { describe, expect, it } from 'vitest';
import { pagefindFilters, parseSearchState, resultSummary, serialiseSearchState } from '../../src/lib/search-state';
import { filterEntries, programmeSearchInfo, searchFilterOptions } from '../../src/lib/search-info';
import { SEARCH_FILTERS } from '../../src/lib/search-filters';
import { indexSite } from '../../src/lib/site-index';
import { loadContentSet } from '../../src/lib/content-set';

describe('search URL state', () => {
  it('round-trips query and filters in a fixed order', () => {
    const s = parseSearchState('?year=2025&q=%20sulfide%20&type=news&bogus=1');
    expect(s).toEqual({ q: 'sulfide', filters: { type: 'news', year: '2025' } });
    expect(serialiseSearchState(s)).toBe('?q=sulfide&type=news&year=2025');
    expect(serialiseSearchState({ q: '', filters: {} })).toBe('');
  });

  it('passes only set filters to Pagefind', () => {
    expect(pagefindFilters({ q: 'x', filters: { type: 'news', status: '' } })).toEqual({ type: 'news' });
  });

  it('summarises results for screen readers', () => {
    expect(resultSummary(0, { q: 'x', filters: {} })).toBe('No results for “x”.');
    expect(resultSummary(1, { q: 'x', filters: { type: 'news' } })).toBe('1 result for “x” with the chosen filters.');
    expect(resultSummary(5, { q: '', filters: { type: 'news' } })).toBe('5 results with the chosen filters.');
  });
});

describe('filterEntries', () => {
  it('always names the page type and de-duplicates and sorts values', () => {
    expect(filterEntries({ type: 'news', description: 'd', filters: { organisation: ['Toyota', 'Idemitsu', 'Toyota'], year: ['2023'] } })).toEqual([
      { name: 'type', value: 'news' },
      { name: 'organisation', value: 'Idemitsu' },
      { name: 'organisation', value: 'Toyota' },
      { name: 'year', value: '2023' },
    ]);
  });
});

describe('search filter options, from the real content', () => {
  const content = loadContentSet('content');
  const index = indexSite(content, '2026-12-02');
  const options = Object.fromEntries(searchFilterOptions(index).map((f) => [f.name, f]));

  it('offers every filter of the table, the article kind included', () => {
    expect(Object.keys(options)).toEqual(SEARCH_FILTERS.map((f) => f.name));
    expect(options.kind?.options).toEqual([
      ['Analysis', 'Analysis'],
      ['News report', 'News report'],
    ]);
  });

  it('lists page types in reading order and years newest first', () => {
    expect(options.type?.options.map(([v]) => v)).toEqual(['news', 'programme', 'organisation', 'guide', 'change']);
    const years = options.year?.options.map(([v]) => v) ?? [];
    expect(years).toEqual([...years].sort().reverse());
    expect(years).toContain('2023');
  });

  it('offers "Not disclosed" because a programme page gives it as its electrolyte', () => {
    const undisclosed = index.programmes.filter((p) => p.electrolyte === null);
    expect(undisclosed.length).toBeGreaterThan(0);
    expect(programmeSearchInfo(undisclosed[0]!).filters?.electrolyte).toEqual(['Not disclosed']);
    expect(options.electrolyte?.options.map(([v]) => v)).toContain('Not disclosed');
  });

  it('offers the organisations a programme page names, and only organisations on file', () => {
    const toyota = index.programmeById.get('toyota-idemitsu');
    expect(toyota && programmeSearchInfo(toyota).filters?.organisation?.slice(0, 2)).toEqual(['Toyota', 'Idemitsu']);
    const organisations = options.organisation?.options.map(([v]) => v) ?? [];
    expect(organisations).toEqual(expect.arrayContaining(['Toyota', 'Idemitsu']));
    const named = new Set(index.organisations.map((o) => o.data.shortName ?? o.data.name));
    for (const name of organisations) expect(named.has(name), name).toBe(true);
  });
});
