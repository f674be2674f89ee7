/** URL state of the /timeline/ filters: electrolyte family (whole charts) and programme status (rows). */
import { shownLabel } from './plural';
import { textField, urlState } from './url-state';

export interface TimelineState {
  family: string;
  status: string;
}

export const timelineUrl = urlState<TimelineState>({ family: textField, status: textField });

/** "All 126 milestones shown.", "40 of 126 milestones shown." */
export const timelineCountLabel = (shown: number, total: number): string => shownLabel(shown, total, 'milestone');
