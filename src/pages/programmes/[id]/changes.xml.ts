import { entityChangeFeedRoute } from '../../../lib/feeds';
import { programmeChangeFeeds } from '../../../lib/feed-list';

const route = entityChangeFeedRoute(programmeChangeFeeds);
export const getStaticPaths = route.getStaticPaths;
export const GET = route.GET;
