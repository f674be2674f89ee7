/**
 * The track record in words, for the pages and the data files alike: the
 * headline sentence, the share cells (or "too few to judge"), and a table row
 * per group. Shares appear only where the verdict allows them.
 */
import { formatShare, formatSlip } from './labels';
import { plural } from './plural';
import { MIN_CLOSED_TO_JUDGE, OUTCOMES, type GroupRecord, type Outcome, type TrackRecord } from './track-record';

export const TOO_FEW = 'too few to judge';

/** "13 of 94 (14%)", or the counts with "too few to judge" below the threshold. */
export function firstKeptText(r: TrackRecord): string {
  const counts = `${r.firstStated.kept} of ${r.firstStated.closed}`;
  return r.verdict.kind === 'shares' ? `${counts} (${formatShare(r.verdict.firstKeptShare)})` : `${counts}, ${TOO_FEW}`;
}

export function allKeptText(r: TrackRecord): string {
  const counts = `${r.counts.kept} of ${r.closed}`;
  return r.verdict.kind === 'shares' ? `${counts} (${formatShare(r.verdict.allKeptShare)})` : `${counts}, ${TOO_FEW}`;
}

/** The sentence a record opens with. */
export function headline(r: TrackRecord): string {
  if (r.verdict.kind === 'too-few') {
    return `${plural(r.promises, 'promise')}, ${r.closed} closed: ${TOO_FEW} (a share is given from ${MIN_CLOSED_TO_JUDGE} closed first targets).`;
  }
  return `Of ${plural(r.firstStated.closed, 'first-stated target')} whose outcome is settled, ${r.firstStated.kept} ${r.firstStated.kept === 1 ? 'was' : 'were'} kept (${formatShare(r.verdict.firstKeptShare)}); of all ${r.closed} settled targets, ${formatShare(r.verdict.allKeptShare)} were kept.`;
}

export const slipText = (months: number | null): string => (months === null ? 'none restated' : formatSlip(months));

/** One row of a track-record table: cells with their sort values (numbers sort as numbers; too-few shares sort first). */
export function recordRow(g: GroupRecord): { cells: { text: string; sort: string | number }[] } {
  const r = g.record;
  const share = (s: 'firstKeptShare' | 'allKeptShare', text: string) => ({ text, sort: r.verdict.kind === 'shares' ? r.verdict[s] : -1 });
  return {
    cells: [
      { text: String(g.programmes.length), sort: g.programmes.length },
      { text: String(r.promises), sort: r.promises },
      ...OUTCOMES.map((o: Outcome) => ({ text: String(r.counts[o]), sort: r.counts[o] })),
      share('firstKeptShare', firstKeptText(r)),
      share('allKeptShare', allKeptText(r)),
      { text: slipText(r.medianSlip), sort: r.medianSlip ?? -1 },
      { text: slipText(r.worstSlip), sort: r.worstSlip ?? -1 },
    ],
  };
}

/** Column headings after the group's name, in the order of recordRow's cells. */
export const RECORD_COLUMNS = ['Programmes', 'Promises', 'Kept', 'Moved', 'Late', 'Overdue', 'Dropped', 'Open', 'First targets kept', 'All settled targets kept', 'Median slip', 'Worst slip'] as const;
