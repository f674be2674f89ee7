/**
 * One comparable row per programme, as the programmes table (and later the
 * explorer, exports and dashboard) show it. Pure: takes names through lookups.
 */
import { lastAnnouncement, nextMilestone, totalSlip, type MilestoneView } from './milestones';
import type { ProgrammeData } from './schemas/programme';
import type { OrganisationKind } from './schemas/organisation';

export interface ProgrammeRow {
  id: string;
  name: string;
  shortName: string;
  lead: { id: string; name: string };
  partners: { id: string; name: string }[];
  /** Kinds of the lead and partners, de-duplicated. */
  kinds: OrganisationKind[];
  /** Null when the programme has not disclosed its electrolyte. */
  electrolyte: { id: string; name: string } | null;
  anode: ProgrammeData['anode'];
  region: ProgrammeData['region'];
  status: ProgrammeData['status'];
  /** The open milestone whose current target window ends first. */
  next: MilestoneView | undefined;
  /** Sum of positive slips across milestones, in months. */
  totalSlip: number;
  lastVerified: string;
  /** Newest announcement or achievement on record. */
  lastUpdate: string | undefined;
}

export interface Lookups {
  organisationName: (id: string) => string;
  electrolyteName: (id: string) => string;
  organisationKind: (id: string) => OrganisationKind | undefined;
}

export function programmeRow(id: string, data: ProgrammeData, milestones: MilestoneView[], lookups: Lookups): ProgrammeRow {
  return {
    id,
    name: data.name,
    shortName: data.shortName,
    lead: { id: data.lead, name: lookups.organisationName(data.lead) },
    partners: data.partners.map((p) => ({ id: p.organisation, name: lookups.organisationName(p.organisation) })),
    kinds: [...new Set([data.lead, ...data.partners.map((p) => p.organisation)].flatMap((id) => lookups.organisationKind(id) ?? []))],
    electrolyte: data.electrolyte ? { id: data.electrolyte, name: lookups.electrolyteName(data.electrolyte) } : null,
    anode: data.anode,
    region: data.region,
    status: data.status,
    next: nextMilestone(milestones),
    totalSlip: totalSlip(milestones),
    lastVerified: data.lastVerified,
    lastUpdate: lastAnnouncement(milestones),
  };
}
