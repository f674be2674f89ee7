import { describe, expect, it } from 'vitest';
import { announcementOf } from '../helpers/milestone-data';
import { changeTitle, classifyMove, eventDay, milestoneEvents, monthsLate, sortEvents } from '../../src/lib/changes';
import { changeMatches, changesCountLabel, parseChangesState, serialiseChangesState } from '../../src/lib/changes-filter';
import { viewMilestone } from '../../src/lib/milestones';
import { parseTarget } from '../../src/lib/targets';
import type { MilestoneInput as Milestone } from '../../src/lib/milestones';

const src = { title: 'T', publisher: 'P', url: 'https://example.com/' };
const ann = announcementOf(src);
const AS_OF = '2026-11-29';
const events = (m: Milestone) => milestoneEvents('toyota', 'Toyota', viewMilestone(m, AS_OF));

describe('classifyMove', () => {
  it.each([
    ['2025', '2027-04/2029-03', 'later', 39],
    ['2028', '2027-H1', 'earlier', -18],
    ['2027', '2027-H2', 'narrowed', 0],
    ['2027-Q4', '2027', 'widened', 0],
    ['2027', 'by 2027', 'widened', 0],
    ['by 2027', '2027', 'narrowed', 0],
    ['2027', '2027', 'reaffirmed', 0],
    ['2027-06', '2027-06-30', 'narrowed', 0],
    ['2027-06-15', '2027-06-30', 'reaffirmed', 0],
    ['2026-H2/2027', '2027', 'narrowed', 0],
    ['2026', '2026-09', 'narrowed', -3],
    ['2023-Q1', '2023-H1', 'widened', 3],
    ['2022', '2022-H1', 'narrowed', -6],
    ['2027-04/2028-03', '2027', 'earlier', -3],
    ['2027/2028', '2027-04/2029-03', 'later', 3],
  ])('%s → %s is %s (%i months)', (a, b, kind, months) => {
    expect(classifyMove(parseTarget(a), parseTarget(b))).toEqual({ kind, months });
  });
});

describe('milestoneEvents', () => {
  it('turns each announcement after the first into a change, with the first as "new"', () => {
    const list = events({ id: 'bev', title: 'BEVs', announcements: [ann('2023-10-12', '2027-04/2029-03'), ann('2019-10', '2025'), ann('2023-06-13', '2027/2028')] });
    expect(list.map((e) => [e.date, e.kind, e.months])).toEqual([
      ['2019-10', 'new', null],
      ['2023-06-13', 'later', 36],
      ['2023-10-12', 'later', 3],
    ]);
    expect(list[1]!.oldTarget?.text).toBe('2025');
    expect(list[1]!.newTarget?.text).toBe('2027/2028');
    expect(new Set(list.map((e) => e.id)).size).toBe(3);
  });

  it('adds an achieved event measured against the current window', () => {
    const list = events({ id: 'fid', title: 'FID', announcements: [ann('2024-10-28', '2025')], achieved: { date: '2026-01-29', source: src } });
    expect(list.at(-1)).toMatchObject({ kind: 'achieved', date: '2026-01-29', months: 1 });
    expect(changeTitle(list.at(-1)!)).toBe('Toyota: FID: achieved 29 January 2026, 1 month after its target (2025)');
    const early = events({ id: 'x', title: 'X', announcements: [ann('2024-01-01', '2025')], achieved: { date: '2025-03', source: src } });
    expect(changeTitle(early.at(-1)!)).toBe('Toyota: X: achieved March 2025, within its target (2025)');
  });

  it('measures an achievement against the target in force when it happened', () => {
    const m = { id: 'fid', title: 'FID', announcements: [ann('2024-10-28', '2025'), ann('2025-02-27', '2025-04/2026-03'), ann('2026-06-01', '2027')], achieved: { date: '2026-01-29', source: src } };
    const list = events(m);
    expect(list.at(-1)).toMatchObject({ kind: 'achieved', months: -2 });
    expect(list.at(-1)!.oldTarget?.text).toBe('2025-04/2026-03');
    expect(changeTitle(list.at(-1)!)).toBe('Toyota: FID: achieved 29 January 2026, within its target (FY2025)');
    expect(monthsLate(viewMilestone(m, AS_OF))).toBe(-2);
  });

  it('adds a dropped event for an abandoned milestone', () => {
    const list = events({ id: 'hev', title: 'Hybrids', announcements: [ann('2021', 'by 2025')], abandoned: { date: '2023-06-13', source: { title: 'T', publisher: 'P', url: 'https://news.example.com/dropped' } } });
    expect(list.map((e) => e.kind)).toEqual(['new', 'dropped']);
    expect(changeTitle(list[1]!)).toBe('Toyota: Hybrids: dropped (last target by 2025)');
  });

  it('writes plain titles for moves', () => {
    const list = events({ id: 'sop', title: 'start of production', announcements: [ann('2019-10', '2025'), ann('2023-10-12', '2027-04/2029-03')] });
    expect(changeTitle(list[0]!)).toBe('Toyota: start of production: first target 2025');
    expect(changeTitle(list[1]!)).toBe('Toyota: start of production: moved from 2025 to FY2027–28 (+39 months)');
  });
});

describe('sortEvents and eventDay', () => {
  it('orders newest first, placing month and year dates at their first day, after precise dates there', () => {
    expect(eventDay('2021')).toBe('2021-01-01');
    expect(eventDay('2019-10')).toBe('2019-10-01');
    const all = [
      ...events({ id: 'a', title: 'A', announcements: [ann('2021', '2025'), ann('2023-06-13', '2026')] }),
      ...events({ id: 'b', title: 'B', announcements: [ann('2021-01-01', '2025'), ann('2024-02-01', '2027')] }),
    ];
    expect(sortEvents(all).map((e) => `${e.milestoneId}:${e.date}`)).toEqual(['b:2024-02-01', 'a:2023-06-13', 'b:2021-01-01', 'a:2021']);
  });
});

describe('changes filter state', () => {
  it('round-trips and rejects unknown kinds', () => {
    expect(parseChangesState('?kind=later&electrolyte=oxide')).toEqual({ kind: 'later', electrolyte: 'oxide' });
    expect(parseChangesState('?kind=bogus').kind).toBe('');
    expect(serialiseChangesState({ kind: 'achieved', electrolyte: '' })).toBe('?kind=achieved');
    expect(serialiseChangesState({ kind: '', electrolyte: '' })).toBe('');
  });
  it('matches on both filters', () => {
    expect(changeMatches({ kind: 'later', electrolyte: 'oxide' }, { kind: 'later', electrolyte: '' })).toBe(true);
    expect(changeMatches({ kind: 'later', electrolyte: 'oxide' }, { kind: 'later', electrolyte: 'sulfide' })).toBe(false);
    expect(changesCountLabel(3, 10)).toBe('3 of 10 changes shown.');
  });
});
