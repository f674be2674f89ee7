/**
 * Every milestone calendar the site publishes: all milestones, one per
 * programme, one per electrolyte family. The endpoints build from this list
 * and /feeds/ lists it, as feed-list.ts does for feeds.
 */
import { site } from './site-config';
import { sitePaths } from './paths';
import type { ProgrammeView } from './programme-view';
import type { SiteData } from './site-data';

export interface CalendarSpec {
  /** Entity id for per-entity calendars (route parameter). */
  id: string;
  title: string;
  path: string;
  programmes: ProgrammeView[];
}

export function allMilestonesCalendar(data: SiteData): CalendarSpec {
  return { id: 'all', title: `${site.title}: every milestone`, path: sitePaths.dataFile('milestones.ics'), programmes: data.programmes };
}

export function programmeCalendars(data: SiteData): CalendarSpec[] {
  return data.programmes.map((p) => ({ id: p.id, title: `${p.shortName}: milestones (${site.shortTitle})`, path: sitePaths.entityCalendar('programmes', p.id), programmes: [p] }));
}

export function electrolyteCalendars(data: SiteData): CalendarSpec[] {
  return data.electrolytes.map((e) => ({
    id: e.id,
    title: `${e.data.family} electrolyte programmes: milestones (${site.shortTitle})`,
    path: sitePaths.entityCalendar('electrolytes', e.id),
    programmes: data.programmesByElectrolyte.get(e.id) ?? [],
  }));
}

/** All calendars, grouped as /feeds/ shows them. */
export function calendarGroups(data: SiteData): { label: string; calendars: CalendarSpec[] }[] {
  return [
    { label: 'Every milestone', calendars: [allMilestonesCalendar(data)] },
    { label: 'Milestones per programme', calendars: programmeCalendars(data) },
    { label: 'Milestones per electrolyte family', calendars: electrolyteCalendars(data) },
  ];
}
