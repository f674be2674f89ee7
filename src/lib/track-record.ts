/**
 * Track record: how programmes kept the promises they made. The unit is a
 * promise, one announced target window of a milestone, and each promise has
 * exactly one outcome on the as-of day:
 *
 *   kept     achieved on or before the end of the window, with this promise in force
 *   moved    replaced by another window of the same milestone on or before the end
 *            of this one, while the milestone was still neither achieved nor dropped
 *   late     achieved after the end of the window, not replaced before it ended
 *   overdue  window closed, not achieved, not dropped while in force, not replaced in time
 *   dropped  the milestone was dropped while this promise was in force
 *   open     window not yet closed, nothing else applies
 *
 * Decided for the cases the records leave open:
 * - Same window, same promise. A restatement of the same window (same start and
 *   end, as the changes page calls "reaffirmed"; identical target text always
 *   gives the same window) does not replace it. A milestone has one promise per
 *   distinct window, keyed by the announcement that first stated it.
 * - A window stated again after another window was in force (2022 → 2022-H1 →
 *   2022) is that same promise revived, judged on its last spell in force.
 * - Statements count from the first day of their date ("2024-07" from 1 July),
 *   the site's order for announcements; achievements and drops count on the
 *   last day of theirs ("2025-06" as achieved on 30 June 2025), so a vague date
 *   never makes a promise look kept. A replacement made on the day of the
 *   achievement or drop is the one in force for it.
 * - A replacement after the window ended does not rescue it: the old promise
 *   is late (if the milestone was achieved later) or overdue, and the new one
 *   is a promise of its own.
 * - An achievement or a drop settles every promise not replaced before it
 *   (on or before its day). So a promise dropped after its window had closed
 *   counts as dropped, not overdue (closed either way; the record says how it
 *   ended), and one stated after the milestone ended (the records hold none)
 *   is settled by that end like any other.
 * - "moved" means replaced, later, earlier, narrower or wider (2027 → by 2027
 *   is moved); how far is what the slip figures say.
 * - A disputed claim is no achievement: the promise stays open or overdue.
 * - The record is taken as it stands: dates after the as-of day are refused by
 *   the plausibility checks, so only the closing of windows depends on as-of.
 *
 * Pure: plain programme views in, counts out; no pages, no Astro.
 */
import { partialDateRange } from './dates';
import { regionLabel, UNDISCLOSED, UNDISCLOSED_ID } from './labels';
import type { AnnouncementView, MilestoneView } from './milestones';
import type { ProgrammeView } from './programme-view';
import { isPast, type Target } from './targets';

/** The outcomes, in the order tables show them. */
export const OUTCOMES = ['kept', 'moved', 'late', 'overdue', 'dropped', 'open'] as const;

/** What became of one promise; see the module comment for the rules. */
export type Outcome = (typeof OUTCOMES)[number];

/**
 * Fewest closed promises a share is given for. Below it a share swings by
 * tens of points on one promise, so the UI shows counts and "too few to judge".
 */
export const MIN_CLOSED_TO_JUDGE = 3;

/** One promise with its outcome: what a reader needs to check it against the record. */
export interface JudgedPromise {
  target: Target;
  /** Every announcement that stated this window, oldest first; the first is the promise's key. */
  statements: [AnnouncementView, ...AnnouncementView[]];
  /** True for the promise made by the milestone's first announcement (the headline share counts these). */
  firstStated: boolean;
  outcome: Outcome;
}

/** A spell during which one window was the milestone's target. */
interface Spell {
  target: Target;
  statements: [AnnouncementView, ...AnnouncementView[]];
  /** First day of the announcement that replaced it; undefined while it is the current target. */
  replacedOn: string | undefined;
}

/** Two statements of the same start and end are one promise. */
const windowKey = (t: Target): string => `${t.start ?? ''}/${t.end}`;
/** A statement counts from the first day of its (possibly partial) date. */
const statedOn = (a: AnnouncementView): string => partialDateRange(a.announced).start;
/** An achievement or drop counts on the last day of its (possibly partial) date. */
const lastDay = (date: string): string => partialDateRange(date).end;

/** The history as consecutive spells: runs of announcements of one window. */
function spells(history: readonly AnnouncementView[]): Spell[] {
  const list: Spell[] = [];
  for (const a of history) {
    const last = list.at(-1);
    if (last && windowKey(last.target) === windowKey(a.target)) {
      last.statements.push(a);
    } else {
      if (last) last.replacedOn = statedOn(a);
      list.push({ target: a.target, statements: [a], replacedOn: undefined });
    }
  }
  return list;
}

/** The outcome of a promise on its last spell in force. */
function outcomeOf(spell: Spell, m: MilestoneView, asOf: string): Outcome {
  const { end } = spell.target;
  const replaced = spell.replacedOn;
  const achievedOn = m.achieved ? lastDay(m.achieved.date) : undefined;
  const droppedOn = m.abandoned ? lastDay(m.abandoned.date) : undefined;
  const endedOn = achievedOn ?? droppedOn;
  if (replaced !== undefined && replaced <= end && (endedOn === undefined || replaced <= endedOn)) return 'moved';
  // Not replaced in time: if the milestone was achieved, only the date against this window matters
  // (a replacement after the window and before the achievement leaves this one late).
  if (achievedOn !== undefined) return achievedOn <= end ? 'kept' : 'late';
  if (droppedOn !== undefined && (replaced === undefined || replaced > droppedOn)) return 'dropped';
  return isPast(spell.target, asOf) ? 'overdue' : 'open';
}

/**
 * The promises of one milestone, one per distinct window, in the order they
 * were first stated, each with its outcome on `asOf`.
 */
export function judgeMilestone(m: MilestoneView, asOf: string): JudgedPromise[] {
  const promises = new Map<string, { statements: [AnnouncementView, ...AnnouncementView[]]; last: Spell }>();
  for (const spell of spells(m.history)) {
    const key = windowKey(spell.target);
    const known = promises.get(key);
    if (known) {
      known.statements.push(...spell.statements);
      known.last = spell;
    } else {
      promises.set(key, { statements: [...spell.statements], last: spell });
    }
  }
  // Spells come oldest first, so the first promise holds the milestone's first announcement.
  return [...promises.values()].map(({ statements, last }, i) => ({ target: last.target, statements, firstStated: i === 0, outcome: outcomeOf(last, m, asOf) }));
}

/** Counts and figures for a set of programmes; shares only in `verdict`, so none can be shown on too few. */
export interface TrackRecord {
  /** Promises judged. */
  promises: number;
  counts: Record<Outcome, number>;
  /** Promises with a final outcome: all but open. */
  closed: number;
  /** The milestones' first-stated promises: how many, how many closed, how many kept. */
  firstStated: { promises: number; closed: number; kept: number };
  /** Milestones restated at least once (more than one promise), over which the slips are taken. */
  restated: number;
  /** Median of those milestones' slip (months, first window end to current); null when none was restated. */
  medianSlip: number | null;
  /** The largest of those slips; null when none was restated. */
  worstSlip: number | null;
  verdict: Verdict;
}

/**
 * Shares of kept promises, or too few to judge. Both bases must reach
 * MIN_CLOSED_TO_JUDGE: the closed promises and, for the headline, the closed
 * first-stated ones (one milestone moved three times closes three promises but
 * only one first-stated).
 */
export type Verdict =
  | { kind: 'too-few' }
  | {
      kind: 'shares';
      /** Kept among closed first-stated promises (0–1): were the first promises kept? */
      firstKeptShare: number;
      /** Kept among all closed promises (0–1). */
      allKeptShare: number;
    };

/** The parts of a ProgrammeView the track record reads. */
export type TrackedProgramme = Pick<ProgrammeView, 'id' | 'lead' | 'partners' | 'electrolyte' | 'milestones'> & {
  data: Pick<ProgrammeView['data'], 'region'>;
};

/** Middle value (mean of the two middle values for an even count); null for none. */
function median(values: readonly number[]): number | null {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const upper = sorted[mid];
  if (upper === undefined) return null;
  const lower = sorted[mid - 1];
  return sorted.length % 2 === 1 || lower === undefined ? upper : (lower + upper) / 2;
}

/** The track record on `asOf` of any set of programmes (the site, a family, a region, an organisation's). */
export function recordOf(programmes: readonly TrackedProgramme[], asOf: string): TrackRecord {
  const judged = programmes.flatMap((p) => p.milestones.map((m) => ({ m, promises: judgeMilestone(m, asOf) })));
  const all = judged.flatMap((j) => j.promises);
  const counts: Record<Outcome, number> = { kept: 0, moved: 0, late: 0, overdue: 0, dropped: 0, open: 0 };
  for (const p of all) counts[p.outcome] += 1;
  const closed = all.length - counts.open;
  const first = all.filter((p) => p.firstStated);
  const firstStated = {
    promises: first.length,
    closed: first.filter((p) => p.outcome !== 'open').length,
    kept: first.filter((p) => p.outcome === 'kept').length,
  };
  const slips = judged.filter((j) => j.promises.length > 1).map((j) => j.m.slipMonths);
  const judgeable = closed >= MIN_CLOSED_TO_JUDGE && firstStated.closed >= MIN_CLOSED_TO_JUDGE;
  return {
    promises: all.length,
    counts,
    closed,
    firstStated,
    restated: slips.length,
    medianSlip: median(slips),
    worstSlip: slips.length > 0 ? Math.max(...slips) : null,
    verdict: judgeable ? { kind: 'shares', firstKeptShare: firstStated.kept / firstStated.closed, allKeptShare: counts.kept / closed } : { kind: 'too-few' },
  };
}

/** The record of one group of programmes (an electrolyte family, a region, a lead organisation). */
export interface GroupRecord {
  id: string;
  name: string;
  /** Ids of the programmes in the group. */
  programmes: string[];
  record: TrackRecord;
}

/** The site's track record: whole site, and by electrolyte family, region and lead organisation (each by name). */
export interface SiteTrackRecord {
  site: TrackRecord;
  electrolytes: GroupRecord[];
  regions: GroupRecord[];
  leads: GroupRecord[];
}

/** Groups programmes by a key and records each group, ordered by name. */
function groupRecords(programmes: readonly TrackedProgramme[], asOf: string, key: (p: TrackedProgramme) => { id: string; name: string }): GroupRecord[] {
  const groups = new Map<string, { name: string; members: TrackedProgramme[] }>();
  for (const p of programmes) {
    const { id, name } = key(p);
    const group = groups.get(id);
    if (group) group.members.push(p);
    else groups.set(id, { name, members: [p] });
  }
  return [...groups]
    .map(([id, { name, members }]) => ({ id, name, programmes: members.map((p) => p.id), record: recordOf(members, asOf) }))
    .sort((a, b) => a.name.localeCompare(b.name, 'en'));
}

/**
 * The track record on `asOf` for the whole site and each electrolyte family
 * (programmes without one under UNDISCLOSED_ID), region and lead organisation.
 * Each programme has one lead, family and region, so each breakdown sums to the site.
 */
export function trackRecord(programmes: readonly TrackedProgramme[], asOf: string): SiteTrackRecord {
  return {
    site: recordOf(programmes, asOf),
    electrolytes: groupRecords(programmes, asOf, (p) => p.electrolyte ?? { id: UNDISCLOSED_ID, name: UNDISCLOSED }),
    regions: groupRecords(programmes, asOf, (p) => ({ id: p.data.region, name: regionLabel[p.data.region] })),
    leads: groupRecords(programmes, asOf, (p) => p.lead),
  };
}

/** An organisation's record, and whether it is of the programmes it leads or, leading none, those it partners in. */
export interface OrganisationRecord {
  basis: 'lead' | 'partner';
  /** Ids of the programmes counted. */
  programmes: string[];
  record: TrackRecord;
}

/**
 * An organisation's track record on `asOf`: of the programmes it leads, or,
 * when it leads none, of those it partners in (labelled, since a partner does
 * not set the targets). Undefined when it is in no programme.
 */
export function organisationRecord(orgId: string, programmes: readonly TrackedProgramme[], asOf: string): OrganisationRecord | undefined {
  const led = programmes.filter((p) => p.lead.id === orgId);
  const partnered = programmes.filter((p) => p.partners.some((x) => x.id === orgId));
  const [basis, members] = led.length > 0 ? (['lead', led] as const) : (['partner', partnered] as const);
  if (members.length === 0) return undefined;
  return { basis, programmes: members.map((p) => p.id), record: recordOf(members, asOf) };
}
