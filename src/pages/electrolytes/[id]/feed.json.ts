import { entityJsonFeedRoute } from '../../../lib/feeds';
import { electrolyteFeeds } from '../../../lib/feed-list';

const route = entityJsonFeedRoute(electrolyteFeeds);
export const getStaticPaths = route.getStaticPaths;
export const GET = route.GET;
