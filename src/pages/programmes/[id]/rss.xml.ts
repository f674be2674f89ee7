import { entityFeedRoute } from '../../../lib/feeds';
import { programmeFeeds } from '../../../lib/feed-list';

const route = entityFeedRoute(programmeFeeds);
export const getStaticPaths = route.getStaticPaths;
export const GET = route.GET;
