/**
 * Dates that are valid but cannot be right: a typo such as 2062 for 2026
 * passes every format check. Facts that only the past can hold (announced,
 * achieved, checked, last verified) may not lie after the as-of day, plus one
 * day of slack because as-of is a UTC day; an article may be scheduled up to
 * a year ahead. Rules within one entry live in the schemas; these need as-of.
 */
import { addMonths, partialDateRange } from './dates';
import type { ReferenceProblem } from './references';
import type { ArticleData } from './schemas/article';
import type { ProgrammeData } from './schemas/programme';

/** Slack for time zones: as-of is a UTC day, and an editor may be a day ahead. */
export const FUTURE_SLACK_DAYS = 1;
/** How far ahead an article may be scheduled. */
export const SCHEDULE_AHEAD_MONTHS = 12;

interface Entry<T> {
  id: string;
  filePath?: string | undefined;
  data: T;
}

function dayAfter(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Every past-only date after the as-of day (plus slack), and every article scheduled too far ahead. */
export function implausibleDates(
  programmes: readonly Entry<ProgrammeData>[],
  articles: readonly Entry<ArticleData>[],
  asOf: string,
): ReferenceProblem[] {
  const latest = dayAfter(asOf, FUTURE_SLACK_DAYS);
  const problems: ReferenceProblem[] = [];
  const past = (file: string, field: string, date: string | undefined) => {
    if (date !== undefined && partialDateRange(date).start > latest) {
      problems.push({ file, field, message: `"${date}" is after the as-of day ${asOf}; only a past date makes sense here (a typo such as 2062 for 2026?)` });
    }
  };
  for (const p of programmes) {
    const file = p.filePath ?? `programmes/${p.id}`;
    past(file, 'lastVerified', p.data.lastVerified);
    p.data.milestones.forEach((m, i) => {
      m.announcements.forEach((a, j) => {
        past(file, `milestones.${i}.announcements.${j}.announced`, a.announced);
        past(file, `milestones.${i}.announcements.${j}.checked`, a.checked);
      });
      past(file, `milestones.${i}.achieved.date`, m.achieved?.date);
      past(file, `milestones.${i}.achieved.checked`, m.achieved?.checked);
      past(file, `milestones.${i}.abandoned.date`, m.abandoned?.date);
      m.corrections.forEach((c, j) => past(file, `milestones.${i}.corrections.${j}.date`, c.date));
    });
  }
  const horizon = addMonths(asOf, SCHEDULE_AHEAD_MONTHS);
  for (const a of articles) {
    if (a.data.published > horizon) {
      problems.push({
        file: a.filePath ?? `articles/${a.id}`,
        field: 'published',
        message: `"${a.data.published}" is more than ${SCHEDULE_AHEAD_MONTHS} months after the as-of day ${asOf}; scheduled articles may be dated up to ${horizon}`,
      });
    }
  }
  return problems;
}
