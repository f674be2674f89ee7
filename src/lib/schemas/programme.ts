/** Schema of a programme record (content/programmes/<id>.yaml). */
import { z } from 'astro/zod';
import { entryId, isoDay, partialDate, source, sourceList, strictObject, target } from './common';
import { partialDateRange } from '../dates';

export const STATUSES = [
  'research', 'pilot-line', 'samples', 'demo-vehicle', 'small-batch', 'mass-production', 'paused', 'cancelled',
] as const;
export const ANODES = ['lithium-metal', 'anode-free', 'silicon', 'graphite', 'lithium-alloy', 'other', 'unknown'] as const;
export const REGIONS = ['japan', 'korea', 'china', 'taiwan', 'north-america', 'europe'] as const;
export const APPLICATIONS = ['ev', 'consumer', 'industrial', 'materials'] as const;

/** One stated target for a milestone, with where and when it was stated. */
export const announcement = strictObject({
  /** When the target was stated: a quoted day, or month/year when the source gives no more. */
  announced: partialDate,
  /** The target in the grammar of src/lib/targets.ts ("2027-04/2029-03" for fiscal 2027–28). */
  target,
  /** The words as stated ("fiscal 2027–28", "as early as 2027"). */
  stated: z.string({ error: 'expected the target in the words used by the source' }).min(1),
  /** Where it was stated. Required: an unsourced target is not recorded. */
  source: source,
  /** Context a reader needs (who said it, caveats). */
  note: z.string().optional(),
  /** Day an editor last checked the date, target and words against the source. */
  checked: isoDay.optional(),
}, 'an announcement with announced, target, stated and source');

/** A claimed achievement that other sources dispute: recorded with both sides, never counted as kept. */
export const dispute = strictObject({
  /** Who disputes the claim and on what grounds. */
  note: z.string({ error: 'expected a note saying who disputes the claim and why' }).min(1),
  /** The sources that dispute it. */
  sources: sourceList.min(1, { error: 'expected at least one source that disputes the claim' }),
}, 'a dispute with note and sources');

/** When a milestone happened (or was claimed to), with its evidence. */
export const achievement = strictObject({
  /** Day (or month) it happened. */
  date: partialDate,
  /** Evidence that it happened. */
  source: source,
  /** Context. */
  note: z.string().optional(),
  /** Day an editor last checked the date against the source. */
  checked: isoDay.optional(),
  /** Present when others dispute the claim: the milestone then stays open (or overdue). */
  disputed: dispute.optional(),
}, 'an achievement with date and source');

/** A milestone dropped rather than achieved: when it was given up, and the source that says so. */
export const abandonment = strictObject({
  /** Day (or month) the milestone was given up or replaced. */
  date: partialDate,
  /** Evidence that it was dropped. Required: a promise is not recorded as dropped on no evidence. */
  source: source,
  /** Context: what replaced it, who said so. */
  note: z.string().optional(),
  /** Day an editor last checked the date against the source. */
  checked: isoDay.optional(),
}, 'an abandonment with date and source');

/** One thing promised (start of production, pilot line, B-samples …) and every target announced for it. */
export const milestone = strictObject({
  /** Short id, unique within the programme (used in URLs and feeds). */
  id: entryId,
  /** What was promised, in a few words. */
  title: z.string({ error: 'expected a milestone title' }).min(1),
  /** Announcements in any order; they are sorted by date. Slips are derived from them. */
  announcements: z.array(announcement).min(1, { error: 'expected at least one announcement' }),
  /** When it happened, with a source; absent while the promise is open. */
  achieved: achievement.optional(),
  /** Set when the milestone was dropped rather than achieved, with its source. */
  abandoned: abandonment.optional(),
  /** Corrections an editor made to this milestone's record (a wrong date, words the source does not carry). */
  corrections: z
    .array(
      strictObject({
        /** Day of the correction. */
        date: isoDay,
        /** What was wrong and what the record now says. */
        text: z.string({ error: 'expected what was corrected' }).min(1),
      }, 'a correction with date and text'),
    )
    .default([]),
}, 'a milestone with id, title and announcements').superRefine((m, ctx) => {
  if (m.achieved && m.abandoned) {
    ctx.addIssue({ code: 'custom', path: ['abandoned'], message: 'a milestone cannot be both achieved and abandoned: keep the one that happened' });
  }
  const firstAnnounced = m.announcements.map((a) => partialDateRange(a.announced).start).sort()[0];
  if (m.achieved && !m.achieved.note && firstAnnounced !== undefined && partialDateRange(m.achieved.date).end < firstAnnounced) {
    ctx.addIssue({
      code: 'custom',
      path: ['achieved', 'date'],
      message: `"${m.achieved.date}" is before the first announcement (${firstAnnounced}); if that is right, say why in achieved.note`,
    });
  }
});

/** A partner organisation and what it does in the programme. */
export const partner = strictObject({
  /** Id of an organisation in content/organisations/. */
  organisation: entryId,
  /** What it contributes ("sulfide electrolyte supply"). */
  role: z.string({ error: 'expected the partner role' }).min(1),
  /** When the partnership began, as precisely as known. */
  since: partialDate.optional(),
}, 'a partner with organisation and role');

export const programmeSchema = strictObject({
  /** Full name of the programme. */
  name: z.string({ error: 'expected the programme name' }).min(1),
  /** Short label for tables and charts ("Toyota–Idemitsu"). */
  shortName: z.string({ error: 'expected a short name for tables and charts' }).min(1),
  /** Id of the leading organisation. */
  lead: entryId,
  /** Other organisations and their roles. */
  partners: z.array(partner).default([]),
  /** Id of the electrolyte family in content/electrolytes/; omit when the programme has not disclosed it (never guess). */
  electrolyte: entryId.optional(),
  /** Anode type, "unknown" when not disclosed. */
  anode: z.enum(ANODES).default('unknown'),
  /** What the cells are for. */
  application: z.enum(APPLICATIONS).default('ev'),
  /** Cell format or product, in words ("large-format pouch cells for BEVs"). */
  cellFormat: z.string().optional(),
  /** Home region of the programme. */
  region: z.enum(REGIONS),
  /** Stage reached, per the definitions in the methodology guide. */
  status: z.enum(STATUSES),
  /** Two to four sentences, in our words. */
  summary: z.string({ error: 'expected a summary' }).min(1),
  /** Things a reader should weigh: weak sources, unconfirmed claims. */
  caveats: z.array(z.string()).default([]),
  /** Promises, each with its announcement history. */
  milestones: z
    .array(milestone)
    .min(1, { error: 'expected at least one milestone' })
    .superRefine((list, ctx) => {
      const seen = new Set<string>();
      list.forEach((m, i) => {
        if (seen.has(m.id)) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `duplicate milestone id "${m.id}"` });
        seen.add(m.id);
      });
    }),
  /** Further sources for the facts on the page. */
  sources: sourceList.default([]),
  /** Day an editor last checked the record against its sources. */
  lastVerified: isoDay,
}, 'a programme record (a YAML mapping of name, shortName, lead, region, status, summary, milestones, lastVerified)').superRefine((p, ctx) => {
  p.partners.forEach((x, i) => {
    if (x.organisation === p.lead) ctx.addIssue({ code: 'custom', path: ['partners', i, 'organisation'], message: `"${x.organisation}" is the lead; list it as lead only` });
  });
});

export type ProgrammeData = z.infer<typeof programmeSchema>;
export type Milestone = z.infer<typeof milestone>;
export type Announcement = z.infer<typeof announcement>;
export type Achievement = z.infer<typeof achievement>;
export type Abandonment = z.infer<typeof abandonment>;
export type Status = (typeof STATUSES)[number];
