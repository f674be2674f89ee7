/** The track record: the outcome rules as a table of cases, the aggregates on small fixtures, and invariants on the real content. */
import { describe, expect, it } from 'vitest';
import { announcementOf } from '../helpers/milestone-data';
import { viewMilestone, type MilestoneView } from '../../src/lib/milestones';
import type { MilestoneInput as Milestone } from '../../src/lib/milestones';
import { UNDISCLOSED_ID as UNDISCLOSED } from '../../src/lib/labels';
import { loadContentSet } from '../../src/lib/content-set';
import { indexSite } from '../../src/lib/site-index';
import {
  judgeMilestone,
  MIN_CLOSED_TO_JUDGE,
  organisationRecord,
  OUTCOMES,
  recordOf,
  trackRecord,
  type Outcome,
  type TrackedProgramme,
  type TrackRecord,
} from '../../src/lib/track-record';

const src = { title: 'T', publisher: 'P', url: 'https://example.com/' };
const ann = announcementOf(src);
const AS_OF = '2026-06-15';

interface Case {
  /** [announced, target] pairs, in any order. */
  said: [string, string][];
  achieved?: string;
  disputed?: string;
  abandoned?: string;
  asOf?: string;
}

function milestone({ said, achieved, disputed, abandoned }: Case, id = 'm'): Milestone {
  return {
    id,
    title: id,
    announcements: said.map(([announced, target]) => ann(announced, target)),
    ...(achieved ? { achieved: { date: achieved, source: src } } : {}),
    ...(disputed ? { achieved: { date: disputed, source: src, disputed: { note: 'Others doubt it.', sources: [src] } } } : {}),
    ...(abandoned ? { abandoned: { date: abandoned, source: src } } : {}),
  };
}

const outcomes = (c: Case): Outcome[] => judgeMilestone(viewMilestone(milestone(c), c.asOf ?? AS_OF), c.asOf ?? AS_OF).map((p) => p.outcome);

describe('judgeMilestone: one outcome per promise (first-stated first)', () => {
  it.each<[string, Case, Outcome[]]>([
    ['kept: achieved inside the window', { said: [['2024-01-10', '2025']], achieved: '2025-09-01' }, ['kept']],
    ['kept: achieved before the window opened (on or before its end is enough)', { said: [['2021-03-04', '2025']], achieved: '2023-03-10' }, ['kept']],
    ['late: achieved after the window', { said: [['2024', '2025-H1']], achieved: '2025-08-01' }, ['late']],
    ['overdue: window closed, nothing achieved', { said: [['2023', '2025']] }, ['overdue']],
    ['open: window not closed', { said: [['2025', '2027']] }, ['open']],
    ['open on the last day of its window', { said: [['2025', '2026-06-15']] }, ['open']],
    ['overdue the day after', { said: [['2025', '2026-06-14']] }, ['overdue']],
    ['dropped while in force', { said: [['2022-01-06', 'by 2025']], abandoned: '2023-06-13' }, ['dropped']],
    ['dropped after its window had closed still counts as dropped', { said: [['2021-05-14', 'by 2021']], abandoned: '2024-07-05' }, ['dropped']],
    ['restated inside the window: the first moved', { said: [['2022-01', '2025'], ['2024-05-01', '2027']] }, ['moved', 'open']],
    ['restated on the last day of the window still counts as moved', { said: [['2022', '2025-06'], ['2025-06-30', '2026-H2']] }, ['moved', 'open']],
    ['a restatement dated only by year counts from 1 January', { said: [['2022', '2025-H1'], ['2025', '2026']] }, ['moved', 'open']],
    ['restated after the window: the first overdue, the second open', { said: [['2022', '2024'], ['2025-03', '2027']] }, ['overdue', 'open']],
    ['restated after the window, then achieved: the first late, the second kept', { said: [['2022-05-02', '2023'], ['2024-03', '2024']], achieved: '2024-10' }, ['late', 'kept']],
    ['restated after the window, then dropped: the first overdue, the second dropped', { said: [['2020', '2022'], ['2023-05', '2025']], abandoned: '2024-02-01' }, ['overdue', 'dropped']],
    ['restated inside the window, then achieved in the new one', { said: [['2024-10-28', '2025'], ['2025-02-27', '2025-04/2026-03']], achieved: '2026-01-29' }, ['moved', 'kept']],
    ['restated on the day of the achievement: the restatement is the one judged', { said: [['2024', '2025'], ['2025-05-01', '2025-H1']], achieved: '2025-05-01' }, ['moved', 'kept']],
    ['an achievement settles every promise not replaced before it, even one stated after it', { said: [['2024', '2025'], ['2025-05-01', '2025-H2']], achieved: '2025-04-30' }, ['kept', 'kept']],
    ['replaced on the day of the drop, after its window: the first overdue, the replacement dropped', { said: [['2020', '2022'], ['2023-05-01', '2025']], abandoned: '2023-05-01' }, ['overdue', 'dropped']],
    ['a drop settles every promise not replaced before it, even one stated after it', { said: [['2022', '2026'], ['2024-01', '2027']], abandoned: '2023-12-01' }, ['dropped', 'dropped']],
    ['reaffirmed identical target: one promise, kept', { said: [['2022-04', '2023-H1'], ['2023-01-30', '2023-H1']], achieved: '2023-03' }, ['kept']],
    ['reaffirmed identical target: one promise, overdue', { said: [['2022', '2025'], ['2024-06-01', '2025']] }, ['overdue']],
    ['a wider window with the same end replaces the old one (moved)', { said: [['2023-04-12', '2027'], ['2026-01-14', 'by 2027']] }, ['moved', 'open']],
    [
      'a window stated again is the same promise, judged on its last spell',
      { said: [['2021-05-03', '2022'], ['2021-09-07', '2022-H1'], ['2022-06-06', '2022'], ['2023-01-25', '2023']], achieved: '2023' },
      ['late', 'moved', 'kept'],
    ],
    ['fiscal window kept: FY2027 achieved February 2028', { said: [['2024-10-28', '2027-04/2028-03']], achieved: '2028-02', asOf: '2028-06-01' }, ['kept']],
    ['fiscal window late: FY2027 achieved April 2028', { said: [['2024-10-28', '2027-04/2028-03']], achieved: '2028-04', asOf: '2028-06-01' }, ['late']],
    ['by 2025 kept early', { said: [['2021', 'by 2025']], achieved: '2022-03-01' }, ['kept']],
    ['by 2025 achieved on 31 December 2025 is kept', { said: [['2021', 'by 2025']], achieved: '2025-12-31' }, ['kept']],
    ['by 2025 overdue', { said: [['2021', 'by 2025']] }, ['overdue']],
    ['partial achieved month counts on its last day: June 2025 for 2025-06 is kept', { said: [['2024', '2025-06']], achieved: '2025-06' }, ['kept']],
    ['partial achieved month counts on its last day: June 2025 for 2025-06-15 is late', { said: [['2024', '2025-06-15']], achieved: '2025-06' }, ['late']],
    ['partial achieved year counts on 31 December: 2025 for 2025-H1 is late', { said: [['2024', '2025-H1']], achieved: '2025' }, ['late']],
    ['partial achieved year for the same year is kept', { said: [['2025', '2025']], achieved: '2025' }, ['kept']],
    ['disputed claim, window closed: overdue, not kept', { said: [['2026-01-05', '2026-01']], disputed: '2026-01-05' }, ['overdue']],
    ['disputed claim, window open: open, not kept', { said: [['2026-01-05', '2026-01']], disputed: '2026-01-05', asOf: '2026-01-20' }, ['open']],
  ])('%s', (_name, c, expected) => {
    expect(outcomes(c)).toEqual(expected);
  });

  it('keys a promise by its first statement and keeps every statement of it', () => {
    const m = viewMilestone(milestone({ said: [['2024-06-01', '2025'], ['2022', '2025'], ['2025-01', '2026']] }), AS_OF);
    const promises = judgeMilestone(m, AS_OF);
    expect(promises.map((p) => [p.target.text, p.statements.map((s) => s.announced), p.firstStated])).toEqual([
      ['2025', ['2022', '2024-06-01'], true],
      ['2026', ['2025-01'], false],
    ]);
  });
});

const ref = (id: string) => ({ id, name: id.toUpperCase(), url: `/organisations/${id}/` });

function programme(id: string, lead: string, milestones: MilestoneView[], more: { partners?: string[]; electrolyte?: string; region?: TrackedProgramme['data']['region'] } = {}): TrackedProgramme {
  return {
    id,
    lead: ref(lead),
    partners: (more.partners ?? []).map((p) => ({ ...ref(p), role: 'supply', since: undefined })),
    electrolyte: more.electrolyte ? { id: more.electrolyte, name: more.electrolyte, url: `/electrolytes/${more.electrolyte}/` } : null,
    milestones,
    data: { region: more.region ?? 'japan' },
  };
}

const view = (c: Case, id = 'm') => viewMilestone(milestone(c, id), AS_OF);

// Five milestones: kept; moved then late (slip +12); late; overdue; open.
const alpha = programme('alpha', 'acme', [
  view({ said: [['2023', '2024']], achieved: '2024-05' }, 'a'),
  view({ said: [['2022', '2024'], ['2023-06', '2025']], achieved: '2026-02' }, 'b'),
  view({ said: [['2022', '2023']], achieved: '2024-02' }, 'c'),
  view({ said: [['2022', '2025']] }, 'd'),
  view({ said: [['2024', '2028']] }, 'e'),
], { electrolyte: 'sulfide', region: 'japan', partners: ['parts'] });
// Two milestones: restated inside (slip +24) and open; dropped.
const beta = programme('beta', 'bolt', [
  view({ said: [['2023', '2025'], ['2024', '2027']] }, 'f'),
  view({ said: [['2022', 'by 2025']], abandoned: '2024-03' }, 'g'),
], { region: 'korea', partners: ['parts', 'acme'] });

describe('recordOf', () => {
  const r = recordOf([alpha, beta], AS_OF);

  it('counts each promise once, closed being every outcome but open', () => {
    expect(r.counts).toEqual({ kept: 1, moved: 2, late: 2, overdue: 1, dropped: 1, open: 2 });
    expect(r.promises).toBe(9);
    expect(r.closed).toBe(7);
  });

  it('takes the headline share over first-stated promises only', () => {
    expect(r.firstStated).toEqual({ promises: 7, closed: 6, kept: 1 });
    expect(r.verdict).toEqual({ kind: 'shares', firstKeptShare: 1 / 6, allKeptShare: 1 / 7 });
  });

  it('takes the slips over restated milestones only (median of an even count is the mean of the middle two)', () => {
    expect([r.restated, r.medianSlip, r.worstSlip]).toEqual([2, 18, 24]);
  });

  it('has no slip figures when nothing was restated', () => {
    const none = recordOf([programme('p', 'o', [view({ said: [['2022', '2023']] })])], AS_OF);
    expect([none.restated, none.medianSlip, none.worstSlip]).toEqual([0, null, null]);
  });

  it(`is too few to judge below ${MIN_CLOSED_TO_JUDGE} closed promises`, () => {
    const two = recordOf([programme('p', 'o', [view({ said: [['2022', '2023']] }, 'x'), view({ said: [['2022', '2024']], achieved: '2024-01' }, 'y')])], AS_OF);
    expect([two.closed, two.verdict]).toEqual([2, { kind: 'too-few' }]);
  });

  it('is too few to judge when the closed promises are many but the closed first-stated ones few', () => {
    const moves = recordOf([programme('p', 'o', [view({ said: [['2022', '2023'], ['2022-06', '2024'], ['2023-06', '2025'], ['2025-06', '2026-Q1']] })])], AS_OF);
    expect([moves.closed, moves.firstStated.closed, moves.verdict]).toEqual([4, 1, { kind: 'too-few' }]);
  });
});

describe('trackRecord', () => {
  const t = trackRecord([alpha, beta], AS_OF);
  const promises = (groups: { id: string; record: TrackRecord }[]) => groups.map((g) => [g.id, g.record.promises]);

  it('breaks the site down by electrolyte family (undisclosed for none), region and lead, by name', () => {
    expect(t.site.promises).toBe(9);
    expect(promises(t.electrolytes)).toEqual([[UNDISCLOSED, 3], ['sulfide', 6]]); // by name: "Not disclosed", "Sulfide"
    expect(t.regions.map((g) => [g.id, g.name, g.record.promises])).toEqual([['japan', 'Japan', 6], ['korea', 'South Korea', 3]]);
    expect(promises(t.leads)).toEqual([['acme', 6], ['bolt', 3]]);
    expect(t.leads.map((g) => g.programmes)).toEqual([['alpha'], ['beta']]);
  });
});

describe('organisationRecord', () => {
  it('is the record of the programmes an organisation leads, even if it also partners', () => {
    expect(organisationRecord('acme', [alpha, beta], AS_OF)).toMatchObject({ basis: 'lead', programmes: ['alpha'], record: { promises: 6 } });
  });

  it('is the record of the programmes it partners in when it leads none, so labelled', () => {
    expect(organisationRecord('parts', [alpha, beta], AS_OF)).toMatchObject({ basis: 'partner', programmes: ['alpha', 'beta'], record: { promises: 9 } });
  });

  it('is undefined for an organisation in no programme', () => {
    expect(organisationRecord('nobody', [alpha, beta], AS_OF)).toBeUndefined();
  });
});

describe('track record of the real content', () => {
  const asOf = '2026-12-02';
  const index = indexSite(loadContentSet('content'), asOf);
  const t = trackRecord(index.programmes, asOf);
  const figures = (r: TrackRecord) => [r.promises, r.closed, r.firstStated.promises, r.firstStated.closed, r.firstStated.kept, ...OUTCOMES.map((o) => r.counts[o])];
  const sum = (records: TrackRecord[]) => records.map(figures).reduce((a, b) => a.map((x, i) => x + (b[i] ?? 0)));

  it('gives each milestone one promise per distinct target, its statements being the whole history', () => {
    for (const p of index.programmes) {
      for (const m of p.milestones) {
        const promises = judgeMilestone(m, asOf);
        const distinct = new Set(m.history.map((a) => `${a.target.start}/${a.target.end}`));
        expect(promises.length, `${p.id}/${m.id}`).toBe(distinct.size);
        expect(promises.flatMap((x) => x.statements).length, `${p.id}/${m.id}`).toBe(m.history.length);
        expect(promises.filter((x) => x.firstStated).map((x) => x.statements[0]), `${p.id}/${m.id}`).toEqual([m.first]);
      }
    }
  });

  it('counts no outcome below zero, and the counts add up to the promises', () => {
    for (const r of [t.site, ...[...t.electrolytes, ...t.regions, ...t.leads].map((g) => g.record)]) {
      for (const o of OUTCOMES) expect(r.counts[o]).toBeGreaterThanOrEqual(0);
      expect(OUTCOMES.reduce((n, o) => n + r.counts[o], 0)).toBe(r.promises);
      expect(r.closed).toBe(r.promises - r.counts.open);
    }
  });

  it('has site totals equal to the sum of the per-lead records (and of the families and regions)', () => {
    expect(t.site.promises).toBeGreaterThan(0);
    expect(sum(t.leads.map((g) => g.record))).toEqual(figures(t.site));
    expect(sum(t.electrolytes.map((g) => g.record))).toEqual(figures(t.site));
    expect(sum(t.regions.map((g) => g.record))).toEqual(figures(t.site));
  });

  it('has one first-stated promise per milestone', () => {
    expect(t.site.firstStated.promises).toBe(index.programmes.reduce((n, p) => n + p.milestones.length, 0));
  });
});

describe('hand-counted leads on the real content (2026-12-02)', () => {
  // Counted by reading content/programmes/*.yaml, promise by promise (see the closing note of 2 December 2026):
  // Toyota: bev 2025 moved, 2027/2028 open; hybrids dropped; prototype kept; electrolyte plant FY2027 moved, 2027 open;
  //   investment 2025 moved, FY2025 kept; Li2S plant open; cathode open.
  // Samsung SDI: pilot line kept; samples kept; mass production 2027 moved, by 2027 open; robot cells open.
  // QuantumScape: JV line dropped; QS-1 site dropped; VW pilot plants open; A-samples kept; B-samples 2023 late, 2024 kept;
  //   Alpha-2 kept; B1 kept; Eagle line kept; field testing open.
  const index = indexSite(loadContentSet('content'), '2026-12-02');
  const lead = (id: string) => trackRecord(index.programmes, '2026-12-02').leads.find((g) => g.id === id)?.record;
  it.each([
    ['toyota', { kept: 2, moved: 3, late: 0, overdue: 0, dropped: 1, open: 4 }, { promises: 7, closed: 5, kept: 1 }],
    ['samsung-sdi', { kept: 2, moved: 1, late: 0, overdue: 0, dropped: 0, open: 2 }, { promises: 4, closed: 3, kept: 2 }],
    ['quantumscape', { kept: 5, moved: 0, late: 1, overdue: 0, dropped: 2, open: 2 }, { promises: 9, closed: 7, kept: 4 }],
  ])('%s', (id, counts, firstStated) => {
    expect(lead(id)?.counts).toEqual(counts);
    expect(lead(id)?.firstStated).toEqual(firstStated);
  });
});
