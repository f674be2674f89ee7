/** Milestone calendars: one UID per milestone for life, status and SEQUENCE from the record, no build day in events. Parsed with ical.js. */
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { milestonesCalendar, revisions, webcalUrl } from '../../src/lib/calendar';
import { viewMilestone, type MilestoneInput } from '../../src/lib/milestones';
import { announcementOf } from '../helpers/milestone-data';
import { checkIcs } from '../helpers/ics-rules';
import { loadContentSet } from '../../src/lib/content-set';
import { indexSite } from '../../src/lib/site-index';

const src = { title: 'T', publisher: 'P', url: 'https://news.example.com/t' };
const ann = announcementOf(src);
const meta = { host: 'tracker.example', origin: 'https://tracker.example', name: 'Test', url: 'https://tracker.example/data/milestones.ics' };
const calendar = (m: MilestoneInput, asOf = '2026-12-02') => milestonesCalendar([{ id: 'p', shortName: 'P', milestones: [viewMilestone(m, asOf)] }], meta);
const onlyEvent = (text: string) => {
  const vevent = new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent');
  if (!vevent) throw new Error('no event');
  const get = (name: string) => vevent.getFirstPropertyValue(name);
  return { uid: get('uid'), sequence: get('sequence'), status: get('status'), start: String(get('dtstart')), end: String(get('dtend')), stamp: String(get('dtstamp')), modified: String(get('last-modified')), description: String(get('description')) };
};

const sop = { id: 'sop', title: 'SOP', announcements: [ann('2023-10-12', '2027-04/2028-03', 'fiscal 2027')] };

describe('milestone calendar', () => {
  it('puts an open milestone on its deadline as a one-day TENTATIVE event, stamped on its announcement day', () => {
    const e = onlyEvent(calendar(sop));
    expect(e).toMatchObject({ uid: 'p.sop@tracker.example', sequence: 0, status: 'TENTATIVE', start: '2028-03-31', end: '2028-04-01', stamp: '2023-10-12T00:00:00Z', modified: '2023-10-12T00:00:00Z' });
    expect(e.description).toContain('window 2027-04-01 to 2028-03-31');
    expect(e.description).toContain('“fiscal 2027”');
  });

  it('keeps the UID and bumps SEQUENCE, dates and stamp when the target is restated', () => {
    const before = onlyEvent(calendar(sop));
    const after = onlyEvent(calendar({ ...sop, announcements: [...sop.announcements, ann('2025-02-01', '2029', '2029')] }));
    expect(after.uid).toBe(before.uid);
    expect(after.sequence).toBe(1);
    expect([after.start, after.end, after.stamp]).toEqual(['2029-12-31', '2030-01-01', '2025-02-01T00:00:00Z']);
  });

  it.each([
    ['achieved', 'CONFIRMED', '2028-02-01', 1, { achieved: { date: '2028-02', source: src } }],
    ['dropped', 'CANCELLED', '2028-03-31', 1, { abandoned: { date: '2024-07-05', source: src } }],
    ['claimed but disputed', 'TENTATIVE', '2028-03-31', 1, { achieved: { date: '2026-01-05', source: src, disputed: { note: 'Doubted.', sources: [src] } } }],
    ['corrected twice', 'TENTATIVE', '2028-03-31', 2, { corrections: [{ date: '2026-12-02', text: 'Date fixed.' }, { date: '2026-11-01', text: 'Words fixed.' }] }],
  ] satisfies [string, string, string, number, Partial<MilestoneInput>][])('%s: %s on %s, SEQUENCE %i', (_name, status, start, sequence, extra) => {
    const e = onlyEvent(calendar({ ...sop, ...extra }));
    expect([e.status, e.start, e.sequence]).toEqual([status, start, sequence]);
  });

  it('orders revisions by day, whatever order the record lists them in', () => {
    const m = viewMilestone({ ...sop, corrections: [{ date: '2026-12-02', text: 'x' }], achieved: { date: '2026-03', source: src } }, '2026-12-02');
    expect(revisions(m).map((r) => `${r.day} ${r.what}`)).toEqual(['2026-03-01 achieved', '2026-12-02 corrected']);
  });

  it('writes no build or as-of day: the real record gives the same bytes a day apart and a year apart', () => {
    const content = loadContentSet('content');
    const ics = (asOf: string) => milestonesCalendar(indexSite(content, asOf).programmes, meta);
    const today = ics('2026-12-02');
    expect(ics('2026-12-03')).toBe(today);
    expect(ics('2027-12-02')).toBe(today);
    expect(today).not.toMatch(/overdue|as of/i);
    const { events, problems } = checkIcs(today);
    expect(problems).toEqual([]);
    expect(events.length).toBe(content.programmes.reduce((n, p) => n + p.data.milestones.length, 0));
  });

  it('asks subscribers to refresh daily and names its own address', () => {
    const text = calendar(sop);
    expect(text).toContain('REFRESH-INTERVAL;VALUE=DURATION:P1D');
    expect(text).toContain('X-PUBLISHED-TTL:P1D');
    expect(text).toContain('SOURCE;VALUE=URI:https://tracker.example/data/milestones.ics');
  });

  it('offers webcal: addresses for subscribing', () => {
    expect(webcalUrl('https://tracker.example/ssb/data/milestones.ics')).toBe('webcal://tracker.example/ssb/data/milestones.ics');
  });
});
