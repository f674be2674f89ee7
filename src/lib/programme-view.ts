/**
 * The one shape of a programme that pages, feeds, exports, charts and the
 * dashboard read: its record plus ids, names and URLs resolved once, and the
 * derived facts (milestone views, next target, slip). Pure: names and kinds
 * come in through lookups.
 */
import { lastAnnouncement, nextMilestone, totalSlip, type MilestoneView } from './milestones';
import { paths } from './paths';
import type { ProgrammeData } from './schemas/programme';
import type { OrganisationKind } from './schemas/organisation';

/** Another entry as a page links it: id, display name and URL (with the base). */
export interface EntityRef {
  id: string;
  name: string;
  url: string;
}

export interface ProgrammeView {
  id: string;
  /** Digest of the source file, as the content layer computed it (keys for incremental builds). */
  digest: string;
  data: ProgrammeData;
  name: string;
  shortName: string;
  url: string;
  lead: EntityRef;
  partners: (EntityRef & { role: string; since: string | undefined })[];
  /** Kinds of the lead and partners, de-duplicated. */
  kinds: OrganisationKind[];
  /** Null when the programme has not disclosed its electrolyte. */
  electrolyte: EntityRef | null;
  milestones: MilestoneView[];
  /** The open milestone whose current target window ends first. */
  next: MilestoneView | undefined;
  /** Sum of positive slips across milestones, in months. */
  totalSlip: number;
  /** Newest announcement or achievement on record. */
  lastUpdate: string | undefined;
}

/** A milestone with the programme it belongs to: the unit of the dashboard and the timeline. */
export interface ProgrammeMilestone {
  programmeId: string;
  /** The programme's short name. */
  programme: string;
  milestone: MilestoneView;
}

export interface Lookups {
  organisationName: (id: string) => string;
  electrolyteName: (id: string) => string;
  organisationKind: (id: string) => OrganisationKind | undefined;
}

export function programmeView(entry: { id: string; digest?: string | number | undefined; data: ProgrammeData }, milestones: MilestoneView[], lookups: Lookups): ProgrammeView {
  const { id, data } = entry;
  const org = (orgId: string): EntityRef => ({ id: orgId, name: lookups.organisationName(orgId), url: paths.organisation(orgId) });
  return {
    id,
    digest: String(entry.digest ?? ''),
    data,
    name: data.name,
    shortName: data.shortName,
    url: paths.programme(id),
    lead: org(data.lead),
    partners: data.partners.map((p) => ({ ...org(p.organisation), role: p.role, since: p.since })),
    kinds: [...new Set([data.lead, ...data.partners.map((p) => p.organisation)].flatMap((o) => lookups.organisationKind(o) ?? []))],
    electrolyte: data.electrolyte ? { id: data.electrolyte, name: lookups.electrolyteName(data.electrolyte), url: paths.electrolyte(data.electrolyte) } : null,
    milestones,
    next: nextMilestone(milestones),
    totalSlip: totalSlip(milestones),
    lastUpdate: lastAnnouncement(milestones),
  };
}

/** Every milestone of the given programmes, in programme order. */
export function programmeMilestones(programmes: readonly Pick<ProgrammeView, 'id' | 'shortName' | 'milestones'>[]): ProgrammeMilestone[] {
  return programmes.flatMap((p) => p.milestones.map((milestone) => ({ programmeId: p.id, programme: p.shortName, milestone })));
}
