/** The URL-state codec every filter page uses, and the pages' codecs built on it. */
import { describe, expect, it } from 'vitest';
import { oneOf, textField, urlState, yearField } from '../../src/lib/url-state';
import { explorerUrl } from '../../src/lib/explorer';
import { changesUrl } from '../../src/lib/changes-filter';
import { timelineCountLabel, timelineUrl } from '../../src/lib/timeline-filter';
import { shownLabel } from '../../src/lib/plural';
import { compareStatus, compareUrl } from '../../src/lib/compare';

const codec = urlState({ q: textField, sort: oneOf(['name', 'slip'] as const, 'name'), from: yearField });

describe('urlState', () => {
  it.each([
    ['', { q: '', sort: 'name', from: null }],
    ['?q=%20sulfide%20', { q: 'sulfide', sort: 'name', from: null }],
    ['?sort=slip&from=2027', { q: '', sort: 'slip', from: 2027 }],
    ['?sort=evil&from=20x7&other=1', { q: '', sort: 'name', from: null }],
    ['sort=slip', { q: '', sort: 'slip', from: null }],
  ])('parses %j', (search, expected) => {
    expect(codec.parse(search)).toEqual(expected);
  });

  it.each([
    [{ q: '', sort: 'name', from: null }, ''],
    [{ q: 'a b', sort: 'name', from: null }, '?q=a+b'],
    // Declared order, not the object's order; defaults left out.
    [{ from: 2030, sort: 'slip', q: 'x' }, '?q=x&sort=slip&from=2030'],
  ] as const)('writes %j as %j', (state, expected) => {
    expect(codec.serialise(state)).toBe(expected);
  });

  it('round-trips through the URL', () => {
    const state = { q: 'lithium metal', sort: 'slip', from: 2028 } as const;
    expect(codec.parse(codec.serialise(state))).toEqual(state);
  });
});

describe('page codecs', () => {
  it('the explorer keeps a sort column and direction apart', () => {
    expect(explorerUrl.serialise({ ...explorerUrl.defaults, dir: 'desc' })).toBe('?dir=desc');
    expect(explorerUrl.parse('?sort=slip&dir=sideways')).toMatchObject({ sort: 'slip', dir: 'asc' });
  });

  it('the changes page reads an unknown kind as all kinds', () => {
    expect(changesUrl.parse('?kind=exploded&electrolyte=oxide')).toEqual({ kind: '', electrolyte: 'oxide' });
    expect(changesUrl.serialise({ kind: 'later', electrolyte: '' })).toBe('?kind=later');
  });

  it('the timeline keeps family and status', () => {
    expect(timelineUrl.parse('?status=paused&family=sulfide')).toEqual({ family: 'sulfide', status: 'paused' });
    expect(timelineUrl.serialise({ family: '', status: 'paused' })).toBe('?status=paused');
  });
});

describe('shownLabel', () => {
  it.each([
    [33, 33, 'programme', 'All 33 programmes shown.'],
    [12, 33, 'programme', '12 of 33 programmes shown.'],
    [0, 1, 'change', '0 of 1 change shown.'],
    [1, 1, 'change', 'All 1 change shown.'],
  ])('%i of %i %s', (shown, total, noun, expected) => {
    expect(shownLabel(shown, total, noun)).toBe(expected);
  });

  it('the timeline counts milestones', () => {
    expect(timelineCountLabel(40, 126)).toBe('40 of 126 milestones shown.');
  });
});

describe('compare codec', () => {
  it.each([
    ['?p=toyota-idemitsu,samsung-sdi', ['toyota-idemitsu', 'samsung-sdi']],
    ['?p=a,a,b', ['a', 'b']],
    ['?p=a,b,c,d,e', ['a', 'b', 'c', 'd']],
    ['?p=a,<script>,b', ['a', 'b']],
    ['', []],
  ])('reads %j', (search, expected) => {
    expect(compareUrl.parse(search).p).toEqual(expected);
  });

  it('writes the list with plain commas, as a reader would type it', () => {
    expect(compareUrl.serialise({ p: ['toyota-idemitsu', 'samsung-sdi'] })).toBe('?p=toyota-idemitsu,samsung-sdi');
    expect(compareUrl.serialise({ p: [] })).toBe('');
  });

  it.each([
    [[], 'Choose 2 to 4 programmes to compare.'],
    [['a'], 'Choose at least one more programme (up to 4).'],
    [['a', 'b', 'c'], 'Comparing 3 programmes.'],
  ])('says %j', (chosen, expected) => {
    expect(compareStatus(chosen)).toBe(expected);
  });
});
