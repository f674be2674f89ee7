/** Reader-facing words for the enum values stored in content. */
import type { OrganisationKind } from './schemas/organisation';
import type { ANODES, APPLICATIONS, REGIONS, Status } from './schemas/programme';
import type { MilestoneState } from './milestones';
import { plural } from './plural';

export const statusLabel: Record<Status, string> = {
  research: 'Research',
  'pilot-line': 'Pilot line',
  samples: 'Samples',
  'demo-vehicle': 'Demo vehicle',
  'small-batch': 'Small batch',
  'mass-production': 'Mass production',
  paused: 'Paused',
  cancelled: 'Cancelled',
};

export const anodeLabel: Record<(typeof ANODES)[number], string> = {
  'lithium-metal': 'Lithium metal',
  'anode-free': 'Anode-free',
  silicon: 'Silicon',
  graphite: 'Graphite',
  'lithium-alloy': 'Lithium alloy',
  other: 'Other',
  unknown: 'Not disclosed',
};

export const regionLabel: Record<(typeof REGIONS)[number], string> = {
  japan: 'Japan',
  korea: 'South Korea',
  china: 'China',
  taiwan: 'Taiwan',
  'north-america': 'North America',
  europe: 'Europe',
};

export const applicationLabel: Record<(typeof APPLICATIONS)[number], string> = {
  ev: 'Electric vehicles',
  consumer: 'Consumer devices',
  industrial: 'Industrial',
  materials: 'Materials supply',
};

export const organisationKindLabel: Record<OrganisationKind, string> = {
  carmaker: 'Carmaker',
  'cell-maker': 'Cell maker',
  'materials-supplier': 'Materials supplier',
  'start-up': 'Start-up',
  'research-institute': 'Research institute',
  'public-body': 'Public body',
  industrial: 'Engineering and industry',
};

export const milestoneStateLabel: Record<MilestoneState, string> = {
  achieved: 'Achieved',
  overdue: 'Overdue',
  open: 'Open',
  abandoned: 'Dropped',
};

/** Shown where a programme has not disclosed its electrolyte family. */
export const UNDISCLOSED = 'Not disclosed';

/** The filter value (URL state, data attributes) for programmes whose electrolyte is undisclosed. */
export const UNDISCLOSED_ID = 'undisclosed';

/** "+39 months", "−6 months", "no change". */
export function formatSlip(months: number): string {
  if (months === 0) return 'no change';
  const sign = months > 0 ? '+' : '−';
  const n = Math.abs(months);
  return `${sign}${plural(n, 'month')}`;
}

/** Outcomes of a promise, as the track record names them (src/lib/track-record.ts). */
export const outcomeLabel = { kept: 'Kept', moved: 'Moved', late: 'Late', overdue: 'Overdue', dropped: 'Dropped', open: 'Open' } as const;

/** A share as a whole percentage ("14%"). */
export const formatShare = (share: number): string => `${Math.round(share * 100)}%`;
