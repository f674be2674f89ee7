/** getStaticPaths and GET for the calendar files, one per spec of calendar-list.ts. */
import type { APIRoute } from 'astro';
import { requireSite } from './build-env';
import { milestonesCalendar } from './calendar';
import type { CalendarSpec } from './calendar-list';
import { fileResponse } from './export-data';
import { href } from './paths';
import { getSiteData, type SiteData } from './site-data';

/** The calendar file for one spec; UIDs use the host, links the origin and base. */
export function calendarResponse(spec: CalendarSpec, site: URL): Response {
  const url = new URL(href(spec.path), site.origin).href;
  return fileResponse(milestonesCalendar(spec.programmes, { host: site.host, origin: site.origin, name: spec.title, url }), 'text/calendar');
}

export function calendarRoute(specs: (data: SiteData) => CalendarSpec[]) {
  return {
    getStaticPaths: async () => (specs(await getSiteData())).map((spec) => ({ params: { id: spec.id }, props: { spec } })),
    GET: (({ props, site }) => calendarResponse((props as { spec: CalendarSpec }).spec, requireSite(site))) satisfies APIRoute,
  };
}
