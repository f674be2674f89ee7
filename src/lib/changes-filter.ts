/** URL state and matching for the /changes/ page filters (kind, electrolyte family). */
import { CHANGE_KINDS, type ChangeKind } from './changes';
import { shownLabel } from './plural';
import { oneOf, textField, urlState } from './url-state';

export interface ChangesState {
  kind: ChangeKind | '';
  electrolyte: string;
}

export const changesUrl = urlState<ChangesState>({ kind: oneOf(CHANGE_KINDS, ''), electrolyte: textField });
export const parseChangesState = changesUrl.parse;
export const serialiseChangesState = changesUrl.serialise;

export function changeMatches(item: { kind: string; electrolyte: string }, s: ChangesState): boolean {
  return (!s.kind || item.kind === s.kind) && (!s.electrolyte || item.electrolyte === s.electrolyte);
}

/** "12 of 140 changes shown." */
export const changesCountLabel = (shown: number, total: number): string => shownLabel(shown, total, 'change');
