/** URL state and matching for the /changes/ page filters (kind, electrolyte family). */
import { CHANGE_KINDS, type ChangeKind } from './changes';

export interface ChangesState {
  kind: ChangeKind | '';
  electrolyte: string;
}

export function parseChangesState(search: string): ChangesState {
  const p = new URLSearchParams(search);
  const kind = p.get('kind') ?? '';
  return { kind: (CHANGE_KINDS as readonly string[]).includes(kind) ? (kind as ChangeKind) : '', electrolyte: p.get('electrolyte') ?? '' };
}

export function serialiseChangesState(s: ChangesState): string {
  const p = new URLSearchParams();
  if (s.kind) p.set('kind', s.kind);
  if (s.electrolyte) p.set('electrolyte', s.electrolyte);
  const text = p.toString();
  return text ? `?${text}` : '';
}

export function changeMatches(item: { kind: string; electrolyte: string }, s: ChangesState): boolean {
  return (!s.kind || item.kind === s.kind) && (!s.electrolyte || item.electrolyte === s.electrolyte);
}

/** "12 of 140 changes shown." */
export function changesCountLabel(shown: number, total: number): string {
  return shown === total ? `All ${total} changes shown.` : `${shown} of ${total} changes shown.`;
}
