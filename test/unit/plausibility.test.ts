/** Dates that pass the format but cannot be right, judged against the as-of day. */
import { describe, expect, it } from 'vitest';
import { implausibleDates } from '../../src/lib/plausibility';
import { programmeSchema } from '../../src/lib/schemas/programme';
import { articleSchema } from '../../src/lib/schemas/article';

const AS_OF = '2026-12-02';
const src = { title: 'T', publisher: 'P', url: 'https://news.example.com/t' };
const programme = (patch: (m: Record<string, unknown>, a: Record<string, unknown>) => void, lastVerified = '2026-11-01') => {
  const a: Record<string, unknown> = { announced: '2025-01-01', target: '2027', stated: '2027', source: src };
  const m: Record<string, unknown> = { id: 'sop', title: 'SOP', announcements: [a] };
  patch(m, a);
  return { id: 'p', filePath: 'content/programmes/p.yaml', data: programmeSchema.parse({ name: 'P', shortName: 'P', lead: 'x', region: 'japan', status: 'research', summary: 'S.', lastVerified, milestones: [m] }) };
};
const article = (published: string) => ({ id: 'a', filePath: 'content/articles/a.md', data: articleSchema.parse({ title: 'A', description: 'D.', published, sources: [src] }) });
const fields = (problems: { file: string; field: string; message: string }[]) => problems.map((p) => `${p.file} ${p.field}`);

describe('implausibleDates', () => {
  it.each([
    ['an announcement dated 2062', programme((_m, a) => (a.announced = '2062-01-01')), 'content/programmes/p.yaml milestones.0.announcements.0.announced'],
    ['a checked day in the future', programme((_m, a) => (a.checked = '2026-12-10')), 'content/programmes/p.yaml milestones.0.announcements.0.checked'],
    ['an achievement in the future', programme((m) => (m.achieved = { date: '2027-03', source: src })), 'content/programmes/p.yaml milestones.0.achieved.date'],
    ['a last-verified day in the future', programme(() => {}, '2062-11-01'), 'content/programmes/p.yaml lastVerified'],
  ])('flags %s with file and field', (_name, entry, expected) => {
    expect(fields(implausibleDates([entry], [], AS_OF))).toEqual([expected]);
  });

  it('allows one day of slack for time zones, and the as-of day itself', () => {
    expect(implausibleDates([programme((_m, a) => (a.announced = '2026-12-03')), programme((_m, a) => (a.checked = AS_OF))], [], AS_OF)).toEqual([]);
    expect(fields(implausibleDates([programme((_m, a) => (a.announced = '2026-12-04'))], [], AS_OF))).toHaveLength(1);
  });

  it('lets articles be scheduled up to a year ahead, not further', () => {
    expect(implausibleDates([], [article('2027-12-02')], AS_OF)).toEqual([]);
    expect(implausibleDates([], [article('2027-12-03')], AS_OF).map((p) => p.message)).toEqual([
      '"2027-12-03" is more than 12 months after the as-of day 2026-12-02; scheduled articles may be dated up to 2027-12-02',
    ]);
  });
});
