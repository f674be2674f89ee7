import { describe, expect, it } from 'vitest';
import { decodeWindows, encodeWindows } from '../../src/lib/due';
import { compareRows, countLabel, DEFAULT_STATE, parseExplorerState, rowMatches, serialiseExplorerState, type ExplorerRow, type ExplorerState } from '../../src/lib/explorer';

const AS_OF = '2026-12-02';
const row = (over: Partial<ExplorerRow>): ExplorerRow => ({
  name: 'A', lead: 'L', partners: '', electrolyte: 'sulfide', anode: 'Lithium metal', status: 'pilot-line', region: 'japan',
  kinds: ['carmaker'], nextYear: 2027, nextEnd: '2027-12-31', slip: 0, verified: '2026-11-01', text: 'a l sulfide',
  windows: [{ start: '2027-01-01', end: '2027-12-31' }, { start: null, end: '2026-06-30' }], ...over,
});

describe('explorer URL state', () => {
  it('round-trips every field and omits defaults', () => {
    const state = { ...DEFAULT_STATE, electrolyte: 'oxide', status: 'samples', region: 'europe', kind: 'start-up', from: 2026, to: 2028, q: 'power co', sort: 'slip' as const, dir: 'desc' as const };
    const qs = serialiseExplorerState(state);
    expect(qs).toBe('?electrolyte=oxide&status=samples&region=europe&kind=start-up&from=2026&to=2028&q=power+co&sort=slip&dir=desc');
    expect(parseExplorerState(qs)).toEqual(state);
    expect(serialiseExplorerState(DEFAULT_STATE)).toBe('');
  });

  it('ignores invalid sort keys and years', () => {
    const s = parseExplorerState('?sort=evil&dir=sideways&from=20x6&to=2030');
    expect(s.sort).toBe('name');
    expect(s.dir).toBe('asc');
    expect(s.from).toBeNull();
    expect(s.to).toBe(2030);
  });
});

describe('rowMatches', () => {
  it.each([
    [{ electrolyte: 'sulfide' }, true],
    [{ electrolyte: 'oxide' }, false],
    [{ status: 'samples' }, false],
    [{ region: 'japan' }, true],
    [{ kind: 'carmaker' }, true],
    [{ kind: 'start-up' }, false],
    [{ from: 2027 }, true],
    [{ from: 2028 }, false],
    [{ to: 2026 }, false],
    [{ from: 2026, to: 2027 }, true],
    [{ q: 'SULFIDE l' }, true],
    [{ q: 'sulfide oxide' }, false],
    // A window that closed on 2026-06-30 is overdue on the as-of day; the 2027 window opens within 12 months.
    [{ due: 'overdue' }, true],
    [{ due: 'soon' }, true],
  ] satisfies [Partial<ExplorerState>, boolean][])('%j → %s', (filters, expected) => {
    expect(rowMatches(row({}), { ...DEFAULT_STATE, ...filters }, AS_OF)).toBe(expected);
  });

  it('drops rows with no open target when a year range is set', () => {
    expect(rowMatches(row({ nextYear: null, nextEnd: '' }), { ...DEFAULT_STATE, from: 2020 }, AS_OF)).toBe(false);
    expect(rowMatches(row({ nextYear: null, nextEnd: '' }), DEFAULT_STATE, AS_OF)).toBe(true);
  });
});

describe('compareRows', () => {
  const rows = [row({ name: 'B', slip: 12, nextEnd: '2028-03-31' }), row({ name: 'A', slip: 39, nextEnd: '' }), row({ name: 'C', slip: 12, nextEnd: '2026-12-31' })];
  it('sorts numbers numerically and ties by name', () => {
    expect([...rows].sort((a, b) => compareRows(a, b, 'slip', 'desc')).map((r) => r.name)).toEqual(['A', 'B', 'C']);
    expect([...rows].sort((a, b) => compareRows(a, b, 'slip', 'asc')).map((r) => r.name)).toEqual(['B', 'C', 'A']);
  });
  it('puts rows without a next target last when sorting by next target', () => {
    expect([...rows].sort((a, b) => compareRows(a, b, 'next', 'asc')).map((r) => r.name)).toEqual(['C', 'B', 'A']);
  });
});

it('labels the count', () => {
  expect(countLabel(33, 33)).toBe('All 33 programmes shown.');
  expect(countLabel(4, 33)).toBe('4 of 33 programmes shown.');
});

describe('the due filter, judged on the page’s as-of day', () => {
  const due = (windows: ExplorerRow['windows'], filter: 'overdue' | 'soon', asOf = AS_OF) => rowMatches(row({ windows }), { ...DEFAULT_STATE, due: filter }, asOf);
  it.each([
    [[{ start: '2027-01-01', end: '2027-12-31' }], 'overdue', false],
    [[{ start: '2027-01-01', end: '2027-12-31' }], 'soon', true],
    [[{ start: '2028-01-01', end: '2028-12-31' }], 'soon', false],
    [[{ start: null, end: '2027-12-02' }], 'soon', true],
    [[{ start: null, end: '2027-12-03' }], 'soon', false],
    [[{ start: '2026-01-01', end: '2026-12-01' }], 'overdue', true],
    [[{ start: '2026-01-01', end: '2026-12-02' }], 'overdue', false],
    [[], 'overdue', false],
  ] as const)('%j is %s: %s', (windows, filter, expected) => {
    expect(due([...windows], filter)).toBe(expected);
  });

  it('moves with the as-of day, not the clock', () => {
    const windows = [{ start: '2027-01-01', end: '2027-12-31' }];
    expect(due(windows, 'overdue', '2028-01-01')).toBe(true);
    expect(due(windows, 'soon', '2025-12-01')).toBe(false);
  });

  it('keeps the due filter in the URL', () => {
    expect(serialiseExplorerState({ ...DEFAULT_STATE, due: 'overdue' })).toBe('?due=overdue');
    expect(parseExplorerState('?due=later').due).toBe('');
  });
});

describe('windows in a data attribute', () => {
  it('round-trip', () => {
    const windows = [{ start: '2027-04-01', end: '2028-03-31' }, { start: null, end: '2030-12-31' }];
    expect(encodeWindows(windows)).toBe('2027-04-01/2028-03-31 /2030-12-31');
    expect(decodeWindows(encodeWindows(windows))).toEqual(windows);
  });
});
