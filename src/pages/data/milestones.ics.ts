import type { APIRoute } from 'astro';
import { allMilestonesCalendar } from '../../lib/calendar-list';
import { calendarResponse } from '../../lib/calendar-route';
import { getSiteData } from '../../lib/site-data';
import { requireSite } from '../../lib/build-env';

export const GET: APIRoute = async ({ site }) => calendarResponse(allMilestonesCalendar(await getSiteData()), requireSite(site));
