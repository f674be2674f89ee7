import { entityJsonChangeFeedRoute } from '../../../lib/feeds';
import { electrolyteChangeFeeds } from '../../../lib/feed-list';

const route = entityJsonChangeFeedRoute(electrolyteChangeFeeds);
export const getStaticPaths = route.getStaticPaths;
export const GET = route.GET;
