import { programmeCalendars } from '../../../lib/calendar-list';
import { calendarRoute } from '../../../lib/calendar-route';

const route = calendarRoute(programmeCalendars);
export const getStaticPaths = route.getStaticPaths;
export const GET = route.GET;
