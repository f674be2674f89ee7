/**
 * Milestone calendars (iCalendar, RFC 5545) that calendar apps can keep up to
 * date. Each milestone is one event for its whole life, under one UID:
 * TENTATIVE while open, CONFIRMED once achieved, CANCELLED when dropped.
 * SEQUENCE counts the revisions of the record (each restatement after the
 * first, a claimed or recorded achievement, the dropping, each editor's
 * correction), and DTSTAMP / LAST-MODIFIED are the day of the latest of them,
 * so an unchanged milestone is byte-identical from one build to the next: no
 * build day and no as-of judgement ("overdue") enters an event.
 *
 * An open or dropped milestone sits on one day, the deadline of its current
 * target window; the window and the words as stated are in the description.
 * An achieved milestone sits on the day it happened.
 */
import ical, { ICalCalendarMethod, ICalEventStatus, ICalEventTransparency } from 'ical-generator';
import { partialDateRange } from './dates';
import type { MilestoneView } from './milestones';
import type { ProgrammeView } from './programme-view';
import { formatTarget } from './targets';
import { sourceText } from './source-text';
import { paths } from './paths';

/** How often subscribers' apps should fetch the file again (REFRESH-INTERVAL, X-PUBLISHED-TTL): a day. */
export const CALENDAR_REFRESH_SECONDS = 24 * 60 * 60;

export interface CalendarMeta {
  /** Host for UIDs ("solid-state-tracker.example"): stable across builds and deployments under a base. */
  host: string;
  /** Origin for absolute links. */
  origin: string;
  /** Calendar name shown by the app. */
  name: string;
  /** Absolute URL of this calendar file (SOURCE). */
  url: string;
}

/** Revisions of the milestone's record, oldest first, as [day, what]. The count is SEQUENCE; the last day is DTSTAMP. */
export function revisions(m: MilestoneView): { day: string; what: string }[] {
  // Partial dates count from their first day, so no stamp lies after the day it was known.
  const day = (partial: string) => partialDateRange(partial).start;
  const out = m.history.slice(1).map((a) => ({ day: day(a.announced), what: `restated ${a.target.text}` }));
  if (m.achieved) out.push({ day: day(m.achieved.date), what: 'achieved' });
  if (m.disputedClaim) out.push({ day: day(m.disputedClaim.date), what: 'claimed, disputed' });
  if (m.abandoned) out.push({ day: day(m.abandoned.date), what: 'dropped' });
  for (const c of m.corrections) out.push({ day: c.date, what: 'corrected' });
  return out.sort((a, b) => a.day.localeCompare(b.day));
}

const utcDay = (iso: string) => new Date(`${iso}T00:00:00Z`);
const nextDay = (iso: string) => new Date(Date.parse(`${iso}T00:00:00Z`) + 86_400_000);

/** The event's status: what the record says happened, never judged against a date. */
export function eventStatus(m: MilestoneView): ICalEventStatus {
  if (m.achieved) return ICalEventStatus.CONFIRMED;
  if (m.abandoned) return ICalEventStatus.CANCELLED;
  return ICalEventStatus.TENTATIVE;
}

function describe(m: MilestoneView): string {
  const t = m.current.target;
  const window = `${t.start ? t.start : 'no stated start'} to ${t.end}`;
  const lines = [
    `Target: ${formatTarget(t)} (window ${window}), as stated: “${m.current.stated}”.`,
    `Announced ${m.current.announced}. Source: ${sourceText(m.current.source)}.`,
  ];
  if (m.history.length > 1) lines.push(`First target: ${formatTarget(m.first.target)}, announced ${m.first.announced}.`);
  if (m.achieved) lines.push(`Achieved ${m.achieved.date}. Source: ${sourceText(m.achieved.source)}.`);
  if (m.disputedClaim) lines.push(`Claimed achieved ${m.disputedClaim.date} (${sourceText(m.disputedClaim.source)}); the claim is disputed and not counted.`);
  if (m.abandoned) lines.push(`Dropped ${m.abandoned.date}. Source: ${sourceText(m.abandoned.source)}.`);
  for (const c of m.corrections) lines.push(`Corrected ${c.date}: ${c.text}`);
  return lines.join('\n');
}

/** One calendar of every milestone of these programmes. */
export function milestonesCalendar(programmes: readonly Pick<ProgrammeView, 'id' | 'shortName' | 'milestones'>[], meta: CalendarMeta): string {
  const cal = ical({
    name: meta.name,
    prodId: { company: meta.host, product: 'ssb-tracker', language: 'EN' },
    method: ICalCalendarMethod.PUBLISH,
    ttl: CALENDAR_REFRESH_SECONDS,
    source: meta.url,
  });
  for (const p of programmes) {
    for (const m of p.milestones) {
      const history = revisions(m);
      // An unrevised milestone is stamped with the day it was first announced.
      const stamp = utcDay(history.at(-1)?.day ?? partialDateRange(m.first.announced).start);
      const day = m.achieved ? partialDateRange(m.achieved.date).start : m.current.target.end;
      cal.createEvent({
        id: `${p.id}.${m.id}@${meta.host}`,
        allDay: true,
        start: utcDay(day),
        end: nextDay(day),
        stamp,
        lastModified: stamp,
        sequence: history.length,
        status: eventStatus(m),
        transparency: ICalEventTransparency.TRANSPARENT,
        summary: `${p.shortName}: ${m.title}`,
        description: describe(m),
        url: new URL(paths.milestone(p.id, m.id), meta.origin).href,
      });
    }
  }
  return cal.toString();
}

/** The `webcal:` address of a calendar file, which calendar apps open as a subscription. */
export const webcalUrl = (absoluteUrl: string): string => absoluteUrl.replace(/^https?:/, 'webcal:');
