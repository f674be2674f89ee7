import { programmeCalendars } from '../../../lib/calendar-list';
import { calendarRoute } from '../../../lib/calendar-route';
import { calendarKey } from '../../../lib/cache-keys';
import { withCacheKeys } from '../../../lib/cache-key-routes';

const route = calendarRoute(programmeCalendars);
export const getStaticPaths = withCacheKeys(route.getStaticPaths, calendarKey);
export const GET = route.GET;
