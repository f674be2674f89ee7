import { entityFeedRoute } from '../../../lib/feeds';
import { electrolyteFeeds } from '../../../lib/feed-list';

const route = entityFeedRoute(electrolyteFeeds);
export const getStaticPaths = route.getStaticPaths;
export const GET = route.GET;
