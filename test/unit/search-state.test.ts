import { describe, expect, it } from 'vitest';
import { pagefindFilters, parseSearchState, resultSummary, serialiseSearchState } from '../../src/lib/search-state';
import { filterEntries } from '../../src/lib/search-info';

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
