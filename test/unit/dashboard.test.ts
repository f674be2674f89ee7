import { describe, expect, it } from 'vitest';
import { announcementOf } from '../helpers/milestone-data';
import { biggestSlips, countBy, upcomingMilestones } from '../../src/lib/dashboard';
import { viewMilestone } from '../../src/lib/milestones';
import { prevNext, tableOfContents } from '../../src/lib/docs-nav';
import { isStale } from '../../src/lib/freshness';

const src = { title: 'T', publisher: 'P', url: 'https://example.com/' };
const ann = announcementOf(src);
const AS_OF = '2026-11-29';
const records = [
  { id: 'a', shortName: 'Alpha', milestones: [viewMilestone({ id: 'sop', title: 'SOP', announcements: [ann('2020-01-01', '2025'), ann('2023-01-01', '2027-04/2029-03')] }, AS_OF)] },
  { id: 'b', shortName: 'Beta', milestones: [
    viewMilestone({ id: 'pilot', title: 'Pilot', announcements: [ann('2024-01-01', '2027-06')] }, AS_OF),
    viewMilestone({ id: 'late', title: 'Late', announcements: [ann('2022-01-01', '2025-H1'), ann('2024-01-01', '2026-Q1')] }, AS_OF),
    viewMilestone({ id: 'far', title: 'Far', announcements: [ann('2024-01-01', '2031')] }, AS_OF),
  ] },
];

describe('upcomingMilestones', () => {
  it('lists open milestones whose window opens within the horizon, soonest first, excluding overdue ones', () => {
    expect(upcomingMilestones(records, AS_OF, 3).map((u) => u.milestone.id)).toEqual([]);
    expect(upcomingMilestones(records, AS_OF, 6).map((u) => u.milestone.id)).toEqual(['sop']);
    expect(upcomingMilestones(records, AS_OF, 8).map((u) => u.milestone.id)).toEqual(['pilot', 'sop']);
    expect(upcomingMilestones(records, AS_OF, 24).map((u) => u.milestone.id)).toEqual(['pilot', 'sop']);
    expect(upcomingMilestones(records, AS_OF, 60).map((u) => u.milestone.id)).toEqual(['pilot', 'sop', 'far']);
  });
});

describe('biggestSlips', () => {
  it('orders positive slips largest first', () => {
    expect(biggestSlips(records, 5).map((s) => [s.milestone.id, s.milestone.slipMonths])).toEqual([['sop', 39], ['late', 9]]);
    expect(biggestSlips(records, 1)).toHaveLength(1);
  });
});

describe('countBy', () => {
  it('keeps zero groups in key order', () => {
    expect(countBy(['x', 'y', 'x'], (v) => v, ['y', 'z', 'x'])).toEqual([{ key: 'y', count: 1 }, { key: 'z', count: 0 }, { key: 'x', count: 2 }]);
  });
});

describe('docs navigation', () => {
  const groups = [{ label: 'G', links: [{ label: '1', href: '/g/1/' }, { label: '2', href: '/g/2/' }] }, { label: 'E', links: [{ label: '3', href: '/e/3/' }] }];
  it('links previous and next across groups', () => {
    expect(prevNext(groups, '/g/2/')).toEqual({ prev: { label: '1', href: '/g/1/' }, next: { label: '3', href: '/e/3/' } });
    expect(prevNext(groups, '/g/1/')).toEqual({ next: { label: '2', href: '/g/2/' } });
    expect(prevNext(groups, '/nope/')).toEqual({});
  });
  it('keeps h2 and h3 in the table of contents', () => {
    expect(tableOfContents([{ depth: 1, slug: 'a', text: 'A' }, { depth: 2, slug: 'b', text: 'B' }, { depth: 3, slug: 'c', text: 'C' }, { depth: 4, slug: 'd', text: 'D' }]).map((h) => h.slug)).toEqual(['b', 'c']);
  });
});

describe('long tables of contents', () => {
  it('keep only h2 entries beyond the limit', () => {
    const many = Array.from({ length: 30 }, (_, i) => ({ depth: i % 5 === 0 ? 2 : 3, slug: `h${i}`, text: `H${i}` }));
    expect(tableOfContents(many).map((h) => h.depth)).toEqual([2, 2, 2, 2, 2, 2]);
  });
});

describe('isStale', () => {
  it.each([
    ['2025-11-29', true],
    ['2025-11-30', false],
    ['2025-11', false],
    ['2025-10', true],
    ['2025-12', false],
    ['2025', false],
    ['2024', true],
    [undefined, true],
  ])('last update %s is stale as of 2026-11-29: %s', (last, stale) => {
    expect(isStale(last, '2026-11-29')).toBe(stale);
  });
});
