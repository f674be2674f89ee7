import { describe, expect, it } from 'vitest';
import { announcementOf } from '../helpers/milestone-data';
import { lastAnnouncement, nextMilestone, totalSlip, viewMilestone } from '../../src/lib/milestones';
import type { MilestoneInput as Milestone } from '../../src/lib/milestones';

const src = { title: 'Report', publisher: 'Wire', url: 'https://example.com/a' };
const ann = announcementOf(src);

const toyota: Milestone = {
  id: 'bev',
  title: 'BEVs',
  announcements: [ann('2023-10-12', '2027-04/2029-03'), ann('2019-10', '2025'), ann('2023-06-13', '2027/2028')],
};

describe('viewMilestone', () => {
  it('sorts announcements by date and derives the slip from the first and latest window ends', () => {
    const v = viewMilestone(toyota, '2026-11-29');
    expect(v.history.map((a) => a.announced)).toEqual(['2019-10', '2023-06-13', '2023-10-12']);
    expect(v.first.target.text).toBe('2025');
    expect(v.current.target.text).toBe('2027-04/2029-03');
    expect(v.slipMonths).toBe(39);
    expect(v.history.map((a) => a.moved)).toEqual([0, 36, 3]);
    expect(v.state).toBe('open');
  });

  it('is overdue once the current window has passed without achievement', () => {
    const m: Milestone = { id: 'x', title: 'X', announcements: [ann('2022-01-01', '2025-H1')] };
    expect(viewMilestone(m, '2025-06-30').state).toBe('open');
    expect(viewMilestone(m, '2025-07-01').state).toBe('overdue');
  });

  it('is achieved when an achieved date is recorded, even after the window', () => {
    const m: Milestone = { id: 'x', title: 'X', announcements: [ann('2022-01-01', '2025')], achieved: { date: '2026-01-29', source: src } };
    expect(viewMilestone(m, '2026-11-29').state).toBe('achieved');
  });

  it('is abandoned when dropped, not overdue', () => {
    const m: Milestone = { id: 'x', title: 'X', announcements: [ann('2021', 'by 2025')], abandoned: { date: '2023-06-13', source: { title: 'T', publisher: 'P', url: 'https://news.example.com/dropped' } } };
    expect(viewMilestone(m, '2026-11-29').state).toBe('abandoned');
  });

  it('reports a pulled-forward target as a negative slip', () => {
    const m: Milestone = { id: 'x', title: 'X', announcements: [ann('2022-01-01', '2028'), ann('2023-01-01', '2027-H1')] };
    expect(viewMilestone(m, '2024-01-01').slipMonths).toBe(-18);
  });
});

describe('programme aggregates', () => {
  const asOf = '2026-11-29';
  const views = [
    viewMilestone(toyota, asOf),
    viewMilestone({ id: 'a', title: 'A', announcements: [ann('2024-10-28', '2027')] }, asOf),
    viewMilestone({ id: 'b', title: 'B', announcements: [ann('2024-10-28', '2025')], achieved: { date: '2026-01-29', source: src } }, asOf),
    viewMilestone({ id: 'c', title: 'C', announcements: [ann('2022-01-01', '2028'), ann('2023-01-01', '2027')] }, asOf),
  ];

  it('finds the next open milestone by window end', () => {
    expect(nextMilestone(views)?.id).toBe('a');
  });

  it('sums only positive slips', () => {
    expect(totalSlip(views)).toBe(39);
  });

  it('finds the newest announcement or achievement', () => {
    expect(lastAnnouncement(views)).toBe('2026-01-29');
  });
});
