import { entityChangeFeedRoute } from '../../../lib/feeds';
import { electrolyteChangeFeeds } from '../../../lib/feed-list';

const route = entityChangeFeedRoute(electrolyteChangeFeeds);
export const getStaticPaths = route.getStaticPaths;
export const GET = route.GET;
