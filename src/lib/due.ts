/**
 * Which unsettled milestones are overdue, and which fall due soon, judged
 * against an as-of day: the home page's figures at build time and the
 * explorer's "due" filter in the browser use these same rules, the browser
 * with the as-of day written into the page, never the reader's clock.
 * A milestone falls due when its current window opens (a "by" window, which
 * has no start, when it closes); it is overdue once its window has closed.
 */
import { addMonths } from './dates';

/** How far ahead "falls due soon" looks. */
export const DUE_SOON_MONTHS = 12;

export const DUE_FILTERS = ['overdue', 'soon'] as const;
export type DueFilter = (typeof DUE_FILTERS)[number];

/** The current window of a milestone neither achieved nor dropped. */
export interface OpenWindow {
  start: string | null;
  end: string;
}

export const isOverdue = (w: OpenWindow, asOf: string): boolean => w.end < asOf;

export const isDueSoon = (w: OpenWindow, asOf: string, months = DUE_SOON_MONTHS): boolean => !isOverdue(w, asOf) && (w.start ?? w.end) <= addMonths(asOf, months);

export function matchesDue(windows: readonly OpenWindow[], asOf: string, due: DueFilter): boolean {
  return windows.some((w) => (due === 'overdue' ? isOverdue(w, asOf) : isDueSoon(w, asOf)));
}

/** Windows as a data attribute ("2027-04-01/2028-03-31 /2030-12-31") and back. */
export const encodeWindows = (windows: readonly OpenWindow[]): string => windows.map((w) => `${w.start ?? ''}/${w.end}`).join(' ');

export function decodeWindows(text: string): OpenWindow[] {
  return text
    .split(' ')
    .filter(Boolean)
    .map((part) => {
      const [start = '', end = ''] = part.split('/');
      return { start: start || null, end };
    });
}
