/** Schema of a programme record (content/programmes/<id>.yaml). */
import { z } from 'astro/zod';
import { entryId, isoDay, partialDate, source, target } from './common';

export const STATUSES = [
  'research', 'pilot-line', 'samples', 'demo-vehicle', 'small-batch', 'mass-production', 'paused', 'cancelled',
] as const;
export const ANODES = ['lithium-metal', 'anode-free', 'silicon', 'graphite', 'lithium-alloy', 'other', 'unknown'] as const;
export const REGIONS = ['japan', 'korea', 'china', 'taiwan', 'north-america', 'europe'] as const;
export const APPLICATIONS = ['ev', 'consumer', 'industrial', 'materials'] as const;

/** One stated target for a milestone, with where and when it was stated. */
export const announcement = z.object({
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
});

/** One thing promised (start of production, pilot line, B-samples …) and every target announced for it. */
export const milestone = z.object({
  /** Short id, unique within the programme (used in URLs and feeds). */
  id: entryId,
  /** What was promised, in a few words. */
  title: z.string({ error: 'expected a milestone title' }).min(1),
  /** Announcements in any order; they are sorted by date. Slips are derived from them. */
  announcements: z.array(announcement).min(1, { error: 'expected at least one announcement' }),
  /** When it happened, with a source; absent while the promise is open. */
  achieved: z
    .object({
      /** Day (or month) it happened. */
      date: partialDate,
      /** Evidence that it happened. */
      source: source,
      /** Context. */
      note: z.string().optional(),
    })
    .optional(),
  /** Set when the milestone was dropped rather than achieved. */
  abandoned: isoDay.optional(),
});

/** A partner organisation and what it does in the programme. */
export const partner = z.object({
  /** Id of an organisation in content/organisations/. */
  organisation: entryId,
  /** What it contributes ("sulfide electrolyte supply"). */
  role: z.string({ error: 'expected the partner role' }).min(1),
  /** When the partnership began, as precisely as known. */
  since: partialDate.optional(),
});

export const programmeSchema = z.object({
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
  sources: z.array(source).default([]),
  /** Day an editor last checked the record against its sources. */
  lastVerified: isoDay,
});

export type ProgrammeData = z.infer<typeof programmeSchema>;
export type Milestone = z.infer<typeof milestone>;
export type Announcement = z.infer<typeof announcement>;
export type Status = (typeof STATUSES)[number];
