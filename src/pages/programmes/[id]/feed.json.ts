import { entityJsonFeedRoute } from '../../../lib/feeds';
import { programmeFeeds } from '../../../lib/feed-list';

const route = entityJsonFeedRoute(programmeFeeds);
export const getStaticPaths = route.getStaticPaths;
export const GET = route.GET;
