/** URL state of /compare/: the chosen programmes, 2–4 of them, in the order chosen (`?p=toyota-idemitsu,samsung-sdi`). */
import { idListField, urlState } from './url-state';

export const MAX_COMPARED = 4;
export const MIN_COMPARED = 2;

export interface CompareState {
  p: string[];
}

export const compareUrl = urlState<CompareState>({ p: idListField(MAX_COMPARED) });

/** What the status line says about a choice. */
export function compareStatus(chosen: readonly string[]): string {
  if (chosen.length === 0) return `Choose ${MIN_COMPARED} to ${MAX_COMPARED} programmes to compare.`;
  if (chosen.length < MIN_COMPARED) return `Choose at least one more programme (up to ${MAX_COMPARED}).`;
  return `Comparing ${chosen.length} programmes.`;
}
