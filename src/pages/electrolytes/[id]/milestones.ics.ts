import { electrolyteCalendars } from '../../../lib/calendar-list';
import { calendarRoute } from '../../../lib/calendar-route';

const route = calendarRoute(electrolyteCalendars);
export const getStaticPaths = route.getStaticPaths;
export const GET = route.GET;
