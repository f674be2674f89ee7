/**
 * Open data: the programme records as JSON, CSV and iCalendar. Pure functions
 * over the derived milestone views, so the files always agree with the pages.
 * Formats come from well-kept libraries (csv-stringify, ical-generator); only
 * the shape of the data is ours.
 */
import { stringify } from 'csv-stringify/sync';
import type { MilestoneView } from './milestones';
import type { EntityRef, ProgrammeView } from './programme-view';
import { formatTarget } from './targets';
import { MIN_CLOSED_TO_JUDGE, OUTCOMES, trackRecord, type GroupRecord, type TrackRecord } from './track-record';

export const DATA_SCHEMA_VERSION = '2.1.0';
export const DATA_LICENCE = 'CC BY 4.0';
export const DATA_LICENCE_URL = 'https://creativecommons.org/licenses/by/4.0/';

/** Absolute URL of a programme page, for files read outside the site. */
const pageUrl = (p: ProgrammeView, origin: string) => new URL(p.url, origin).href;
const ref = (r: EntityRef) => ({ id: r.id, name: r.name });

/** A track record as data: counts, and shares only where the verdict gives them (null otherwise). */
function recordJson(r: TrackRecord) {
  return {
    promises: r.promises,
    counts: r.counts,
    closed: r.closed,
    firstStated: r.firstStated,
    restated: r.restated,
    medianSlipMonths: r.medianSlip,
    worstSlipMonths: r.worstSlip,
    verdict: r.verdict.kind,
    firstKeptShare: r.verdict.kind === 'shares' ? r.verdict.firstKeptShare : null,
    allKeptShare: r.verdict.kind === 'shares' ? r.verdict.allKeptShare : null,
  };
}

const groupJson = (g: GroupRecord) => ({ id: g.id, name: g.name, programmes: g.programmes, ...recordJson(g.record) });

/** The JSON document: one object per programme with milestones and announcements, and the track record. */
export function programmesJson(programmes: readonly ProgrammeView[], meta: { asOf: string; site: string; schemaUrl: string; origin: string }) {
  const record = trackRecord(programmes, meta.asOf);
  return {
    $schema: meta.schemaUrl,
    schemaVersion: DATA_SCHEMA_VERSION,
    asOf: meta.asOf,
    licence: DATA_LICENCE,
    licenceUrl: DATA_LICENCE_URL,
    source: meta.site,
    trackRecord: {
      minClosedToJudge: MIN_CLOSED_TO_JUDGE,
      site: recordJson(record.site),
      electrolytes: record.electrolytes.map(groupJson),
      regions: record.regions.map(groupJson),
      leads: record.leads.map(groupJson),
    },
    programmes: programmes.map((p) => ({
      id: p.id,
      name: p.data.name,
      shortName: p.data.shortName,
      url: pageUrl(p, meta.origin),
      lead: ref(p.lead),
      partners: p.partners.map((x) => ({ ...ref(x), role: x.role, since: x.since ?? null })),
      electrolyte: p.electrolyte && ref(p.electrolyte),
      anode: p.data.anode,
      application: p.data.application,
      cellFormat: p.data.cellFormat ?? null,
      region: p.data.region,
      status: p.data.status,
      summary: p.data.summary,
      caveats: p.data.caveats,
      totalSlipMonths: p.totalSlip,
      lastVerified: p.data.lastVerified,
      milestones: p.milestones.map((m) => ({
        id: m.id,
        title: m.title,
        state: m.state,
        slipMonths: m.slipMonths,
        currentTarget: targetJson(m.current.target),
        achieved: m.achieved ? { date: m.achieved.date, source: m.achieved.source } : null,
        abandoned: m.abandoned ? { date: m.abandoned.date, source: m.abandoned.source } : null,
        announcements: m.history.map((a) => ({
          announced: a.announced,
          target: targetJson(a.target),
          stated: a.stated,
          movedMonths: a.moved,
          source: a.source,
          note: a.note ?? null,
        })),
      })),
    })),
  };
}

function targetJson(t: MilestoneView['current']['target']) {
  return { value: t.text, label: formatTarget(t), precision: t.precision, start: t.start, end: t.end };
}

/**
 * Neutralises spreadsheet formulas: a text cell starting with = + - @ (or a
 * tab/carriage return) is prefixed with an apostrophe, per OWASP's CSV
 * injection advice. Numbers stay numbers.
 */
export function safeCell(value: string | number | null | undefined): string | number {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return value;
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

function csv(header: string[], rows: (string | number | null | undefined)[][]): string {
  return stringify([header, ...rows.map((r) => r.map(safeCell))], { record_delimiter: 'windows', quoted_match: /[",\r\n]/ });
}

export const PROGRAMME_CSV_COLUMNS = [
  'id', 'name', 'short_name', 'lead', 'partners', 'electrolyte', 'anode', 'application', 'region', 'status',
  'next_milestone', 'next_target', 'next_target_start', 'next_target_end', 'total_slip_months', 'last_verified', 'url',
];

/** One row per programme. */
export function programmesCsv(programmes: readonly ProgrammeView[], origin: string): string {
  return csv(
    PROGRAMME_CSV_COLUMNS,
    programmes.map((p) => [
      p.id, p.data.name, p.data.shortName, p.lead.name, p.partners.map((x) => x.name).join('; '),
      p.electrolyte?.name ?? '', p.data.anode, p.data.application, p.data.region, p.data.status,
      p.next?.title, p.next ? formatTarget(p.next.current.target) : '',
      p.next?.current.target.start, p.next?.current.target.end, p.totalSlip, p.data.lastVerified, pageUrl(p, origin),
    ]),
  );
}

export const MILESTONE_CSV_COLUMNS = [
  'programme_id', 'programme', 'milestone_id', 'milestone', 'announced_on', 'target', 'target_as_stated', 'target_label',
  'target_window_start', 'target_window_end', 'moved_months', 'milestone_state', 'achieved_on',
  'source_title', 'source_publisher', 'source_url', 'programme_url',
];

/** One row per announcement. */
export function milestonesCsv(programmes: readonly ProgrammeView[], origin: string): string {
  return csv(
    MILESTONE_CSV_COLUMNS,
    programmes.flatMap((p) =>
      p.milestones.flatMap((m) =>
        m.history.map((a) => [
          p.id, p.data.shortName, m.id, m.title, a.announced, a.target.text, a.stated, formatTarget(a.target),
          a.target.start, a.target.end, a.moved, m.state, m.achieved?.date, a.source.title ?? '', a.source.publisher, a.source.url, pageUrl(p, origin),
        ]),
      ),
    ),
  );
}

export const TRACK_RECORD_CSV_COLUMNS = [
  'group', 'id', 'name', 'programmes', 'promises', ...OUTCOMES, 'closed', 'first_stated_closed', 'first_stated_kept',
  'first_kept_share', 'all_kept_share', 'median_slip_months', 'worst_slip_months', 'verdict',
];

/** One row for the site and one per electrolyte family, region and lead organisation; shares blank where too few to judge. */
export function trackRecordCsv(programmes: readonly ProgrammeView[], asOf: string): string {
  const record = trackRecord(programmes, asOf);
  const row = (group: string, id: string, name: string, count: number, r: TrackRecord) => {
    const j = recordJson(r);
    return [group, id, name, count, r.promises, ...OUTCOMES.map((o) => r.counts[o]), r.closed, r.firstStated.closed, r.firstStated.kept,
      j.firstKeptShare, j.allKeptShare, r.medianSlip, r.worstSlip, r.verdict.kind];
  };
  return csv(TRACK_RECORD_CSV_COLUMNS, [
    row('site', 'all', 'All programmes', programmes.length, record.site),
    ...(['electrolytes', 'regions', 'leads'] as const).flatMap((group) => record[group].map((g) => row(group.replace(/s$/, ''), g.id, g.name, g.programmes.length, g.record))),
  ]);
}
